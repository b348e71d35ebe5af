package io.talentradar.lab;

import static io.talentradar.common.web.ApiExamples.CONFLICT;
import static io.talentradar.common.web.ApiExamples.INVALID;
import static io.talentradar.common.web.ApiExamples.LAB;
import static io.talentradar.common.web.ApiExamples.LAB_INPUT;
import static io.talentradar.common.web.ApiExamples.LAB_PAGE;
import static io.talentradar.common.web.ApiExamples.NOT_FOUND;
import static io.talentradar.common.web.ApiExamples.PRECONDITION_FAILED;

import io.talentradar.common.error.Problem;
import io.talentradar.common.paging.PageRequest;
import io.talentradar.common.paging.Paged;
import io.talentradar.common.web.ETags;
import io.talentradar.common.web.Params;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/labs")
@Tag(name = "Labs", description = "Organizations that employ AI researchers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LabResource {

    private final LabService service;

    LabResource(LabService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List labs", description = "Filters combine with AND. Sort by slug, name, type, "
            + "country, foundedYear, createdAt or updatedAt; prefix '-' for descending.")
    @APIResponse(responseCode = "200", description = "A page of labs",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LabPage.class),
                    examples = @ExampleObject(name = "page", value = LAB_PAGE)))
    @APIResponse(responseCode = "400", description = "Invalid query parameter", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "invalid", value = INVALID)))
    public Response list(
            @Parameter(description = "Case-insensitive part of the name", example = "open") @QueryParam("q") String q,
            @Parameter(schema = @Schema(implementation = LabType.class)) @QueryParam("type") String type,
            @Parameter(description = "ISO 3166-1 alpha-2 country", example = "US") @QueryParam("country") String country,
            @Parameter(description = "Slug of the parent lab", example = "google") @QueryParam("parent") String parent,
            @Parameter(description = "0-based page", schema = @Schema(type = SchemaType.INTEGER, minimum = "0",
                    defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "200", defaultValue = "20")) @QueryParam("size") String size,
            @Parameter(description = "Sort fields, comma-separated, '-' for descending", example = "-foundedYear,name")
            @QueryParam("sort") String sort,
            @Context UriInfo uri) {
        var filter = new LabService.Filter(Params.text("q", q, 200), Params.enumValue("type", type, LabType.class),
                Params.text("country", country, 2), Params.slug("parent", parent));
        var request = PageRequest.of(page, size, sort, LabService.SORTABLE, "slug");
        return Paged.ok(service.list(filter, request), uri);
    }

    @POST
    @Operation(summary = "Create a lab")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LabRequest.class), examples = @ExampleObject(name = "lab", value = LAB_INPUT)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new lab", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LabDto.class),
            examples = @ExampleObject(name = "lab", value = LAB)))
    @APIResponse(responseCode = "400", description = "Invalid body", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "invalid", value = INVALID)))
    @APIResponse(responseCode = "409", description = "The slug is taken, or the parent would make a cycle",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "duplicate", value = CONFLICT)))
    @APIResponse(responseCode = "415", description = "Not JSON", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response create(LabRequest body, @Context UriInfo uri) {
        LabDto lab = service.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(lab.slug()).build()).entity(lab)
                .tag(ETags.of(lab.version())).build();
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "Get a lab", description = "Sends an ETag; If-None-Match with it answers 304.")
    @APIResponse(responseCode = "200", description = "The lab", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LabDto.class),
            examples = @ExampleObject(name = "lab", value = LAB)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such lab", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "notFound", value = NOT_FOUND)))
    public Response get(@Parameter(example = "openai") @PathParam("slug") String slug,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        LabDto lab = service.get(slug);
        return ETags.conditionalGet(lab, lab.version(), ifNoneMatch);
    }

    @PUT
    @Path("/{slug}")
    @Operation(summary = "Replace a lab", description = "Send If-Match with the ETag you read; a stale one gets 412. "
            + "The slug cannot change.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LabRequest.class), examples = @ExampleObject(name = "lab", value = LAB_INPUT)))
    @APIResponse(responseCode = "200", description = "The stored lab", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LabDto.class),
            examples = @ExampleObject(name = "lab", value = LAB)))
    @APIResponse(responseCode = "400", description = "Invalid body", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "invalid", value = INVALID)))
    @APIResponse(responseCode = "404", description = "No such lab", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "notFound", value = NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The parent would make a cycle", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is stale", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "stale", value = PRECONDITION_FAILED)))
    @APIResponse(responseCode = "415", description = "Not JSON", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response update(@Parameter(example = "openai") @PathParam("slug") String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, LabRequest body) {
        LabDto lab = service.update(slug, body, ETags.expectedVersion(ifMatch));
        return Response.ok(lab).tag(ETags.of(lab.version())).build();
    }

    @DELETE
    @Path("/{slug}")
    @Operation(summary = "Delete a lab", description = "Only a lab no history refers to: no child labs, "
            + "affiliations or departures.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such lab", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "notFound", value = NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "History refers to the lab", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is stale", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "stale", value = PRECONDITION_FAILED)))
    public Response delete(@Parameter(example = "openai") @PathParam("slug") String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(slug, ETags.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    /** The list envelope, for the OpenAPI document. */
    @Schema(name = "LabPage")
    public record LabPage(java.util.List<LabDto> items, int page, int size, long totalItems, int totalPages) {
    }
}
