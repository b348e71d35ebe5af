package io.talentradar.common.persistence;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;

/**
 * Many rows into one table, in the caller's transaction (a JDBC connection of its session): on PostgreSQL,
 * {@code COPY ... FROM STDIN} in chunks, with ids taken from the table's identity sequence beforehand; on H2
 * (and for a few rows), JDBC batches of one prepared insert, with the generated ids read back in order. Many
 * rows changed by id go the same two ways ({@link #update}). Values are Strings, numbers,
 * {@link java.time.LocalDate}s, {@link java.time.OffsetDateTime}s or null.
 */
public final class BulkInsert {

    private static final int CHUNK = 5_000;
    /** Fewer rows go as a batch of inserts: a COPY costs more round trips than a few inserts. */
    private static final int COPY_FROM = 100;

    private BulkInsert() {}

    /** Inserts the rows and answers the ids the table's identity column gave them, in order. */
    public static long[] withIds(Connection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return new long[0];
        }
        if (!copies(connection, rows)) {
            return batch(connection, table, columns, rows, true);
        }
        String sequence;
        try (PreparedStatement ps = connection.prepareStatement("select pg_get_serial_sequence(?, 'id')")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                sequence = rs.getString(1);
            }
        }
        long[] ids = new long[rows.size()];
        // the sequence as a parameter of no stated type: the server reads it as nextval's regclass once, where a
        // name looked up in the select list (or cast there) is looked up again for every row: 5 times the time
        try (PreparedStatement ps = connection.prepareStatement("select nextval(?) from generate_series(1, ?)")) {
            ps.setObject(1, sequence, Types.OTHER);
            ps.setInt(2, rows.size());
            try (ResultSet rs = ps.executeQuery()) {
                for (int i = 0; rs.next(); i++) {
                    ids[i] = rs.getLong(1);
                }
            }
        }
        List<String> withId = new ArrayList<>(columns.size() + 1);
        withId.add("id");
        withId.addAll(columns);
        List<Object[]> identified = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Object[] row = new Object[columns.size() + 1];
            row[0] = ids[i];
            System.arraycopy(rows.get(i), 0, row, 1, columns.size());
            identified.add(row);
        }
        copy(connection, table, withId, identified);
        return ids;
    }

    /** Inserts the rows. */
    public static void rows(Connection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        if (copies(connection, rows)) {
            copy(connection, table, columns, rows);
        } else {
            batch(connection, table, columns, rows, false);
        }
    }

    private static boolean copies(Connection connection, List<Object[]> rows) throws SQLException {
        return rows.size() >= COPY_FROM && postgres(connection);
    }

    /** Whether the connection is PostgreSQL's (the other database is H2). */
    static boolean postgres(Connection connection) throws SQLException {
        return connection.isWrapperFor(PGConnection.class);
    }

    /** CSV as PostgreSQL reads it: an unquoted empty field is null, a quoted one the empty string. */
    private static void copy(Connection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        var api = connection.unwrap(PGConnection.class).getCopyAPI();
        String sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin with (format csv)";
        for (int from = 0; from < rows.size(); from += CHUNK) {
            StringBuilder text = new StringBuilder();
            try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.POSTGRESQL_CSV)) {
                for (Object[] row : rows.subList(from, Math.min(rows.size(), from + CHUNK))) {
                    printer.printRecord(row);
                }
                api.copyIn(sql, new StringReader(text.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Runs one prepared statement for each row (its parameters in order), in JDBC batches. */
    public static void batch(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        execute(connection, sql, rows, false);
    }

    /**
     * Changes many rows: on PostgreSQL {@code together} once a chunk of rows, its parameters each column of the
     * rows as a text array (for {@code unnest}, e.g. {@code update t set x = v.x::date from unnest(?::text[],
     * ?::text[]) v(x, id) where t.id = v.id::bigint}); elsewhere, and for a few rows, {@code each} once a row as
     * {@link #batch}. One statement a row cost the database a round of planning and executing per row.
     */
    public static void update(Connection connection, String each, String together, List<Object[]> rows)
            throws SQLException {
        if (!copies(connection, rows)) {
            batch(connection, each, rows);
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(together)) {
            for (int from = 0; from < rows.size(); from += CHUNK) {
                List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
                for (int c = 0; c < chunk.get(0).length; c++) {
                    String[] column = new String[chunk.size()];
                    for (int r = 0; r < column.length; r++) {
                        Object value = chunk.get(r)[c];
                        column[r] = value == null ? null : value.toString();
                    }
                    ps.setArray(c + 1, connection.createArrayOf("text", column));
                }
                ps.executeUpdate();
            }
        }
    }

    private static long[] batch(
            Connection connection, String table, List<String> columns, List<Object[]> rows, boolean ids)
            throws SQLException {
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        return execute(connection, sql, rows, ids);
    }

    private static long[] execute(Connection connection, String sql, List<Object[]> rows, boolean ids)
            throws SQLException {
        long[] generated = new long[ids ? rows.size() : 0];
        int read = 0;
        try (PreparedStatement ps =
                ids ? connection.prepareStatement(sql, new String[] {"id"}) : connection.prepareStatement(sql)) {
            for (int i = 0; i < rows.size(); i++) {
                Object[] row = rows.get(i);
                for (int c = 0; c < row.length; c++) {
                    ps.setObject(c + 1, row[c]);
                }
                ps.addBatch();
                if (i % 1000 == 999 || i == rows.size() - 1) {
                    ps.executeBatch();
                    if (ids) {
                        try (ResultSet keys = ps.getGeneratedKeys()) {
                            while (keys.next()) {
                                generated[read++] = keys.getLong(1);
                            }
                        }
                    }
                }
            }
        }
        if (ids && read != rows.size()) {
            throw new IllegalStateException("The database gave " + read + " ids for " + rows.size() + " rows");
        }
        return generated;
    }
}
