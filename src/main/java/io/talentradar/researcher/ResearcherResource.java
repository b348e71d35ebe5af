package io.talentradar.researcher;

import static io.talentradar.common.web.ApiExamples.AFFILIATION;
import static io.talentradar.common.web.ApiExamples.AFFILIATION_INPUT;
import static io.talentradar.common.web.ApiExamples.AFFILIATION_PAGE;
import static io.talentradar.common.web.ApiExamples.RESEARCHER;
import static io.talentradar.common.web.ApiExamples.RESEARCHER_INPUT;
import static io.talentradar.common.web.ApiExamples.RESEARCHER_PAGE;

import io.quarkus.vertx.http.security.AuthorizationPolicy;
import io.talentradar.common.auth.Roles;
import io.talentradar.common.paging.CachedAnswers;
import io.talentradar.common.paging.CsvExport;
import io.talentradar.common.paging.PageParams;
import io.talentradar.common.paging.Paged;
import io.talentradar.common.web.ApiDefinition;
import io.talentradar.common.web.ETags;
import io.talentradar.common.web.ExternalIdFormats;
import io.talentradar.common.web.IdempotentPost;
import io.talentradar.common.web.Params;
import io.talentradar.scoring.Seniority;
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
@Path("/researchers")
@Tag(name = "Researchers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResearcherResource {

    private final IdempotentPost idempotent;
    private final ResearcherService service;
    private final ResearcherMerge merge;

    private final CachedAnswers answers;

    ResearcherResource(
            ResearcherService service, ResearcherMerge merge, IdempotentPost idempotent, CachedAnswers answers) {
        this.answers = answers;
        this.idempotent = idempotent;
        this.service = service;
        this.merge = merge;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE})
    @Operation(
            operationId = "listResearchers",
            summary = "List researchers",
            description = "Filters combine with AND. Sort by slug, name, "
                    + "seniority, createdAt or updatedAt; prefix '-' for descending.")
    @APIResponse(
            responseCode = "200",
            description = "A page of researchers",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ResearcherPage.class),
                        examples = @ExampleObject(name = "page", value = RESEARCHER_PAGE)),
                @Content(
                        mediaType = CsvExport.MEDIA_TYPE,
                        schema =
                                @Schema(
                                        type = SchemaType.STRING,
                                        description =
                                                "With Accept: text/csv: every selected row (no paging), in the columns of researchers.csv"))
            })
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public Response list(
            @Parameter(description = "Case-insensitive part of the name or of an alias", example = "leike")
                    @QueryParam("q")
                    String q,
            @Parameter(description = "Slug of the current lab", example = "anthropic") @QueryParam("lab") String lab,
            @Parameter(description = "An expertise area", example = "alignment") @QueryParam("expertise")
                    String expertise,
            @Parameter(description = "Seniority", example = "LEAD") @QueryParam("seniority") String seniority,
            @Parameter(description = "ORCID iD (its check digit is checked)", example = "0000-0002-1825-0097")
                    @QueryParam("orcid")
                    String orcid,
            @Parameter(description = "OpenAlex author id", example = "A5023888391") @QueryParam("openalex")
                    String openalex,
            @BeanParam PageParams paging,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        var filter = new ResearcherService.Filter(
                Params.text("q", q, 200),
                Params.slug("lab", lab),
                Params.area("expertise", expertise),
                Params.enumValue("seniority", seniority, Seniority.class),
                ExternalIdFormats.orcidFilter("orcid", orcid),
                ExternalIdFormats.filter(
                        "openalex",
                        openalex,
                        ExternalIdFormats.OPENALEX_AUTHOR_REGEX,
                        ExternalIdFormats.OPENALEX_AUTHOR_MESSAGE));
        return answers.page(
                headers,
                uri,
                paging.toRequest(ResearcherService.SORTABLE, "slug"),
                page -> service.list(filter, page),
                ResearcherDto.CSV);
    }

    @RolesAllowed(Roles.EDITOR)
    @APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @POST
    @Operation(
            operationId = "createResearcher",
            summary = "Create a researcher",
            description = "An optional affiliation opens a stint at a lab.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ResearcherRequest.class),
                            examples = @ExampleObject(name = "researcher", value = RESEARCHER_INPUT)))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the new researcher",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ResearcherDto.class),
                            examples = @ExampleObject(name = "researcher", value = RESEARCHER)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiDefinition.IDEMPOTENCY_KEY_REUSED)
    @APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED_MEDIA_TYPE)
    public Response create(
            ResearcherRequest body,
            @Context UriInfo uri,
            @Parameter(description = "Makes retries safe: the same key and body answer the first result again")
                    @RestHeader(IdempotentPost.HEADER)
                    String idempotencyKey) {
        return idempotent.run(idempotencyKey, uri.getPath(), body, () -> {
            ResearcherDto researcher = service.create(body);
            return ETags.created(uri, researcher.slug(), researcher, researcher.version());
        });
    }

    @GET
    @Path("/{slug}")
    @Operation(
            operationId = "getResearcher",
            summary = "Get a researcher",
            description = "Sends an ETag; If-None-Match with it answers 304.")
    @APIResponse(
            responseCode = "200",
            description = "The researcher",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ResearcherDto.class),
                            examples = @ExampleObject(name = "researcher", value = RESEARCHER)))
    @APIResponse(responseCode = "304", ref = ApiDefinition.NOT_MODIFIED)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response get(
            @Parameter(example = "jan-leike") @RestPath String slug,
            @RestHeader(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ResearcherDto researcher = service.get(slug);
        return ETags.conditionalGet(researcher, researcher.version(), ifNoneMatch);
    }

    @RolesAllowed(Roles.EDITOR)
    @APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @PUT
    @Path("/{slug}")
    @Operation(
            operationId = "replaceResearcher",
            summary = "Replace a researcher",
            description = "Send If-Match with the ETag you read; a stale "
                    + "one gets 412. The slug cannot change; stints change through affiliations and departures.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ResearcherRequest.class),
                            examples = @ExampleObject(name = "researcher", value = RESEARCHER_INPUT)))
    @APIResponse(
            responseCode = "200",
            description = "The stored researcher",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ResearcherDto.class),
                            examples = @ExampleObject(name = "researcher", value = RESEARCHER)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDefinition.PRECONDITION_FAILED)
    @APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED_MEDIA_TYPE)
    public Response update(
            @Parameter(example = "jan-leike") @RestPath String slug,
            @RestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            ResearcherRequest body) {
        ResearcherDto researcher = service.update(slug, body, ETags.expectedVersion(ifMatch));
        return Response.ok(researcher).tag(ETags.of(researcher.version())).build();
    }

    @RolesAllowed(Roles.EDITOR)
    @APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @DELETE
    @Path("/{slug}")
    @Operation(
            operationId = "deleteResearcher",
            summary = "Delete a researcher",
            description = "With the stints; a researcher with departures " + "cannot be deleted (409).")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDefinition.PRECONDITION_FAILED)
    public Response delete(
            @Parameter(example = "jan-leike") @RestPath String slug, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(slug, ETags.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    @RolesAllowed(Roles.EDITOR)
    @APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @POST
    @Path("/{slug}/merge")
    @Operation(
            operationId = "mergeResearcher",
            summary = "Merge a duplicate into another researcher",
            description = "Two records of one person become one: the stints, departures, aliases, expertise,"
                    + " notable work and the external ids the survivor lacks move to the researcher named by `into`;"
                    + " the merged slug becomes the survivor's alias and redirects to it (308) for good. The survivor"
                    + " keeps its slug, name and seniority. Overlapping stints, two different values of one external"
                    + " id or lists over their limits: 409, and nothing changes. The same stint recorded on both"
                    + " (same lab and dates, no departure of the duplicate refers to it) is kept once. One audit"
                    + " entry, one MERGED entry in the changes feed.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MergeRequest.class),
                            examples = @ExampleObject(name = "merge", value = "{\"into\": \"jan-leike\"}")))
    @APIResponse(
            responseCode = "200",
            description = "The survivor as stored after the merge",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ResearcherDto.class),
                            examples = @ExampleObject(name = "researcher", value = RESEARCHER)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    @APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED_MEDIA_TYPE)
    public Response merge(@Parameter(example = "j-leike") @RestPath String slug, MergeRequest body) {
        ResearcherDto survivor = merge.merge(slug, body);
        return Response.ok(survivor).tag(ETags.of(survivor.version())).build();
    }

    @GET
    @Path("/{slug}/affiliations")
    @Operation(
            operationId = "listResearcherAffiliations",
            summary = "List a researcher's stints",
            description = "Sorted by start (unknown first) by default.")
    @APIResponse(
            responseCode = "200",
            description = "A page of stints",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AffiliationPage.class),
                            examples = @ExampleObject(name = "page", value = AFFILIATION_PAGE)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response affiliations(
            @Parameter(example = "jan-leike") @RestPath String slug,
            @BeanParam PageParams paging,
            @Context UriInfo uri) {
        return Paged.ok(
                service.affiliations(slug, paging.toRequest(ResearcherService.AFFILIATION_SORTABLE, "start")), uri);
    }

    @RolesAllowed(Roles.EDITOR)
    @APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @POST
    @Path("/{slug}/affiliations")
    @Operation(
            operationId = "addResearcherAffiliation",
            summary = "Add a stint",
            description =
                    "A stint [start, end) at a lab; it may not overlap another " + "stint of the researcher (409).")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AffiliationRequest.class),
                            examples = @ExampleObject(name = "stint", value = AFFILIATION_INPUT)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AffiliationDto.class),
                            examples = @ExampleObject(name = "stint", value = AFFILIATION)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    @APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED_MEDIA_TYPE)
    public Response addAffiliation(
            @Parameter(example = "jan-leike") @RestPath String slug, AffiliationRequest body, @Context UriInfo uri) {
        AffiliationDto stint = service.addAffiliation(slug, body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(stint.id()))
                        .build())
                .entity(stint)
                .build();
    }

    @GET
    @Path("/{slug}/affiliations/{id}")
    @Operation(
            operationId = "getResearcherAffiliation",
            summary = "Get one stint",
            description = "One stint of the researcher, by its id.")
    @APIResponse(
            responseCode = "200",
            description = "The stint",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AffiliationDto.class),
                            examples = @ExampleObject(name = "stint", value = AFFILIATION)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public AffiliationDto affiliation(
            @Parameter(example = "jan-leike") @RestPath String slug, @Parameter(example = "7") @RestPath String id) {
        return service.affiliation(slug, Params.id("id", id));
    }

    @RolesAllowed(Roles.EDITOR)
    @APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @PUT
    @Path("/{slug}/affiliations/{id}")
    @Operation(
            operationId = "replaceResearcherAffiliation",
            summary = "Change a stint",
            description = "How a SECONDARY stint ends (give it an end), a title is given or a mistake mended. Send"
                    + " If-Match with the ETag you read (or the body's version). A stint a departure ended or opened"
                    + " keeps its lab, dates and kind (change the departure): only role and sources change here (409).")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AffiliationRequest.class),
                            examples = @ExampleObject(name = "stint", value = AFFILIATION_INPUT)))
    @APIResponse(
            responseCode = "200",
            description = "The stored stint",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AffiliationDto.class),
                            examples = @ExampleObject(name = "stint", value = AFFILIATION)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDefinition.PRECONDITION_FAILED)
    @APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED_MEDIA_TYPE)
    public Response updateAffiliation(
            @Parameter(example = "jan-leike") @RestPath String slug,
            @Parameter(example = "7") @RestPath String id,
            @RestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            AffiliationRequest body) {
        AffiliationDto stint =
                service.updateAffiliation(slug, Params.id("id", id), body, ETags.expectedVersion(ifMatch));
        return Response.ok(stint).tag(ETags.of(stint.version())).build();
    }

    @RolesAllowed(Roles.EDITOR)
    @APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @DELETE
    @Path("/{slug}/affiliations/{id}")
    @Operation(
            operationId = "deleteResearcherAffiliation",
            summary = "Delete a stint",
            description = "A stint a departure ended or opened goes with the departure (409 here).")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDefinition.PRECONDITION_FAILED)
    public Response deleteAffiliation(
            @Parameter(example = "jan-leike") @RestPath String slug,
            @Parameter(example = "7") @RestPath String id,
            @RestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deleteAffiliation(slug, Params.id("id", id), ETags.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    @Schema(name = "ResearcherPage")
    public record ResearcherPage(List<ResearcherDto> items, int page, int size, long totalItems, int totalPages) {}

    @Schema(name = "AffiliationPage")
    public record AffiliationPage(List<AffiliationDto> items, int page, int size, long totalItems, int totalPages) {}
}
