package io.talentradar.researcher;

import io.talentradar.common.web.Slugs;
import io.talentradar.common.web.Urls;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST /researchers/{slug}/affiliations: a stint [start, end). */
@Schema(name = "AffiliationInput")
public record AffiliationRequest(
        @NotNull @Pattern(regexp = Slugs.REGEX, message = Slugs.MESSAGE) @Schema(example = "openai")
        String labSlug,

        @PastOrPresent @Schema(nullable = true, example = "2021-01-01", description = "Null when not known")
        LocalDate start,

        @PastOrPresent
        @Schema(nullable = true, example = "2024-05-01", description = "Null while the researcher is still there")
        LocalDate end,

        @Size(max = 20)
        List<@NotNull @Size(max = 500) @Pattern(regexp = Urls.REGEX, message = Urls.MESSAGE) String> sources) {

    List<String> sourcesOrEmpty() {
        return sources == null ? List.of() : sources;
    }
}
