package ee.lim.plugin.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work done on one connection.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface SqlWork<T> {
    /**
     * Does the work.
     *
     * @param connection the connection; never {@code null}
     * @return the result
     * @throws SQLException if the database fails
     */
    T run(Connection connection) throws SQLException;
}
