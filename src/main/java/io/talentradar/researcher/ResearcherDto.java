package io.talentradar.researcher;

import io.talentradar.common.paging.CsvExport;
import io.talentradar.scoring.Seniority;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Researcher", description = "An AI researcher; the current lab follows from the stints.")
public record ResearcherDto(
        @Schema(example = "jan-leike") String slug,
        @Schema(example = "Jan Leike") String name,
        @Schema(example = "LEAD") Seniority seniority,
        @Schema(example = "[\"alignment\",\"safety\"]") List<String> expertise,
        @Schema(example = "[\"Superalignment\"]") List<String> notableWork,
        ExternalIds externalIds,
        @Schema(example = "[\"J. Leike\"]") List<String> aliases,

        @Schema(
                nullable = true,
                example = "anthropic",
                readOnly = true,
                description = "The lab of the open stint, if any")
        String currentLabSlug,

        @Schema(example = "1") long version,
        Instant createdAt,
        Instant updatedAt) {

    /** As CSV: the columns of researchers.csv. */
    public static final CsvExport.View<ResearcherDto> CSV = new CsvExport.View<>(
            "researchers",
            List.of(
                    "slug",
                    "name",
                    "seniority",
                    "expertise",
                    "notableWork",
                    "orcid",
                    "openalex",
                    "scholar",
                    "dblp",
                    "homepage",
                    "x",
                    "aliases"),
            r -> Arrays.asList(
                    r.slug,
                    r.name,
                    r.seniority,
                    CsvExport.list(r.expertise),
                    CsvExport.list(r.notableWork),
                    r.externalIds.orcid(),
                    r.externalIds.openalex(),
                    r.externalIds.scholar(),
                    r.externalIds.dblp(),
                    r.externalIds.homepage(),
                    r.externalIds.x(),
                    CsvExport.list(r.aliases)));

    public static ResearcherDto of(Researcher r, String currentLabSlug) {
        return new ResearcherDto(
                r.slug,
                r.name,
                r.seniority,
                r.expertise.stream().sorted().toList(),
                List.copyOf(r.notableWork),
                ExternalIds.of(r),
                List.copyOf(r.aliases),
                currentLabSlug,
                r.version,
                r.createdAt,
                r.updatedAt);
    }
}
