package io.talentradar.watch;

import io.talentradar.lab.Lab;
import io.talentradar.lab.LabRepository;
import io.talentradar.researcher.Researcher;
import io.talentradar.researcher.ResearcherRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The current facts watchlist matching needs, from the database; each {@link #cached()} reads each fact once. */
@ApplicationScoped
public class WatchLookup {

    private final LabRepository labs;
    private final ResearcherRepository researchers;

    WatchLookup(LabRepository labs, ResearcherRepository researchers) {
        this.labs = labs;
        this.researchers = researchers;
    }

    /** A lookup for one batch of entries (call it inside a transaction). */
    public WatchMatcher.Lookup cached() {
        Map<String, Set<String>> ancestors = new HashMap<>();
        Map<String, Optional<WatchMatcher.Person>> people = new HashMap<>();
        return new WatchMatcher.Lookup() {
            @Override
            public Set<String> labAndAncestors(String slug) {
                return ancestors.computeIfAbsent(slug, s -> {
                    Set<String> out = new LinkedHashSet<>();
                    out.add(s);
                    Lab lab = labs.findBySlug(s).map(l -> l.parent).orElse(null);
                    for (Lab l = lab; l != null && out.add(l.slug); l = l.parent) {
                        // up to the top-most lab
                    }
                    return out;
                });
            }

            @Override
            public Optional<WatchMatcher.Person> researcher(String slug) {
                return people.computeIfAbsent(
                        slug,
                        s -> researchers
                                .find("slug", s)
                                .<Researcher>firstResultOptional()
                                .map(r -> new WatchMatcher.Person(r.seniority, new HashSet<>(r.expertise))));
            }
        };
    }
}
