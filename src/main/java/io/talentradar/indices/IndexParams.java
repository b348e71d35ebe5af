package io.talentradar.indices;

import io.talentradar.common.error.ProblemException;
import io.talentradar.common.web.Params;
import io.talentradar.scoring.IndexQuery;
import io.talentradar.scoring.ScoringModel;
import io.talentradar.scoring.Snapshot;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters every index figure takes, validated into an {@link IndexQuery}. */
public class IndexParams {

    static final int MAX_DAYS = 36_500;

    @Parameter(
            description = "The date the figures are as of (default today, UTC); not in the future",
            example = "2024-12-31",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("asOf")
    String asOf;

    @Parameter(
            description = "Trailing window of flow figures in days, 1 to 36500 (default 365)",
            example = "365",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32"))
    @QueryParam("window")
    String window;

    @Parameter(
            description = "Half-life of the recency decay in days, > 0 (default 180)",
            example = "180",
            schema = @Schema(type = SchemaType.NUMBER, format = "double"))
    @QueryParam("halfLife")
    String halfLife;

    @Parameter(
            description = "Only researchers with this expertise area count, weighted by its criticality",
            example = "reasoning")
    @QueryParam("expertise")
    String expertise;

    @Parameter(
            description = "Replace every lab by its top-most parent; moves inside one group are not counted",
            example = "false",
            schema = @Schema(type = SchemaType.BOOLEAN))
    @QueryParam("rollup")
    String rollup;

    @Parameter(
            description = "List each contribution with every factor (lab indices only)",
            example = "false",
            schema = @Schema(type = SchemaType.BOOLEAN))
    @QueryParam("explain")
    String explain;

    IndexQuery toQuery(ScoringModel model, Snapshot snapshot) {
        LocalDate date = date("asOf", asOf, LocalDate.now(ZoneOffset.UTC));
        String area = Params.area("expertise", expertise);
        if (area != null && !model.criticality().containsKey(area) && !snapshot.hasArea(area)) {
            throw ProblemException.invalid(
                    "expertise",
                    "unknown expertise area; the model knows "
                            + String.join(
                                    ", ",
                                    model.criticality().keySet().stream()
                                            .sorted()
                                            .toList()));
        }
        return new IndexQuery(
                date,
                (int) number("window", window, model.defaultWindowDays(), true),
                number("halfLife", halfLife, model.defaultHalfLifeDays(), false),
                area,
                Params.bool("rollup", rollup),
                Params.bool("explain", explain));
    }

    static LocalDate date(String name, String raw, LocalDate fallback) {
        LocalDate date = Params.date(name, raw);
        if (date != null && date.isAfter(LocalDate.now(ZoneOffset.UTC))) {
            throw ProblemException.invalid(name, "must not be in the future");
        }
        return date == null ? fallback : date;
    }

    private static double number(String name, String raw, double fallback, boolean integer) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            double value = integer ? Integer.parseInt(raw.trim()) : Double.parseDouble(raw.trim());
            if (value > 0 && value <= MAX_DAYS) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw ProblemException.invalid(
                name,
                (integer ? "must be a whole number of days" : "must be a number of days")
                        + " greater than 0 and at most " + MAX_DAYS);
    }
}
