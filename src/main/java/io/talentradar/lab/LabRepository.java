package io.talentradar.lab;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.talentradar.common.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class LabRepository implements PanacheRepository<Lab> {

    public Optional<Lab> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public Lab require(String slug) {
        return findBySlug(slug).orElseThrow(() -> ProblemException.notFound("lab", slug));
    }
}
