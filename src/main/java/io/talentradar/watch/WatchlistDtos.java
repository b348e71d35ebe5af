package io.talentradar.watch;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.talentradar.common.web.Params;
import io.talentradar.common.web.Slugs;
import io.talentradar.scoring.Seniority;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies and answers of /watchlists. */
public final class WatchlistDtos {

    /** The events a watchlist can select. */
    static final String EVENT_REGEX = "^(departure\\.(created|updated|deleted)|researcher\\.(created|updated|deleted)"
            + "|affiliation\\.created|lab\\.(created|updated|deleted)|signal\\.senior_exodus|index\\.threshold)$";

    private WatchlistDtos() {}

    public enum Index {
        TCI,
        SLI,
        KPD
    }

    @Schema(
            name = "Threshold",
            description = "Tell me when a lab's index crosses a bound (exactly one of above, below)")
    public record Threshold(
            @NotNull @Pattern(regexp = Slugs.REGEX, message = Slugs.MESSAGE) @Schema(examples = "openai")
            String lab,

            @NotNull @Schema(examples = "SLI") Index index,

            @Schema(type = SchemaType.NUMBER, nullable = true, examples = "20")
            Double above,

            @Schema(type = SchemaType.NUMBER, nullable = true)
            Double below) {

        @AssertTrue(message = "give exactly one of above and below")
        @JsonIgnore
        @Schema(hidden = true)
        public boolean isOneBound() {
            return (above == null) != (below == null);
        }

        @JsonIgnore
        double bound() {
            return above != null ? above : below;
        }

        /** Whether the value is on the side the threshold tells about. */
        boolean crossed(double value) {
            return above != null ? value > above : value < below;
        }
    }

    @Schema(
            name = "WatchlistInput",
            description = "What to be told about. Empty lists watch everything of the "
                    + "selected events; a departure matches when its origin or destination lab (or a lab above one), its "
                    + "researcher, or one of the researcher's expertise areas is watched, and the researcher is at least "
                    + "minSeniority.")
    public record WatchlistRequest(
            @NotBlank @Size(max = 200) @Schema(examples = "Frontier reasoning leads")
            String name,

            @Size(max = 100) List<@NotNull @Pattern(regexp = Slugs.REGEX, message = Slugs.MESSAGE) String> labs,
            @Size(max = 100) List<@NotNull @Pattern(regexp = Slugs.REGEX, message = Slugs.MESSAGE) String> researchers,

            @Size(max = 50)
            List<@NotNull @Pattern(regexp = Params.AREA_REGEX, message = Params.AREA_MESSAGE) String> expertise,

            @Schema(nullable = true, examples = "LEAD") Seniority minSeniority,

            @NotNull @Size(min = 1, max = 12) @Schema(examples = "[\"departure.created\", \"signal.senior_exodus\"]")
            List<@NotNull @Pattern(regexp = EVENT_REGEX, message = "must be an event such as departure.created") String>
                    events,

            @Size(max = 50) List<@NotNull @Valid Threshold> thresholds,

            @Schema(description = "Optional on PUT: the version you read; a stale one gets 412")
            Long version) {

        List<String> labsOrEmpty() {
            return labs == null ? List.of() : labs;
        }

        List<String> researchersOrEmpty() {
            return researchers == null ? List.of() : researchers;
        }

        List<String> expertiseOrEmpty() {
            return expertise == null ? List.of() : expertise;
        }

        List<Threshold> thresholdsOrEmpty() {
            return thresholds == null ? List.of() : thresholds;
        }
    }

    @Schema(name = "Watchlist")
    public record WatchlistDto(
            @Schema(examples = "3") long id,
            String name,
            List<String> labs,
            List<String> researchers,
            List<String> expertise,

            @Schema(
                    type = SchemaType.STRING,
                    nullable = true,
                    enumeration = {"IC", "LEAD", "EXECUTIVE", "FOUNDER"})
            Seniority minSeniority,

            List<String> events,
            List<Threshold> thresholds,

            @Schema(description = "The API key that owns it", examples = "key-17")
            String owner,

            long version,
            Instant createdAt,
            Instant updatedAt) {}
}
