package io.talentradar.common.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/**
 * Plain JDBC reads of whole tables for the in-memory views (the scoring snapshot, the search index): one
 * read-only repeatable-read transaction, so the rows and the labels read with them agree; streamed rows; and
 * {@code in (...)} lists in chunks. No entity is built: these are the service's bulk reads.
 */
public final class SetReads {

    private static final int FETCH_SIZE = 5_000;
    private static final int IN_CHUNK = 500;

    private SetReads() {}

    public interface Read<T> {
        T in(Connection c) throws SQLException;
    }

    public interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    /** Runs {@code read} in one repeatable-read transaction of its own. */
    public static <T> T inSnapshot(DataSource dataSource, Read<T> read) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            int isolation = c.getTransactionIsolation();
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                T result = read.in(c);
                c.commit();
                return result;
            } finally {
                c.rollback();
                c.setTransactionIsolation(isolation);
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the data", e);
        }
    }

    /** The data version now (one row, no transaction): what an in-memory view compares its label with. */
    public static long dataVersion(DataSource dataSource) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("select version from data_version where id = 1");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the data version", e);
        }
    }

    /** Each row of {@code sql}, streamed. */
    public static void each(Connection c, String sql, Row row) throws SQLException {
        try (ResultSet rs = query(c, sql)) {
            while (rs.next()) {
                row.read(rs);
            }
        }
    }

    /** Runs {@code sql} with its {@code %s} replaced by placeholders for up to 500 values at a time. */
    public static void forChunks(Connection c, String sql, List<?> values, Row row) throws SQLException {
        for (int from = 0; from < values.size(); from += IN_CHUNK) {
            List<?> chunk = values.subList(from, Math.min(values.size(), from + IN_CHUNK));
            String in = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement st = c.prepareStatement(sql.formatted(in))) {
                for (int i = 0; i < chunk.size(); i++) {
                    st.setObject(i + 1, chunk.get(i));
                }
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        row.read(rs);
                    }
                }
            }
        }
    }

    public static ResultSet query(Connection c, String sql) throws SQLException {
        PreparedStatement st = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        st.setFetchSize(FETCH_SIZE);
        st.closeOnCompletion();
        return st.executeQuery();
    }

    /** A list column (one item per line, see {@link StringListConverter}). */
    public static List<String> lines(String column) {
        return new StringListConverter().convertToEntityAttribute(column);
    }
}
