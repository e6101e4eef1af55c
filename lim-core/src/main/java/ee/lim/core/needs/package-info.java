/**
 * Students' needs: the need taxonomy, the mapping from risk indicators to needs, and the merge of
 * derived needs with those a specialist recorded.
 */
package ee.lim.core.needs;
