package io.talentradar.researcher;

import io.quarkus.vertx.http.security.AuthorizationPolicy;
import io.talentradar.common.security.Roles;
import io.talentradar.common.paging.PageParams;
import io.talentradar.common.paging.Paged;
import io.talentradar.common.web.ApiDefinition;
import io.talentradar.common.web.Params;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

    RosterResource(ResearcherService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "getLabRoster",
            summary = "A lab's roster", description = "The researchers affiliated with the lab on asOf "
            + "(default today, UTC).")
    @APIResponse(responseCode = "200", description = "A page of researchers", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ResearcherResource.ResearcherPage.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response roster(@Parameter(example = "openai") @RestPath String slug,
            @Parameter(description = "The date of the roster", example = "2024-01-01") @QueryParam("asOf") String asOf,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        LocalDate date = Params.date("asOf", asOf);
        return Paged.ok(service.roster(slug, date == null ? LocalDate.now(ZoneOffset.UTC) : date,
                paging.toRequest(ResearcherService.SORTABLE, "slug")), uri);
    }
}
