package io.talentradar.departure;

import io.talentradar.common.web.Params;
import io.talentradar.scoring.DestinationType;
import io.talentradar.scoring.Seniority;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of every departure list, shared by /departures and a lab's departures and arrivals. */
public class DepartureParams {

    @Parameter(description = "Slug of a lab the departure is from or to", example = "openai")
    @QueryParam("lab")
    String lab;

    @Parameter(description = "Slug of the lab left", example = "openai")
    @QueryParam("fromLab")
    String fromLab;

    @Parameter(description = "Slug of the lab joined", example = "anthropic")
    @QueryParam("toLab")
    String toLab;

    @Parameter(description = "Slug of the researcher", example = "jan-leike")
    @QueryParam("researcher")
    String researcher;

    @Parameter(
            description = "Earliest date, inclusive",
            example = "2024-01-01",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("since")
    String since;

    @Parameter(
            description = "Latest date, inclusive",
            example = "2024-12-31",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("until")
    String until;

    @Parameter(description = "Destination type", example = "COMPETITOR")
    @QueryParam("destinationType")
    String destinationType;

    @Parameter(description = "An expertise area of the researcher", example = "alignment")
    @QueryParam("expertise")
    String expertise;

    @Parameter(description = "Lowest seniority (IC < LEAD < EXECUTIVE < FOUNDER)", example = "LEAD")
    @QueryParam("minSeniority")
    String minSeniority;

    DepartureService.Filter toFilter() {
        return new DepartureService.Filter(
                Params.slug("lab", lab),
                Params.slug("fromLab", fromLab),
                Params.slug("toLab", toLab),
                Params.slug("researcher", researcher),
                Params.date("since", since),
                Params.date("until", until),
                Params.enumValue("destinationType", destinationType, DestinationType.class),
                Params.area("expertise", expertise),
                Params.enumValue("minSeniority", minSeniority, Seniority.class));
    }
}
