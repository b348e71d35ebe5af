package io.talentradar.researcher;

import static io.talentradar.common.web.ApiExamples.AFFILIATION_PAGE;

import io.quarkus.vertx.http.security.AuthorizationPolicy;
import io.talentradar.common.auth.Roles;
import io.talentradar.common.paging.CachedAnswers;
import io.talentradar.common.paging.CsvExport;
import io.talentradar.common.paging.PageParams;
import io.talentradar.common.web.ApiDefinition;
import io.talentradar.common.web.Params;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every stint of every researcher, so the whole affiliation history can be read (and exported) at once. */
@AuthorizationPolicy(name = Roles.READ)
@Path("/affiliations")
@Tag(name = "Researchers")
public class AffiliationResource {

    private final ResearcherService service;

    private final CachedAnswers answers;

    AffiliationResource(ResearcherService service, CachedAnswers answers) {
        this.answers = answers;
        this.service = service;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE})
    @Operation(
            operationId = "listAffiliations",
            summary = "List all stints",
            description = "The stints of every researcher. Sort by start, end, "
                    + "labSlug or researcherSlug. With Accept: text/csv, every selected stint in the columns of "
                    + "affiliations.csv.")
    @APIResponse(
            responseCode = "200",
            description = "A page of stints",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ResearcherResource.AffiliationPage.class),
                        examples = @ExampleObject(name = "page", value = AFFILIATION_PAGE)),
                @Content(
                        mediaType = CsvExport.MEDIA_TYPE,
                        schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                        examples =
                                @ExampleObject(
                                        name = "csv",
                                        value =
                                                "researcherSlug,labSlug,start,end,sourceUrl\r\n"
                                                        + "jan-leike,openai,2021-01-01,2024-05-01,https://example.com/report\r\n"))
            })
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public Response list(
            @Parameter(description = "Slug of the researcher", example = "jan-leike") @QueryParam("researcher")
                    String researcher,
            @Parameter(description = "Slug of the lab", example = "openai") @QueryParam("lab") String lab,
            @BeanParam PageParams paging,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        String r = Params.slug("researcher", researcher);
        String l = Params.slug("lab", lab);
        return answers.page(
                headers,
                uri,
                paging.toRequest(ResearcherService.ALL_AFFILIATIONS_SORTABLE, "researcherSlug,start"),
                page -> service.allAffiliations(r, l, page),
                AffiliationDto.CSV);
    }
}
