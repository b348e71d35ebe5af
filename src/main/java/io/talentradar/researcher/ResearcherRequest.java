package io.talentradar.researcher;

import io.talentradar.common.web.Params;
import io.talentradar.common.web.Slugs;
import io.talentradar.scoring.Seniority;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST /researchers and PUT /researchers/{slug}. */
@Schema(name = "ResearcherInput", description = "A researcher as a client writes it.")
public record ResearcherRequest(
        @NotNull
        @Pattern(regexp = Slugs.REGEX, message = Slugs.MESSAGE)
        @Schema(example = "jan-leike", description = "Unique; cannot change on PUT.")
        String slug,

        @NotBlank @Size(max = 200) @Schema(example = "Jan Leike")
        String name,

        @NotNull @Schema(example = "LEAD") Seniority seniority,

        @Size(max = 20)
        @Schema(
                example = "[\"alignment\",\"safety\"]",
                description = "Expertise areas (lowercase); GET /api/v1/scoring/model lists each area's criticality,"
                        + " and an area it does not list weighs its otherCriticality.")
        List<@NotNull @Pattern(regexp = Params.AREA_REGEX, message = Params.AREA_MESSAGE) String> expertise,

        @Size(max = 50) @Schema(example = "[\"Superalignment\"]")
        List<
                        @NotBlank @Size(max = 300)
                        @Pattern(
                                regexp = "^[^\\r\\n;]*$",
                                message = "must be one line without ';' (it separates the items of a CSV cell)")
                        String>
                notableWork,

        @Valid @Schema(description = "Ids in other sources (ORCID, OpenAlex, Scholar, dblp, homepage, X)")
        ExternalIds externalIds,

        @Size(max = 20)
        @Schema(
                example = "[\"J. Leike\"]",
                description = "Other spellings and names (transliterations); the name filter and search match them")
        List<
                        @NotBlank @Size(max = 200)
                        @Pattern(regexp = "^[^\\r\\n;]*$", message = "must be one line without ';'") String>
                aliases,

        @Valid @Schema(description = "On POST only: opens a stint at this lab.")
        Since affiliation,

        @Schema(description = "Optional on PUT: the version you read; a stale one gets 412, like If-Match.")
        Long version) {

    @Schema(name = "AffiliationSince")
    public record Since(
            @NotNull @Pattern(regexp = Slugs.REGEX, message = Slugs.MESSAGE) @Schema(example = "openai")
            String labSlug,

            @PastOrPresent @Schema(example = "2021-01-01", description = "Null when not known")
            LocalDate since) {}

    public ExternalIds externalIdsOrNone() {
        return externalIds == null ? ExternalIds.NONE : externalIds;
    }

    List<String> aliasesOrEmpty() {
        return aliases == null
                ? List.of()
                : aliases.stream().map(String::trim).distinct().toList();
    }

    List<String> expertiseOrEmpty() {
        return expertise == null ? List.of() : expertise;
    }

    List<String> notableWorkOrEmpty() {
        return notableWork == null
                ? List.of()
                : notableWork.stream().map(String::trim).toList();
    }
}
