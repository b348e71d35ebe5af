package io.talentradar.lab;

import static io.talentradar.common.web.ApiExamples.LAB;
import static io.talentradar.common.web.ApiExamples.LAB_INPUT;
import static io.talentradar.common.web.ApiExamples.LAB_PAGE;

import io.quarkus.vertx.http.security.AuthorizationPolicy;
import io.talentradar.common.auth.Roles;
import io.talentradar.common.paging.CachedAnswers;
import io.talentradar.common.paging.CsvExport;
import io.talentradar.common.paging.PageParams;
import io.talentradar.common.web.ApiDefinition;
import io.talentradar.common.web.ETags;
import io.talentradar.common.web.ExternalIdFormats;
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
import jakarta.ws.rs.QueryParam;
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
@Path("/labs")
@Tag(name = "Labs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LabResource {

    private final IdempotentPost idempotent;
    private final LabService service;

    private final CachedAnswers answers;

    LabResource(LabService service, IdempotentPost idempotent, CachedAnswers answers) {
        this.answers = answers;
        this.idempotent = idempotent;
        this.service = service;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE})
    @Operation(
            operationId = "listLabs",
            summary = "List labs",
            description = "Filters combine with AND. Sort by slug, name, type, "
                    + "country, foundedYear, createdAt or updatedAt; prefix '-' for descending.")
    @APIResponse(
            responseCode = "200",
            description = "A page of labs",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = LabPage.class),
                        examples = @ExampleObject(name = "page", value = LAB_PAGE)),
                @Content(
                        mediaType = CsvExport.MEDIA_TYPE,
                        schema =
                                @Schema(
                                        type = SchemaType.STRING,
                                        description =
                                                "With Accept: text/csv: every selected row (no paging), in the columns of labs.csv"))
            })
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public Response list(
            @Parameter(description = "Case-insensitive part of the name", example = "open") @QueryParam("q") String q,
            @Parameter(description = "Lab type", example = "FRONTIER_LAB") @QueryParam("type") String type,
            @Parameter(description = "ISO 3166-1 alpha-2 country", example = "US") @QueryParam("country")
                    String country,
            @Parameter(description = "Slug of the parent lab", example = "google") @QueryParam("parent") String parent,
            @Parameter(description = "Research Organization Registry id", example = "05wx9n238") @QueryParam("ror")
                    String ror,
            @Parameter(description = "OpenAlex institution id", example = "I136199984") @QueryParam("openalex")
                    String openalex,
            @BeanParam PageParams paging,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        var filter = new LabService.Filter(
                Params.text("q", q, 200),
                Params.enumValue("type", type, LabType.class),
                Params.country("country", country),
                Params.slug("parent", parent),
                ExternalIdFormats.filter("ror", ror, ExternalIdFormats.ROR_REGEX, ExternalIdFormats.ROR_MESSAGE),
                ExternalIdFormats.filter(
                        "openalex",
                        openalex,
                        ExternalIdFormats.OPENALEX_INSTITUTION_REGEX,
                        ExternalIdFormats.OPENALEX_INSTITUTION_MESSAGE));
        return answers.page(
                headers,
                uri,
                paging.toRequest(LabService.SORTABLE, "slug"),
                page -> service.list(filter, page),
                LabDto.CSV);
    }

    @RolesAllowed(Roles.EDITOR)
    @APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @POST
    @Operation(
            operationId = "createLab",
            summary = "Create a lab",
            description = "The slug names the lab for good; a parentSlug "
                    + "must name a lab that exists. An Idempotency-Key makes retries safe.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LabRequest.class),
                            examples = @ExampleObject(name = "lab", value = LAB_INPUT)))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the new lab",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LabDto.class),
                            examples = @ExampleObject(name = "lab", value = LAB)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiDefinition.IDEMPOTENCY_KEY_REUSED)
    @APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED_MEDIA_TYPE)
    public Response create(
            LabRequest body,
            @Context UriInfo uri,
            @Parameter(description = "Makes retries safe: the same key and body answer the first result again")
                    @RestHeader(IdempotentPost.HEADER)
                    String idempotencyKey) {
        return idempotent.run(idempotencyKey, uri.getPath(), body, () -> {
            LabDto lab = service.create(body);
            return ETags.created(uri, lab.slug(), lab, lab.version());
        });
    }

    @GET
    @Path("/{slug}")
    @Operation(
            operationId = "getLab",
            summary = "Get a lab",
            description = "Sends an ETag; If-None-Match with it answers 304.")
    @APIResponse(
            responseCode = "200",
            description = "The lab",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LabDto.class),
                            examples = @ExampleObject(name = "lab", value = LAB)))
    @APIResponse(responseCode = "304", ref = ApiDefinition.NOT_MODIFIED)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response get(
            @Parameter(example = "openai") @RestPath String slug,
            @RestHeader(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        LabDto lab = service.get(slug);
        return ETags.conditionalGet(lab, lab.version(), ifNoneMatch);
    }

    @RolesAllowed(Roles.EDITOR)
    @APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @PUT
    @Path("/{slug}")
    @Operation(
            operationId = "replaceLab",
            summary = "Replace a lab",
            description = "Send If-Match with the ETag you read; a stale one gets " + "412. The slug cannot change.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LabRequest.class),
                            examples = @ExampleObject(name = "lab", value = LAB_INPUT)))
    @APIResponse(
            responseCode = "200",
            description = "The stored lab",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LabDto.class),
                            examples = @ExampleObject(name = "lab", value = LAB)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDefinition.PRECONDITION_FAILED)
    @APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED_MEDIA_TYPE)
    public Response update(
            @Parameter(example = "openai") @RestPath String slug,
            @RestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            LabRequest body) {
        LabDto lab = service.update(slug, body, ETags.expectedVersion(ifMatch));
        return Response.ok(lab).tag(ETags.of(lab.version())).build();
    }

    @RolesAllowed(Roles.EDITOR)
    @APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @DELETE
    @Path("/{slug}")
    @Operation(
            operationId = "deleteLab",
            summary = "Delete a lab",
            description = "Only a lab no history refers to: no child labs, " + "affiliations or departures (else 409).")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDefinition.PRECONDITION_FAILED)
    public Response delete(
            @Parameter(example = "openai") @RestPath String slug, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(slug, ETags.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    /** The list envelope, for the OpenAPI document. */
    @Schema(name = "LabPage")
    public record LabPage(List<LabDto> items, int page, int size, long totalItems, int totalPages) {}
}
