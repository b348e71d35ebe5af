package io.talentradar.researcher;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Affiliation", description = "A stint [start, end) of a researcher at a lab.")
public record AffiliationDto(
        @Schema(example = "7") long id,
        @Schema(example = "openai") String labSlug,
        @Schema(example = "2021-01-01", description = "Null when not known") LocalDate start,
        @Schema(example = "2024-05-01", description = "Null while still there") LocalDate end,
        List<String> sources,
        @Schema(example = "1") long version) {

    static AffiliationDto of(Affiliation a) {
        return new AffiliationDto(a.id, a.lab.slug, a.start, a.end, List.copyOf(a.sources), a.version);
    }
}
