package io.talentradar.departure;

import io.talentradar.common.web.Slugs;
import io.talentradar.common.web.Urls;
import io.talentradar.scoring.Confidence;
import io.talentradar.scoring.DestinationType;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST /departures and PUT /departures/{id}. */
@Schema(name = "DepartureInput", description = "A departure as a client writes it.")
public record DepartureRequest(
        @NotNull @Pattern(regexp = Slugs.REGEX, message = Slugs.MESSAGE) @Schema(example = "jan-leike")
        String researcherSlug,

        @NotNull @Pattern(regexp = Slugs.REGEX, message = Slugs.MESSAGE) @Schema(example = "openai")
        String fromLabSlug,

        @Pattern(regexp = Slugs.REGEX, message = Slugs.MESSAGE)
        @Schema(nullable = true, example = "anthropic", description = "Null when the destination was not disclosed")
        String toLabSlug,

        @NotNull @PastOrPresent @Schema(example = "2024-05-01")
        LocalDate date,

        @Schema(example = "MONTH", defaultValue = "DAY") DatePrecision datePrecision,
        @NotNull @Schema(example = "COMPETITOR") DestinationType destinationType,

        @Size(max = 1000) @Schema(nullable = true, example = "safety culture")
        String reason,

        @DecimalMin("0")
        @DecimalMax("80")
        @Schema(
                nullable = true,
                example = "3.5",
                description = "The tenure a report stated; used only when the stint's start is not known")
        Double tenureYears,

        @NotNull @Schema(example = "CONFIRMED") Confidence confidence,

        @Size(max = 20)
        List<@NotNull @Size(max = 500) @Pattern(regexp = Urls.REGEX, message = Urls.MESSAGE) String> sources,

        @Schema(description = "Optional on PUT: the version you read; a stale one gets 412, like If-Match.")
        Long version) {

    public DatePrecision precisionOrDefault() {
        return datePrecision == null ? DatePrecision.DAY : datePrecision;
    }

    public List<String> sourcesOrEmpty() {
        return sources == null ? List.of() : sources;
    }
}
