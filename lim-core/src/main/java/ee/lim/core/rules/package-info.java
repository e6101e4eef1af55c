/**
 * Transparent indicator rules: rule packs read from JSON, each rule comparing one feature with a
 * watch and a high threshold, and the packs bundled with LIM from published early-warning systems
 * and statutory absence rules.
 */
package ee.lim.core.rules;
