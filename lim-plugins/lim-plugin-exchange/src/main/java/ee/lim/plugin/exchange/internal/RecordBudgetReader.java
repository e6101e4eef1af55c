package ee.lim.plugin.exchange.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Fails when too many characters pass without a call to {@link #newRecord()}, so that one endless
 * record, such as binary data without line breaks or a quote that never closes, cannot fill the
 * heap. The count is per read call, so the limit is exceeded by at most one buffer (8192 characters
 * in Commons CSV 1.14) before the read fails.
 */
final class RecordBudgetReader extends FilterReader {
    private final long maxChars;
    private long charsSinceRecord;

    RecordBudgetReader(Reader in, long maxChars) {
        super(in);
        this.maxChars = maxChars;
    }

    /** Marks the start of a new record. */
    void newRecord() {
        charsSinceRecord = 0;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int count = in.read(buffer, offset, length);
        if (count > 0) {
            charsSinceRecord += count;
            if (charsSinceRecord > maxChars) {
                throw new RecordTooLongException(maxChars);
            }
        }
        return count;
    }

    @Override
    public int read() throws IOException {
        int c = in.read();
        if (c >= 0 && ++charsSinceRecord > maxChars) {
            throw new RecordTooLongException(maxChars);
        }
        return c;
    }

    /** Thrown through Commons CSV when a record exceeds the budget. */
    static final class RecordTooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        RecordTooLongException(long maxChars) {
            super(
                    "a record is longer than "
                            + maxChars
                            + " characters; the file may be binary, truncated inside a quoted"
                            + " value, or need a larger max-record-chars option");
        }
    }
}
