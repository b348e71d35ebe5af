package io.talentradar.researcher;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.talentradar.common.error.ProblemException;
import io.talentradar.common.web.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

@ApplicationScoped
public class ResearcherRepository implements PanacheRepository<Researcher> {

    /** A string that is not a slug names no researcher; it is not sent to the database. */
    public Optional<Researcher> findBySlug(String slug) {
        return Slugs.isValid(slug) ? find("slug", slug).firstResultOptional() : Optional.empty();
    }

    public Researcher require(String slug) {
        return findBySlug(slug).orElseThrow(() -> ProblemException.notFound("researcher", slug));
    }

    /**
     * The researcher, row-locked until the transaction ends: every change to one researcher's stints
     * goes through this lock, so concurrent writers cannot both pass the overlap check.
     */
    public Researcher requireLocked(String slug) {
        if (!Slugs.isValid(slug)) {
            throw ProblemException.notFound("researcher", slug);
        }
        return find("slug", slug)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("researcher", slug));
    }
}
