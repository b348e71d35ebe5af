package io.talentradar.common.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.talentradar.common.error.MovedResources;
import io.talentradar.common.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Renamed and deleted slugs (table {@code slug_redirect}): where an old slug of a lab or researcher leads now
 * (nowhere for a deleted one), and so which slugs can never be given again.
 */
@ApplicationScoped
public class SlugRedirects implements MovedResources {

    private final EntityManager em;
    private final Event<SlugMoved> moved;

    SlugRedirects(EntityManager em, Event<SlugMoved> moved) {
        this.em = em;
        this.moved = moved;
    }

    /**
     * Records a rename (or a merge) in the caller's transaction; slugs that led to {@code from} now lead to
     * {@code to}, and {@link SlugMoved} tells those that keep slugs of their own.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rename(String type, String from, String to) {
        moved.fire(new SlugMoved(type, from, to));
        em.createNativeQuery("update slug_redirect set new_slug = ?1 where resource_type = ?2 and new_slug = ?3")
                .setParameter(1, to)
                .setParameter(2, type)
                .setParameter(3, from)
                .executeUpdate();
        em.createNativeQuery("insert into slug_redirect (resource_type, old_slug, new_slug, renamed_at)"
                        + " values (?1, ?2, ?3, ?4)")
                .setParameter(1, type)
                .setParameter(2, from)
                .setParameter(3, to)
                .setParameter(4, Instant.now())
                .executeUpdate();
    }

    /** Retires the slug of a lab or researcher being deleted, in the caller's transaction: it leads nowhere. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void retire(String type, String slug) {
        em.createNativeQuery("update slug_redirect set new_slug = null where resource_type = ?1 and new_slug = ?2")
                .setParameter(1, type)
                .setParameter(2, slug)
                .executeUpdate();
        em.createNativeQuery("insert into slug_redirect (resource_type, old_slug, new_slug, renamed_at)"
                        + " values (?1, ?2, null, ?3)")
                .setParameter(1, type)
                .setParameter(2, slug)
                .setParameter(3, Instant.now())
                .executeUpdate();
    }

    /** A slug that a lab or researcher had before a rename or a delete cannot be given to another: 409. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireNeverUsed(String type, String slug) {
        List<?> rows = em.createNativeQuery(
                        "select coalesce(new_slug, '') from slug_redirect where resource_type = ?1 and old_slug = ?2")
                .setParameter(1, type)
                .setParameter(2, slug)
                .getResultList();
        if (!rows.isEmpty()) {
            String current = (String) rows.get(0);
            throw ProblemException.conflict(
                    "slug-retired",
                    "The slug '" + slug + "' was a " + type + "'s before it was "
                            + (current.isEmpty() ? "deleted" : "renamed to '" + current + "'; it leads there for good")
                            + "; it cannot be given again.");
        }
    }

    /** One old slug and where it leads now (null: nowhere, its lab or researcher was deleted). */
    @Schema(name = "Redirect", description = "An old slug of a lab or researcher and where it leads now")
    public record Redirect(
            @Schema(
                    example = "researcher",
                    enumeration = {"lab", "researcher"})
            String resourceType,

            @Schema(example = "j-leike") String oldSlug,

            @Schema(nullable = true, example = "jan-leike", description = "Null: the resource was deleted")
            String newSlug,

            @Schema(description = "When it was renamed, merged or deleted")
            Instant at) {}

    /** The redirects (of one type when given), oldest first: what GET /redirects and its CSV list. */
    @Transactional
    public List<Redirect> list(String type, boolean newestFirst, int offset, int limit) {
        List<?> rows = em.createNativeQuery("select resource_type, old_slug, new_slug, renamed_at from slug_redirect"
                        + " where resource_type in (?1, ?2) order by renamed_at" + (newestFirst ? " desc" : "")
                        + ", resource_type, old_slug"
                        + " limit ?3 offset ?4")
                .setParameter(1, type == null ? "lab" : type)
                .setParameter(2, type == null ? "researcher" : type)
                .setParameter(3, limit)
                .setParameter(4, offset)
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new Redirect((String) r[0], (String) r[1], (String) r[2], instant(r[3])))
                .toList();
    }

    @Transactional
    public long count(String type) {
        return ((Number) em.createNativeQuery("select count(*) from slug_redirect where resource_type in (?1, ?2)")
                        .setParameter(1, type == null ? "lab" : type)
                        .setParameter(2, type == null ? "researcher" : type)
                        .getSingleResult())
                .longValue();
    }

    /**
     * Records a redirect read from an export (an import of redirects.csv), in the caller's transaction: the old
     * slug must be no current lab's or researcher's and not recorded yet, the new one (if any) a current one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void restore(String type, String oldSlug, String newSlug, Instant at) {
        if (!type.equals("lab") && !type.equals("researcher")) {
            throw ProblemException.invalid("resourceType", "must be lab or researcher");
        }
        String table = type; // one of the two table names, checked above
        if (exists(table, oldSlug)) {
            throw ProblemException.conflict(
                    "slug-in-use", "The " + type + " '" + oldSlug + "' exists: its slug cannot lead elsewhere.");
        }
        requireNeverUsed(type, oldSlug);
        if (newSlug != null && !exists(table, newSlug)) {
            throw ProblemException.invalid("newSlug", "no " + type + " with slug '" + newSlug + "'");
        }
        em.createNativeQuery("insert into slug_redirect (resource_type, old_slug, new_slug, renamed_at)"
                        + " values (?1, ?2, ?3, ?4)")
                .setParameter(1, type)
                .setParameter(2, oldSlug)
                .setParameter(3, newSlug)
                .setParameter(4, at == null ? Instant.now() : at)
                .executeUpdate();
    }

    private boolean exists(String table, String slug) {
        return !em.createNativeQuery("select 1 from " + table + " where slug = ?1")
                .setParameter(1, slug)
                .getResultList()
                .isEmpty();
    }

    private static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }

    /** Where an old slug leads now, read in a transaction of its own (an error path may have none). */
    @Override
    public Optional<String> target(String type, String slug) {
        return QuarkusTransaction.requiringNew().call(() -> lookup(type, slug));
    }

    private Optional<String> lookup(String type, String slug) {
        List<?> rows = em.createNativeQuery("select new_slug from slug_redirect where resource_type = ?1"
                        + " and old_slug = ?2 and new_slug is not null")
                .setParameter(1, type)
                .setParameter(2, slug)
                .getResultList();
        return rows.stream().map(String.class::cast).findFirst();
    }
}
