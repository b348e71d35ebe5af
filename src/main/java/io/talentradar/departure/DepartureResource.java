package io.talentradar.departure;

import static io.talentradar.common.web.ApiExamples.DEPARTURE;
import static io.talentradar.common.web.ApiExamples.DEPARTURE_INPUT;
import static io.talentradar.common.web.ApiExamples.DEPARTURE_PAGE;

import io.quarkus.vertx.http.security.AuthorizationPolicy;
import io.talentradar.common.auth.Roles;
import io.talentradar.common.paging.CachedAnswers;
import io.talentradar.common.paging.CsvExport;
import io.talentradar.common.paging.PageParams;
import io.talentradar.common.web.ApiDefinition;
import io.talentradar.common.web.ETags;
import io.talentradar.common.web.IdempotentPost;
import io.talentradar.common.web.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

@AuthorizationPolicy(name = Roles.READ)
@Path("/departures")
@Tag(name = "Departures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DepartureResource {

    private final IdempotentPost idempotent;
    static final String DEFAULT_SORT = "-date";

    private final DepartureService service;

    private final CachedAnswers answers;

    DepartureResource(DepartureService service, IdempotentPost idempotent, CachedAnswers answers) {
        this.answers = answers;
        this.idempotent = idempotent;
        this.service = service;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE})
    @Operation(
            operationId = "listDepartures",
            summary = "List departures",
            description = "Filters combine with AND; newest first by default. "
                    + "Sort by date, id, tenureYears, createdAt or updatedAt; prefix '-' for descending.")
    @APIResponse(
            responseCode = "200",
            description = "A page of departures",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = DeparturePage.class),
                        examples = @ExampleObject(name = "page", value = DEPARTURE_PAGE)),
                @Content(
                        mediaType = CsvExport.MEDIA_TYPE,
                        schema =
                                @Schema(
                                        type = SchemaType.STRING,
                                        description =
                                                "With Accept: text/csv: every selected row (no paging), in the columns of departures.csv"))
            })
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public Response list(
            @BeanParam DepartureParams filters,
            @BeanParam PageParams paging,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        var filter = filters.toFilter();
        return answers.page(
                headers,
                uri,
                paging.toRequest(DepartureService.SORTABLE, DEFAULT_SORT),
                page -> service.list(filter, page),
                DepartureDto.CSV);
    }

    @RolesAllowed(Roles.EDITOR)
    @APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @POST
    @Operation(
            operationId = "recordDeparture",
            summary = "Record a departure",
            description = "Ends the researcher's stint at fromLabSlug on the "
                    + "date and opens one at toLabSlug when known. The researcher must be affiliated with fromLabSlug on "
                    + "the date (else 409); the date may not be in the future.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DepartureRequest.class),
                            examples = @ExampleObject(name = "departure", value = DEPARTURE_INPUT)))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the new departure",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DepartureDto.class),
                            examples = @ExampleObject(name = "departure", value = DEPARTURE)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiDefinition.IDEMPOTENCY_KEY_REUSED)
    @APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED_MEDIA_TYPE)
    public Response create(
            DepartureRequest body,
            @Context UriInfo uri,
            @Parameter(description = "Makes retries safe: the same key and body answer the first result again")
                    @RestHeader(IdempotentPost.HEADER)
                    String idempotencyKey) {
        return idempotent.run(idempotencyKey, uri.getPath(), body, () -> {
            DepartureDto departure = service.create(body);
            return ETags.created(uri, Long.toString(departure.id()), departure, departure.version());
        });
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getDeparture",
            summary = "Get a departure",
            description = "Sends an ETag; If-None-Match with it answers 304.")
    @APIResponse(
            responseCode = "200",
            description = "The departure",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DepartureDto.class),
                            examples = @ExampleObject(name = "departure", value = DEPARTURE)))
    @APIResponse(responseCode = "304", ref = ApiDefinition.NOT_MODIFIED)
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response get(
            @Parameter(example = "42") @RestPath String id, @RestHeader(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        DepartureDto departure = service.get(Params.id("id", id));
        return ETags.conditionalGet(departure, departure.version(), ifNoneMatch);
    }

    @RolesAllowed(Roles.EDITOR)
    @APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @PUT
    @Path("/{id}")
    @Operation(
            operationId = "replaceDeparture",
            summary = "Replace a departure",
            description = "Changing the labs or the date re-derives the stints "
                    + "the departure made. Send If-Match with the ETag you read; a stale one gets 412.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DepartureRequest.class),
                            examples = @ExampleObject(name = "departure", value = DEPARTURE_INPUT)))
    @APIResponse(
            responseCode = "200",
            description = "The stored departure",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DepartureDto.class),
                            examples = @ExampleObject(name = "departure", value = DEPARTURE)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDefinition.PRECONDITION_FAILED)
    @APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED_MEDIA_TYPE)
    public Response update(
            @Parameter(example = "42") @RestPath String id,
            @RestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            DepartureRequest body) {
        DepartureDto departure = service.update(Params.id("id", id), body, ETags.expectedVersion(ifMatch));
        return Response.ok(departure).tag(ETags.of(departure.version())).build();
    }

    @RolesAllowed(Roles.EDITOR)
    @APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "deleteDeparture",
            summary = "Delete a departure",
            description = "Restores the stints as they were before it; 409 "
                    + "when a later departure depends on the stint it opened.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDefinition.PRECONDITION_FAILED)
    public Response delete(
            @Parameter(example = "42") @RestPath String id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(Params.id("id", id), ETags.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    @Schema(name = "DeparturePage")
    public record DeparturePage(List<DepartureDto> items, int page, int size, long totalItems, int totalPages) {}
}
