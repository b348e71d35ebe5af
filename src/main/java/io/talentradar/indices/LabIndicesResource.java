package io.talentradar.indices;

import io.quarkus.vertx.http.security.AuthorizationPolicy;
import io.talentradar.common.auth.Roles;
import io.talentradar.common.web.ApiDefinition;
import io.talentradar.indices.IndexResponses.History;
import io.talentradar.indices.IndexResponses.LabIndicesResponse;
import io.talentradar.scoring.IndexQuery;
import io.talentradar.scoring.ScoringModel;
import io.talentradar.scoring.Snapshot;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** One lab's indices, now and as a monthly history. */
@AuthorizationPolicy(name = Roles.READ)
@Path("/labs/{slug}/indices")
@Tag(name = "Indices")
@Produces(MediaType.APPLICATION_JSON)
public class LabIndicesResource {

    private final ScoringService service;
    private final ScoringModel model;

    LabIndicesResource(ScoringService service, ScoringModel model) {
        this.service = service;
        this.model = model;
    }

    @GET
    @Operation(
            operationId = "getLabIndices",
            summary = "A lab's indices",
            description = "Mass, share, TCI, KPD, loss, SLI, gain, SGI, net flow, "
                    + "flow balance and head-count figures as of a date; explain=true lists every contribution.")
    @APIResponse(
            responseCode = "200",
            description = "The lab's figures",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LabIndicesResponse.class),
                            examples = @ExampleObject(name = "indices", value = IndexExamples.LAB_INDICES)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public LabIndicesResponse labIndices(
            @Parameter(example = "openai") @RestPath String slug, @BeanParam IndexParams params) {
        Snapshot snapshot = service.snapshot();
        IndexQuery query = params.toQuery(model, snapshot);
        return LabIndicesResponse.of(service.lab(snapshot, slug, query), query);
    }

    @GET
    @Path("history")
    @Operation(
            operationId = "getLabIndexHistory",
            summary = "A lab's monthly index history",
            description = "Points one month apart from 'from' to "
                    + "'to' (default: the 12 months up to today), at most 240.")
    @APIResponse(
            responseCode = "200",
            description = "The points",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = History.class),
                            examples = @ExampleObject(name = "history", value = IndexExamples.HISTORY)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public History history(
            @Parameter(example = "openai") @RestPath String slug,
            @BeanParam HistoryParams range,
            @BeanParam IndexParams params) {
        HistoryParams.Range points = range.range(params);
        Snapshot snapshot = service.snapshot();
        return service.history(snapshot, slug, params.toQuery(model, snapshot), points.start(), points.end());
    }
}
