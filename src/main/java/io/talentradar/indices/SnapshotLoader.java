package io.talentradar.indices;

import io.talentradar.scoring.Confidence;
import io.talentradar.scoring.DestinationType;
import io.talentradar.scoring.Seniority;
import io.talentradar.scoring.Snapshot;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;

/**
 * Reads everything the scoring core needs in one set-based pass (six queries, no per-row query), inside
 * one read-only repeatable-read transaction, so the data and the data version it is labelled with agree.
 */
@ApplicationScoped
public class SnapshotLoader {

    private static final int FETCH_SIZE = 5_000;

    public record Versioned(long version, Snapshot snapshot) {}

    private final DataSource dataSource;

    SnapshotLoader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long currentVersion() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("select version from data_version where id = 1");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the data version", e);
        }
    }

    public Versioned load() {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            int isolation = c.getTransactionIsolation();
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                Versioned result = read(c);
                c.commit();
                return result;
            } finally {
                c.rollback();
                c.setTransactionIsolation(isolation);
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the scoring snapshot", e);
        }
    }

    private Versioned read(Connection c) throws SQLException {
        long version;
        try (ResultSet rs = query(c, "select version from data_version where id = 1")) {
            rs.next();
            version = rs.getLong(1);
        }
        Snapshot.Builder b = new Snapshot.Builder();
        try (ResultSet rs = query(c, "select id, slug, parent_id from lab order by id")) {
            while (rs.next()) {
                long parent = rs.getLong(3);
                Long parentId = rs.wasNull() ? null : parent;
                b.lab(rs.getLong(1), rs.getString(2), parentId);
            }
        }
        try (ResultSet rs = query(c, "select id, slug, seniority, notable_work from researcher order by id")) {
            while (rs.next()) {
                b.researcher(
                        rs.getLong(1), rs.getString(2), Seniority.valueOf(rs.getString(3)), lines(rs.getString(4)));
            }
        }
        try (ResultSet rs = query(c, "select researcher_id, area from researcher_expertise")) {
            while (rs.next()) {
                b.expertise(rs.getLong(1), rs.getString(2));
            }
        }
        try (ResultSet rs = query(c, "select researcher_id, lab_id, start_date, end_date from affiliation")) {
            while (rs.next()) {
                b.stint(rs.getLong(1), rs.getLong(2), date(rs.getDate(3)), date(rs.getDate(4)));
            }
        }
        try (ResultSet rs = query(
                c,
                "select id, researcher_id, from_lab_id, to_lab_id, departure_date, tenure_years,"
                        + " destination_type, confidence from departure order by id")) {
            while (rs.next()) {
                long to = rs.getLong(4);
                Long toLab = rs.wasNull() ? null : to;
                double tenure = rs.getDouble(6);
                b.departure(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        toLab,
                        date(rs.getDate(5)),
                        rs.wasNull() ? null : tenure,
                        DestinationType.valueOf(rs.getString(7)),
                        Confidence.valueOf(rs.getString(8)));
            }
        }
        return new Versioned(version, b.build());
    }

    private static ResultSet query(Connection c, String sql) throws SQLException {
        PreparedStatement st = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        st.setFetchSize(FETCH_SIZE);
        st.closeOnCompletion();
        return st.executeQuery();
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    /** Notable works are stored one per line. */
    private static int lines(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
