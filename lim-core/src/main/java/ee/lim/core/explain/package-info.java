/**
 * Explanations of risk assessments as sentences a teacher can act on, in Estonian and English, from
 * the resource bundle {@code ee.lim.core.explain.messages}.
 */
package ee.lim.core.explain;
