package ee.lim.plugin.oneroster.internal;

/**
 * A broken rule in one column of a row.
 *
 * @param column the column name
 * @param reason the rule, never quoting the value
 */
record Violation(String column, String reason) {}
