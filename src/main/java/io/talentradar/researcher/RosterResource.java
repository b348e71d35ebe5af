package io.talentradar.researcher;

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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@AuthorizationPolicy(name = Roles.READ)
@Path("/labs/{slug}/researchers")
@Tag(name = "Labs")
@Produces(MediaType.APPLICATION_JSON)
public class RosterResource {

    private final ResearcherService service;

    private final CachedAnswers answers;

    RosterResource(ResearcherService service, CachedAnswers answers) {
        this.answers = answers;
        this.service = service;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE})
    @Operation(
            operationId = "getLabRoster",
            summary = "A lab's roster",
            description = "The researchers whose PRIMARY stint at the lab covers asOf (default today, UTC);"
                    + " with includeSecondary=true also those holding a SECONDARY role there (adjunct, advisor,"
                    + " visiting), marked by stintKind. A researcher with both is listed once, as PRIMARY.")
    @APIResponse(
            responseCode = "200",
            description = "A page of researchers",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RosterPage.class)),
                @Content(
                        mediaType = CsvExport.MEDIA_TYPE,
                        schema =
                                @Schema(
                                        type = SchemaType.STRING,
                                        description =
                                                "With Accept: text/csv: every selected row (no paging), in the columns of researchers.csv, then stintKind and role"))
            })
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response roster(
            @Parameter(example = "openai") @RestPath String slug,
            @Parameter(description = "The date of the roster", example = "2024-01-01") @QueryParam("asOf") String asOf,
            @Parameter(description = "Also list SECONDARY roles (adjunct, advisor, visiting); default false")
                    @QueryParam("includeSecondary")
                    String includeSecondary,
            @BeanParam PageParams paging,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        LocalDate date = Params.date("asOf", asOf);
        LocalDate day = date == null ? LocalDate.now(ZoneOffset.UTC) : date;
        boolean secondary = Params.bool("includeSecondary", includeSecondary);
        return answers.page(
                headers,
                uri,
                paging.toRequest(ResearcherService.SORTABLE, "slug"),
                page -> service.roster(slug, day, secondary, page),
                RosterMember.CSV);
    }

    @Schema(name = "RosterPage")
    public record RosterPage(List<RosterMember> items, int page, int size, long totalItems, int totalPages) {}
}
