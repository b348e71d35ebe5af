package io.talentradar.indices;

import io.talentradar.common.error.ProblemException;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The range of a monthly index history, validated into its first and last point. */
public class HistoryParams {

    static final int MAX_POINTS = 240;

    @Parameter(
            description = "First point (default: 11 months before to)",
            example = "2024-01-31",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("from")
    String from;

    @Parameter(
            description = "Last point at most this date (default today)",
            example = "2024-12-31",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("to")
    String to;

    @Parameter(description = "Only 'month' is supported", example = "month")
    @QueryParam("step")
    String step;

    public record Range(LocalDate start, LocalDate end) {}

    /** The range; {@code asOf} of the index parameters has no meaning here and is refused. */
    Range range(IndexParams params) {
        if (step != null && !step.equals("month")) {
            throw ProblemException.invalid("step", "must be month");
        }
        if (params.asOf != null) {
            throw ProblemException.invalid("asOf", "not used here; give from and to");
        }
        LocalDate end = IndexParams.date("to", to, LocalDate.now(ZoneOffset.UTC));
        LocalDate start = IndexParams.date("from", from, end.minusMonths(11));
        if (start.isAfter(end)) {
            throw ProblemException.invalid("from", "must not be after to");
        }
        if (!start.plusMonths(MAX_POINTS).isAfter(end)) {
            throw ProblemException.invalid("from", "at most " + MAX_POINTS + " monthly points; narrow from/to");
        }
        return new Range(start, end);
    }
}
