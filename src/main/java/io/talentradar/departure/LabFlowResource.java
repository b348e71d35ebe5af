package io.talentradar.departure;

import io.quarkus.vertx.http.security.AuthorizationPolicy;
import io.talentradar.common.auth.Roles;
import io.talentradar.common.paging.CachedAnswers;
import io.talentradar.common.paging.CsvExport;
import io.talentradar.common.paging.PageParams;
import io.talentradar.common.web.ApiDefinition;
import io.talentradar.lab.LabService;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** A lab's departures and arrivals: the departure list with the lab fixed as origin or destination. */
@AuthorizationPolicy(name = Roles.READ)
@Path("/labs/{slug}")
@Tag(name = "Labs")
@Produces(MediaType.APPLICATION_JSON)
public class LabFlowResource {

    private final DepartureService service;
    private final LabService labs;

    private final CachedAnswers answers;

    LabFlowResource(DepartureService service, LabService labs, CachedAnswers answers) {
        this.answers = answers;
        this.service = service;
        this.labs = labs;
    }

    @GET
    @Path("/departures")
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE})
    @Operation(
            operationId = "listLabDepartures",
            summary = "Departures from a lab",
            description = "The same filters as GET /departures.")
    @APIResponse(
            responseCode = "200",
            description = "A page of departures",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = DepartureResource.DeparturePage.class)),
                @Content(
                        mediaType = CsvExport.MEDIA_TYPE,
                        schema =
                                @Schema(
                                        type = SchemaType.STRING,
                                        description =
                                                "With Accept: text/csv: every selected row (no paging), in the columns of departures.csv"))
            })
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response departures(
            @Parameter(example = "openai") @RestPath String slug,
            @BeanParam DepartureParams filters,
            @BeanParam PageParams paging,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        labs.get(slug); // 404 when the lab does not exist
        var filter = filters.toFilter().withFromLab(slug);
        return answers.page(
                headers,
                uri,
                paging.toRequest(DepartureService.SORTABLE, DepartureResource.DEFAULT_SORT),
                page -> service.list(filter, page),
                DepartureDto.CSV);
    }

    @GET
    @Path("/arrivals")
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE})
    @Operation(
            operationId = "listLabArrivals",
            summary = "Arrivals at a lab",
            description = "Departures whose destination is the lab; the same " + "filters as GET /departures.")
    @APIResponse(
            responseCode = "200",
            description = "A page of departures",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = DepartureResource.DeparturePage.class)),
                @Content(
                        mediaType = CsvExport.MEDIA_TYPE,
                        schema =
                                @Schema(
                                        type = SchemaType.STRING,
                                        description =
                                                "With Accept: text/csv: every selected row (no paging), in the columns of departures.csv"))
            })
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response arrivals(
            @Parameter(example = "anthropic") @RestPath String slug,
            @BeanParam DepartureParams filters,
            @BeanParam PageParams paging,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        labs.get(slug); // 404 when the lab does not exist
        var filter = filters.toFilter().withToLab(slug);
        return answers.page(
                headers,
                uri,
                paging.toRequest(DepartureService.SORTABLE, DepartureResource.DEFAULT_SORT),
                page -> service.list(filter, page),
                DepartureDto.CSV);
    }
}
