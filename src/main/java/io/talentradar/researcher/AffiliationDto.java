package io.talentradar.researcher;

import io.talentradar.common.paging.CsvExport;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Affiliation", description = "A stint [start, end) of a researcher at a lab.")
public record AffiliationDto(
        @Schema(example = "7") long id,
        @Schema(example = "jan-leike") String researcherSlug,
        @Schema(example = "openai") String labSlug,

        @Schema(nullable = true, example = "2021-01-01", description = "Null when not known")
        LocalDate start,

        @Schema(nullable = true, example = "2024-05-01", description = "Null while still there")
        LocalDate end,

        List<String> sources,

        @Schema(
                example = "PRIMARY",
                description =
                        "PRIMARY: the main affiliation (one at a time); SECONDARY: a role beside it, no weight in any index")
        StintKind kind,

        @Schema(nullable = true, example = "Adjunct Professor")
        String role,

        @Schema(example = "1") long version) {

    /** As CSV: the columns of affiliations.csv. */
    public static final CsvExport.View<AffiliationDto> CSV = new CsvExport.View<>(
            "affiliations",
            List.of("researcherSlug", "labSlug", "start", "end", "sourceUrl", "kind", "role"),
            a -> Arrays.asList(a.researcherSlug, a.labSlug, a.start, a.end, CsvExport.list(a.sources), a.kind, a.role));

    public static AffiliationDto of(Affiliation a) {
        return new AffiliationDto(
                a.id, a.researcher.slug, a.lab.slug, a.start, a.end, List.copyOf(a.sources), a.kind, a.role, a.version);
    }
}
