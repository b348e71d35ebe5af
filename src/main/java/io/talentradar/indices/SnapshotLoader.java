package io.talentradar.indices;

import static io.talentradar.common.persistence.SetReads.each;
import static io.talentradar.common.persistence.SetReads.forChunks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentradar.common.feed.FeedChanges;
import io.talentradar.common.persistence.SetReads;
import io.talentradar.scoring.Confidence;
import io.talentradar.scoring.DestinationType;
import io.talentradar.scoring.Seniority;
import io.talentradar.scoring.Snapshot;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Reads everything the scoring core needs in one set-based pass (six queries, no per-row query), inside
 * one read-only repeatable-read transaction, so the data and the data version it is labelled with agree;
 * or, given an earlier snapshot, only what the changes feed says changed since it (see {@link #update}).
 */
@ApplicationScoped
public class SnapshotLoader {

    private static final Logger LOG = Logger.getLogger(SnapshotLoader.class);

    /**
     * Feed entries since a snapshot that are always applied as a patch; more are too, up to the snapshot's own
     * rows (stints and departures): past that, reading everything reads fewer rows than the changes do.
     */
    static final int MAX_PATCH_ENTRIES = 10_000;

    /** How many feed entries since {@code snapshot} are still applied as a patch (see {@link #MAX_PATCH_ENTRIES}). */
    static int patchLimit(Snapshot snapshot) {
        return (int) Math.min(
                Integer.MAX_VALUE,
                Math.max(MAX_PATCH_ENTRIES, (long) snapshot.stintCount() + snapshot.departureCount()));
    }

    /**
     * A snapshot labelled with the data version and the changes-feed position read before its rows: the rows
     * are at least that new, so applying the entries after {@code feedSeq} again later is always safe.
     *
     * @param patched whether it was made by applying changes to an earlier one (else read whole)
     */
    public record Versioned(long version, long feedSeq, Snapshot snapshot, boolean patched) {}

    private final DataSource dataSource;
    private final ObjectMapper json;

    SnapshotLoader(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    public long currentVersion() {
        return SetReads.dataVersion(dataSource);
    }

    public Versioned load() {
        return SetReads.inSnapshot(dataSource, this::read);
    }

    /**
     * The snapshot brought up to date from {@code old}: the researchers that the feed entries after its
     * position name are read again (their rows, expertise, stints and departures), and all labs when a lab
     * changed; everything else is kept, so a reader waits for the changes, not for the whole field, even after an
     * import of many rows. Falls back to a full read when the feed no longer holds those entries (purged), when
     * they outnumber the snapshot's rows ({@link #patchLimit}), or when an entry cannot be applied.
     */
    public Versioned update(Versioned old) {
        return SetReads.inSnapshot(dataSource, c -> patch(c, old));
    }

    private Versioned patch(Connection c, Versioned old) throws SQLException {
        FeedChanges.Position position = FeedChanges.position(c);
        if (position.purgedThrough() > old.feedSeq()) {
            LOG.infof("Scoring snapshot: feed entries after %d were purged; reading everything", old.feedSeq());
            return read(c);
        }
        Snapshot before = old.snapshot();
        FeedChanges.Touched touched =
                FeedChanges.touched(c, json, old.feedSeq(), position.feedSeq(), patchLimit(before));
        if (touched == null) {
            return read(c);
        }
        Set<String> slugs = touched.researchers();
        boolean labs = !touched.labs().isEmpty();
        int entries = touched.entries();
        Snapshot.Changes changes = new Snapshot.Changes();
        before.researcherIds(slugs).forEach(changes::replace);
        forChunks(
                c,
                "select id from researcher where slug in (%s)",
                List.copyOf(slugs),
                rs -> changes.replace(rs.getLong(1)));
        if (labs) {
            changes.labsReplaced();
            labs(c, "select id, slug, parent_id from lab order by id", changes);
        }
        List<Long> ids = changes.replaced().stream().sorted().toList();
        forChunks(
                c,
                "select id, slug, seniority, notable_work from researcher where id in (%s)",
                ids,
                rs -> researcher(rs, changes));
        forChunks(
                c,
                "select researcher_id, area from researcher_expertise where researcher_id in (%s)",
                ids,
                rs -> changes.expertise(rs.getLong(1), rs.getString(2)));
        forChunks(
                c,
                "select researcher_id, lab_id, start_date, end_date from affiliation where " + PRIMARY
                        + " and researcher_id in (%s)",
                ids,
                rs -> stint(rs, changes));
        forChunks(c, DEPARTURES + " where researcher_id in (%s)", ids, rs -> departure(rs, changes));
        if (changes.isEmpty()) { // writes the scoring does not read (API keys, webhooks): only the labels move
            return new Versioned(position.dataVersion(), position.feedSeq(), before, true);
        }
        try {
            long merging = System.nanoTime();
            Snapshot patched = before.with(changes);
            LOG.debugf(
                    "Scoring snapshot: %d feed entries naming %d researchers read, then merged in %d ms",
                    entries, changes.replaced().size(), (System.nanoTime() - merging) / 1_000_000);
            return new Versioned(position.dataVersion(), position.feedSeq(), patched, true);
        } catch (RuntimeException e) {
            LOG.warnf(
                    "Scoring snapshot: changes after %d could not be applied (%s); reading everything",
                    old.feedSeq(), e.getMessage());
            return read(c);
        }
    }

    /** SECONDARY stints (adjunct, advisor, visiting) carry no weight in any index: the scoring never reads them. */
    private static final String PRIMARY = "kind = 'PRIMARY'";

    private static final String DEPARTURES = "select id, researcher_id, from_lab_id, to_lab_id, departure_date,"
            + " tenure_years, destination_type, confidence from departure";

    private Versioned read(Connection c) throws SQLException {
        FeedChanges.Position position = FeedChanges.position(c);
        Snapshot.Builder b = new Snapshot.Builder();
        labs(c, "select id, slug, parent_id from lab order by id", b);
        each(c, "select id, slug, seniority, notable_work from researcher order by id", rs -> researcher(rs, b));
        each(
                c,
                "select researcher_id, area from researcher_expertise",
                rs -> b.expertise(rs.getLong(1), rs.getString(2)));
        each(
                c,
                "select researcher_id, lab_id, start_date, end_date from affiliation where " + PRIMARY,
                rs -> stint(rs, b));
        each(c, DEPARTURES + " order by id", rs -> departure(rs, b));
        return new Versioned(position.dataVersion(), position.feedSeq(), b.build(), false);
    }

    private static void labs(Connection c, String sql, Snapshot.Rows sink) throws SQLException {
        each(c, sql, rs -> {
            long parent = rs.getLong(3);
            Long parentId = rs.wasNull() ? null : parent;
            sink.lab(rs.getLong(1), rs.getString(2), parentId);
        });
    }

    private static void researcher(ResultSet rs, Snapshot.Rows sink) throws SQLException {
        sink.researcher(rs.getLong(1), rs.getString(2), Seniority.valueOf(rs.getString(3)), lines(rs.getString(4)));
    }

    private static void stint(ResultSet rs, Snapshot.Rows sink) throws SQLException {
        sink.stint(rs.getLong(1), rs.getLong(2), date(rs.getDate(3)), date(rs.getDate(4)));
    }

    private static void departure(ResultSet rs, Snapshot.Rows sink) throws SQLException {
        long to = rs.getLong(4);
        Long toLab = rs.wasNull() ? null : to;
        double tenure = rs.getDouble(6);
        Double tenureYears = rs.wasNull() ? null : tenure;
        sink.departure(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                toLab,
                date(rs.getDate(5)),
                tenureYears,
                DestinationType.valueOf(rs.getString(7)),
                Confidence.valueOf(rs.getString(8)));
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
