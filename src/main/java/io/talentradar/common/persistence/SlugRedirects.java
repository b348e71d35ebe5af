package io.talentradar.common.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.talentradar.common.error.MovedResources;
import io.talentradar.common.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Renamed and deleted slugs (table {@code slug_redirect}): where an old slug of a lab or researcher leads now
 * (nowhere for a deleted one), and so which slugs can never be given again.
 */
@ApplicationScoped
public class SlugRedirects implements MovedResources {

    private final EntityManager em;

    SlugRedirects(EntityManager em) {
        this.em = em;
    }

    /** Records a rename in the caller's transaction; slugs that led to {@code from} now lead to {@code to}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rename(String type, String from, String to) {
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
