package io.talentradar.lab;

import io.talentradar.common.paging.CsvExport;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Lab", description = "An organization that employs AI researchers.")
public record LabDto(
        @Schema(example = "openai") String slug,
        @Schema(example = "OpenAI") String name,
        @Schema(example = "FRONTIER_LAB") LabType type,
        @Schema(nullable = true, example = "US") String country,
        @Schema(nullable = true, example = "2015") Integer foundedYear,

        @Schema(
                nullable = true,
                example = "google",
                description = "The parent lab, if any (Google DeepMind under Google).")
        String parentSlug,

        @Schema(nullable = true, example = "https://openai.com")
        String website,

        @Schema(nullable = true, example = "05wx9n238", description = "Research Organization Registry id")
        String ror,

        @Schema(nullable = true, example = "I136199984", description = "OpenAlex institution id")
        String openalex,

        @Schema(example = "0") long version,
        Instant createdAt,
        Instant updatedAt) {

    /** As CSV: the columns of labs.csv. */
    public static final CsvExport.View<LabDto> CSV = new CsvExport.View<>(
            "labs",
            List.of("slug", "name", "type", "country", "foundedYear", "parentSlug", "website", "ror", "openalex"),
            l -> Arrays.asList(
                    l.slug, l.name, l.type, l.country, l.foundedYear, l.parentSlug, l.website, l.ror, l.openalex));

    public static LabDto of(Lab lab) {
        return new LabDto(
                lab.slug,
                lab.name,
                lab.type,
                lab.country,
                lab.foundedYear,
                lab.parent == null ? null : lab.parent.slug,
                lab.website,
                lab.ror,
                lab.openalex,
                lab.version,
                lab.createdAt,
                lab.updatedAt);
    }
}
