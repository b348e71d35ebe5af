package io.talentradar.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * An import leaves the query planner a row estimate of what it wrote, as it commits: on PostgreSQL the tables it
 * grew are analyzed in its transaction (before, the estimate stayed as it was until autovacuum came, up to a
 * minute later, and plans made from it scanned whole tables); H2 keeps an exact count.
 */
@QuarkusTest
class ImportStatisticsTest {

    @Inject
    CsvImporter importer;

    @Inject
    DataSource dataSource;

    @Test
    void theRowEstimateCountsTheImportedRowsAtOnce() throws SQLException {
        long before = count();
        int rows = (int) Math.max(300, before / 4); // more than a tenth of the table: autovacuum's own threshold
        String run = "st" + String.format("%05d", System.nanoTime() % 100_000) + "-";
        StringBuilder csv = new StringBuilder("slug,name,seniority,expertise,notableWork\n");
        for (int i = 0; i < rows; i++) {
            csv.append(run).append(i).append(",Person ").append(i).append(",IC,reasoning,\n");
        }

        ImportReport report = importer.run(
                Map.of(Dataset.RESEARCHERS, CsvRows.read(Dataset.RESEARCHERS, new StringReader(csv.toString()))),
                false);

        assertTrue(report.committed(), () -> report.rejections().toString());
        long stored = count();
        assertEquals(before + rows, stored);
        long estimate = estimate();
        assertTrue(estimate >= 0.9 * stored, () -> "the planner estimates " + estimate + " of " + stored + " rows");
    }

    private long count() throws SQLException {
        return number("select count(*) from researcher");
    }

    /** The row count the database plans with. */
    private long estimate() throws SQLException {
        String database;
        try (Connection c = dataSource.getConnection()) {
            database = c.getMetaData().getDatabaseProductName();
        }
        return number(
                database.equals("PostgreSQL")
                        ? "select reltuples from pg_class where oid = 'researcher'::regclass"
                        : "select row_count_estimate from information_schema.tables where table_name = 'RESEARCHER'");
    }

    private long number(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement(sql);
                ResultSet rs = st.executeQuery()) {
            assertTrue(rs.next(), sql);
            return rs.getLong(1);
        }
    }
}
