package io.talentradar.common.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The query planner's statistics after a large write. PostgreSQL keeps a plan it made while a table was small
 * (a prepared statement's generic plan) until the table is analyzed, which autovacuum does up to a minute after
 * the commit; meanwhile a lookup of 500 slugs that was a sequential scan of an empty table scans the 35,000 rows
 * an import just wrote, once a chunk (docs/benchmarks.md, import section: a second import of 101,000 rows took
 * 30 to 50 s instead of 10). H2 counts its rows exactly: nothing to do there.
 */
public final class PlannerStatistics {

    /** Autovacuum's defaults: a table is analyzed once 50 rows and a tenth of it have changed. */
    private static final String CHANGED = "select format('%I.%I', x.schemaname, x.relname)"
            + " from pg_stat_xact_user_tables x join pg_class c on c.oid = x.relid"
            + " where x.n_tup_ins + x.n_tup_upd + x.n_tup_del > 50 + 0.1 * greatest(c.reltuples, 0)";

    private PlannerStatistics() {}

    /**
     * In the caller's transaction: analyzes each table it changed by more than autovacuum's threshold, so the
     * statistics and every plan made from them are current when it commits (the statistics commit with the
     * rows, or roll back with them).
     */
    public static void refresh(Connection connection) throws SQLException {
        if (!BulkInsert.postgres(connection)) {
            return;
        }
        List<String> tables = new ArrayList<>();
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery(CHANGED)) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            if (!tables.isEmpty()) {
                st.execute("analyze " + String.join(", ", tables));
            }
        }
    }
}
