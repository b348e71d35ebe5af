package io.talentradar.researcher;

import io.talentradar.scoring.Seniority;
import java.time.Instant;
import java.util.List;

/** A researcher's own columns, read as a projection for list pages (no entity, no persistence context). */
public record ResearcherRow(
        Long id,
        String slug,
        String name,
        Seniority seniority,
        List<String> notableWork,
        List<String> aliases,
        String orcid,
        String openalex,
        String scholar,
        String dblp,
        String homepage,
        String x,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    ResearcherDto dto(List<String> expertise, String currentLabSlug) {
        return new ResearcherDto(
                slug,
                name,
                seniority,
                expertise.stream().sorted().toList(),
                List.copyOf(notableWork),
                new ExternalIds(orcid, openalex, scholar, dblp, homepage, x),
                List.copyOf(aliases),
                currentLabSlug,
                version,
                createdAt,
                updatedAt);
    }
}
