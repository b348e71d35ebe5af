package io.talentradar.common.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentradar.common.error.ProblemException;
import io.talentradar.common.persistence.BulkInsert;
import io.talentradar.common.persistence.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The changes feed, an outbox in the database: {@link #append} adds an entry in the caller's transaction, so
 * a rolled-back write leaves none and a committed one always has one. The entry's {@code seq} comes from the
 * single row of {@code feed_sequence}, which the writer updates and so holds locked until it commits: the
 * next writer gets its number only after that commit. Entries therefore become visible in {@code seq} order,
 * on every instance sharing the database, and a reader that resumes after the highest {@code seq} it has
 * seen misses nothing.
 */
@ApplicationScoped
public class ChangeFeed {

    public static final Set<String> TYPES =
            Set.of("lab", "researcher", "affiliation", "departure", "signal", "webhook");

    private final EntityManager em;
    private final ObjectMapper json;
    private final Duration retention;

    ChangeFeed(
            EntityManager em,
            ObjectMapper json,
            @ConfigProperty(name = "talentradar.changes.retention", defaultValue = "P90D") Duration retention) {
        this.em = em;
        this.json = json;
        this.retention = retention;
    }

    /** An entry to append: its payloads already JSON. */
    public record Entry(
            String type, String action, String id, String slug, String actor, String before, String after) {}

    /** Adds an entry in the caller's transaction and answers its seq. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long append(String type, String action, String id, String slug, String actor, Object before, Object after) {
        return append(new Entry(type, action, id, slug, actor, json(before), json(after)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long append(Entry entry) {
        return appendAll(List.of(entry));
    }

    /**
     * Adds entries in the caller's transaction with consecutive seqs, in their order: one update of the sequence
     * (which locks it until the commit) and one batch of inserts. Answers the last entry's seq (none: 0).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long appendAll(List<Entry> entries) {
        if (entries.isEmpty()) {
            return 0;
        }
        em.createNativeQuery("update feed_sequence set seq = seq + ?1 where id = 1")
                .setParameter(1, entries.size())
                .executeUpdate();
        long last = latestInTransaction();
        long first = last - entries.size() + 1;
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        List<Object[]> rows = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            rows.add(new Object[] {
                first + i, now, e.type(), e.action(), e.id(), e.slug(), e.actor(), e.before(), e.after()
            });
        }
        em.unwrap(org.hibernate.Session.class)
                .doWork(connection -> BulkInsert.rows(
                        connection,
                        "change_event",
                        List.of(
                                "seq",
                                "occurred_at",
                                "type",
                                "action",
                                "resource_id",
                                "slug",
                                "actor",
                                "before_json",
                                "after_json"),
                        rows));
        return last;
    }

    private long latestInTransaction() {
        return ((Number) em.createNativeQuery("select seq from feed_sequence where id = 1")
                        .getSingleResult())
                .longValue();
    }

    /** Entries after a position, and the newest committed seq when they were read. */
    public record Page(List<ChangeItem> items, long head) {}

    /**
     * Up to {@code limit} entries after {@code after}, in seq order, of the given types (all when empty).
     * An {@code after} older than the retained entries is a 410: the reader must resync from the exports.
     */
    @Transactional
    public Page read(long after, int limit, Collection<String> types) {
        Object[] state = (Object[]) em.createNativeQuery("select seq, purged_through from feed_sequence where id = 1")
                .getSingleResult();
        long head = ((Number) state[0]).longValue();
        long purged = ((Number) state[1]).longValue();
        if (after < purged) {
            throw new ProblemException(
                    410,
                    "/problems/feed-position-expired",
                    "Feed position expired",
                    "Entries after " + after + " are older than the feed keeps (" + retention.toDays()
                            + " days); resync from the CSV exports (Accept: text/csv on the lists), then follow "
                            + "the feed from its latest seq.",
                    null);
        }
        String sql = "select seq, occurred_at, type, action, resource_id, slug, actor, before_json, after_json"
                + " from change_event where seq > ?1" + (types.isEmpty() ? "" : " and type in (?2)") + " order by seq";
        var query = em.createNativeQuery(sql).setParameter(1, after).setMaxResults(limit);
        if (!types.isEmpty()) {
            query.setParameter(2, List.copyOf(types));
        }
        List<ChangeItem> items = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            items.add(new ChangeItem(
                    ((Number) r[0]).longValue(),
                    Timestamps.instant(r[1]),
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    (String) r[6],
                    (String) r[7],
                    (String) r[8]));
        }
        return new Page(items, head);
    }

    /** The highest committed seq. */
    @Transactional
    public long latest() {
        return ((Number) em.createNativeQuery("select seq from feed_sequence where id = 1")
                        .getSingleResult())
                .longValue();
    }

    /**
     * Removes entries older than the retention, but none after {@code consumed} (what the webhook fan-out has
     * taken: an entry not yet delivered is kept whatever its age); a reader behind them then gets 410.
     * Answers how many went.
     */
    @Transactional
    public int purge(long consumed) {
        Instant cutoff = Instant.now().minus(retention);
        Object newest = em.createNativeQuery("select max(seq) from change_event where occurred_at < ?1 and seq <= ?2")
                .setParameter(1, cutoff)
                .setParameter(2, consumed)
                .getSingleResult();
        if (newest == null) {
            return 0;
        }
        long through = ((Number) newest).longValue();
        int removed = em.createNativeQuery("delete from change_event where seq <= ?1")
                .setParameter(1, through)
                .executeUpdate();
        em.createNativeQuery("update feed_sequence set purged_through = ?1 where id = 1 and purged_through < ?1")
                .setParameter(1, through)
                .executeUpdate();
        return removed;
    }

    /** The newest seq no longer kept: a position before it is gone. */
    @Transactional
    public long purgedThrough() {
        return ((Number) em.createNativeQuery("select purged_through from feed_sequence where id = 1")
                        .getSingleResult())
                .longValue();
    }

    public Duration retention() {
        return retention;
    }

    /** A payload as the feed stores it: JSON (a string is taken as JSON already), or null. */
    public String json(Object value) {
        return write(value);
    }

    private String write(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the feed entry", e);
        }
    }
}
