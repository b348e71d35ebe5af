package io.talentradar.departure;

import io.talentradar.common.paging.CsvExport;
import io.talentradar.scoring.Confidence;
import io.talentradar.scoring.DestinationType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Departure", description = "A researcher leaving a lab.")
public record DepartureDto(
        @Schema(example = "42") long id,
        @Schema(example = "jan-leike") String researcherSlug,
        @Schema(example = "openai") String fromLabSlug,

        @Schema(nullable = true, example = "anthropic", description = "Null when undisclosed")
        String toLabSlug,

        @Schema(example = "2024-05-01") LocalDate date,
        @Schema(example = "MONTH") DatePrecision datePrecision,
        @Schema(example = "COMPETITOR") DestinationType destinationType,
        @Schema(nullable = true, example = "safety culture") String reason,

        @Schema(
                nullable = true,
                example = "3.33",
                readOnly = true,
                description = "Years in the ended stint when its start is known, " + "else the stated tenure")
        Double tenureYears,

        @Schema(example = "CONFIRMED") Confidence confidence,
        List<String> sources,
        @Schema(example = "0") long version,
        Instant createdAt,
        Instant updatedAt) {

    /** As CSV: the columns of departures.csv. */
    public static final CsvExport.View<DepartureDto> CSV = new CsvExport.View<>(
            "departures",
            List.of(
                    "researcherSlug",
                    "fromLabSlug",
                    "toLabSlug",
                    "date",
                    "datePrecision",
                    "tenureYears",
                    "destinationType",
                    "reason",
                    "confidence",
                    "sourceUrl"),
            d -> Arrays.asList(
                    d.researcherSlug,
                    d.fromLabSlug,
                    d.toLabSlug,
                    d.date,
                    d.datePrecision,
                    d.tenureYears,
                    d.destinationType,
                    d.reason,
                    d.confidence,
                    CsvExport.list(d.sources)));

    public static DepartureDto of(Departure d) {
        return new DepartureDto(
                d.id,
                d.researcher.slug,
                d.fromLab.slug,
                d.toLab == null ? null : d.toLab.slug,
                d.date,
                d.datePrecision,
                d.destinationType,
                d.reason,
                d.tenureYears,
                d.confidence,
                List.copyOf(d.sources),
                d.version,
                d.createdAt,
                d.updatedAt);
    }
}
