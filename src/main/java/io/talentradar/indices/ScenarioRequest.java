package io.talentradar.indices;

import io.talentradar.common.web.Slugs;
import io.talentradar.scoring.Confidence;
import io.talentradar.scoring.DestinationType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Hypothetical departures to apply on top of the stored data; nothing is stored. */
@Schema(name = "ScenarioInput")
public record ScenarioRequest(
        @PastOrPresent @Schema(example = "2025-12-31", description = "Default today (UTC)")
        LocalDate asOf,

        @NotEmpty @Size(max = 100) List<@NotNull @Valid Move> departures) {

    @Schema(name = "ScenarioDeparture", description = "Leaves the lab the researcher is at on the date")
    public record Move(
            @NotNull @Pattern(regexp = Slugs.REGEX, message = Slugs.MESSAGE) @Schema(example = "jan-leike")
            String researcherSlug,

            @Pattern(regexp = Slugs.REGEX, message = Slugs.MESSAGE)
            @Schema(example = "openai", description = "Null when undisclosed")
            String toLabSlug,

            @NotNull @Schema(example = "COMPETITOR") DestinationType destinationType,

            @NotNull @PastOrPresent @Schema(example = "2025-06-01")
            LocalDate date,

            @NotNull @Schema(example = "RUMORED") Confidence confidence) {}
}
