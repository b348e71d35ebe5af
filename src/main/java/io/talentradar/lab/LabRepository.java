package io.talentradar.lab;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.talentradar.common.error.ProblemException;
import io.talentradar.common.web.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class LabRepository implements PanacheRepository<Lab> {

    /** A string that is not a slug names no lab; it is not sent to the database (a NUL byte would fail there). */
    public Optional<Lab> findBySlug(String slug) {
        return Slugs.isValid(slug) ? find("slug", slug).firstResultOptional() : Optional.empty();
    }

    public Lab require(String slug) {
        return findBySlug(slug).orElseThrow(() -> ProblemException.notFound("lab", slug));
    }
}
