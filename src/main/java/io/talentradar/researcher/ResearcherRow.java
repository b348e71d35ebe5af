package io.talentradar.researcher;

import io.talentradar.scoring.Seniority;
import java.time.Instant;
import java.util.List;

/**
 * A researcher's columns, areas (sorted, comma-joined) and current lab, read as a projection for list pages (no
 * entity, no persistence context).
 */
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
        Instant updatedAt,
        String expertise,
        String currentLabSlug) {

    /**
     * Areas are lowercase words and hyphens ({@code Params.AREA_REGEX}), so a comma joins them unambiguously; sorted
     * here as Java sorts them (a database's collation may order hyphens otherwise).
     */
    ResearcherDto dto() {
        return new ResearcherDto(
                slug,
                name,
                seniority,
                expertise == null || expertise.isEmpty()
                        ? List.of()
                        : java.util.Arrays.stream(expertise.split(",")).sorted().toList(),
                List.copyOf(notableWork),
                new ExternalIds(orcid, openalex, scholar, dblp, homepage, x),
                List.copyOf(aliases),
                currentLabSlug,
                version,
                createdAt,
                updatedAt);
    }
}
