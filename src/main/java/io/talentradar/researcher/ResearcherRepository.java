package io.talentradar.researcher;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.talentradar.common.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

@ApplicationScoped
public class ResearcherRepository implements PanacheRepository<Researcher> {

    public Optional<Researcher> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public Researcher require(String slug) {
        return findBySlug(slug).orElseThrow(() -> ProblemException.notFound("researcher", slug));
    }

    /**
     * The researcher, row-locked until the transaction ends: every change to one researcher's stints
     * goes through this lock, so concurrent writers cannot both pass the overlap check.
     */
    public Researcher requireLocked(String slug) {
        return find("slug", slug).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("researcher", slug));
    }
}
