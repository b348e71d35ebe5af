package io.talentradar.lab;

import io.talentradar.common.web.ExternalIdFormats;
import io.talentradar.common.web.Slugs;
import io.talentradar.common.web.Urls;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST /labs and PUT /labs/{slug}. */
@Schema(name = "LabInput", description = "A lab as a client writes it.")
public record LabRequest(
        @NotNull
        @Pattern(regexp = Slugs.REGEX, message = Slugs.MESSAGE)
        @Schema(example = "openai", description = "Unique; cannot change on PUT.")
        String slug,

        @NotBlank @Size(max = 200) @Schema(example = "OpenAI")
        String name,

        @NotNull @Schema(example = "FRONTIER_LAB") LabType type,

        @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166-1 alpha-2 code such as US")
        @Schema(nullable = true, example = "US")
        String country,

        @Min(1000) @Max(9999) @Schema(nullable = true, example = "2015")
        Integer foundedYear,

        @Pattern(regexp = Slugs.REGEX, message = Slugs.MESSAGE) @Schema(nullable = true, example = "google")
        String parentSlug,

        @Size(max = 500)
        @Pattern(regexp = Urls.REGEX, message = Urls.MESSAGE)
        @Schema(nullable = true, example = "https://openai.com")
        String website,

        @Pattern(regexp = ExternalIdFormats.ROR_REGEX, message = ExternalIdFormats.ROR_MESSAGE)
        @Schema(nullable = true, example = "05wx9n238", description = "Research Organization Registry id; one lab each")
        String ror,

        @Pattern(
                regexp = ExternalIdFormats.OPENALEX_INSTITUTION_REGEX,
                message = ExternalIdFormats.OPENALEX_INSTITUTION_MESSAGE)
        @Schema(nullable = true, example = "I136199984", description = "OpenAlex institution id; one lab each")
        String openalex,

        @Schema(description = "Optional on PUT: the version you read; a stale one gets 412, like If-Match.")
        Long version) {}
