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

/** The body of POST and PUT /researchers/{slug}/affiliations[/{id}]: a stint [start, end). */
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
        List<@NotNull @Size(max = 500) @Pattern(regexp = Urls.REGEX, message = Urls.MESSAGE) String> sources,

        @Schema(
                nullable = true,
                example = "PRIMARY",
                description = "PRIMARY (default): the main affiliation, one at a time; SECONDARY: adjunct, advisor,"
                        + " visiting; may overlap others, no weight in any index")
        StintKind kind,

        @Size(max = 200)
        @Pattern(regexp = "^[^\\r\\n;]*$", message = "must be one line without ';'")
        @Schema(nullable = true, example = "Adjunct Professor", description = "A title, such as Adjunct Professor")
        String role,

        @Schema(
                nullable = true,
                description = "Optional on PUT: the version you read; a stale one gets 412, like If-Match.")
        Long version) {

    /** The stint's facts, at the lab its slug names. */
    public StintHistory.Facts facts(io.talentradar.lab.Lab lab) {
        return new StintHistory.Facts(lab, start, end, sourcesOrEmpty(), kindOrPrimary(), roleOrNone());
    }

    public List<String> sourcesOrEmpty() {
        return sources == null ? List.of() : sources;
    }

    public StintKind kindOrPrimary() {
        return kind == null ? StintKind.PRIMARY : kind;
    }

    public String roleOrNone() {
        return role == null || role.isBlank() ? null : role.trim();
    }
}
