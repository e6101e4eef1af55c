package ee.lim.plugin.exchange.internal;

/**
 * Signals that the current row is rejected, with the column and the reason. It carries no stack
 * trace because it is control flow inside the row loop and never leaves this package.
 */
final class RejectedRow extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String column;

    RejectedRow(String column, String reason) {
        super(reason, null, false, false);
        this.column = column;
    }

    String column() {
        return column;
    }
}
