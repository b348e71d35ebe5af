package io.talentradar.common.audit;

import io.talentradar.common.auth.Roles;
import io.talentradar.common.paging.PageParams;
import io.talentradar.common.paging.PageRequest;
import io.talentradar.common.paging.Paged;
import io.talentradar.common.web.ApiDefinition;
import io.talentradar.common.web.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/audit")
@Tag(name = "Administration")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    public static final Map<String, String> SORTABLE = Map.of("occurredAt", "occurredAt", "id", "id");

    @Schema(name = "AuditEvent")
    public record Event(
            long id,
            Instant occurredAt,
            String actor,

            @Schema(
                    description = "The API key itself (key-{id}, bootstrap); null for the system",
                    type = SchemaType.STRING,
                    nullable = true,
                    examples = "key-17")
            String actorKey,

            String action,
            String resourceType,
            String resourceId,

            @Schema(description = "JSON with the representation before and after")
            String changes) {

        static Event of(AuditEvent e) {
            return new Event(
                    e.id, e.occurredAt, e.actor, e.actorKey, e.action, e.resourceType, e.resourceId, e.changes);
        }
    }

    private final AuditLog log;

    AuditResource(AuditLog log) {
        this.log = log;
    }

    @GET
    @Operation(
            operationId = "listAuditEvents",
            summary = "The audit trail",
            description = "Every write: which key, when, which resource and what " + "changed. Newest first.")
    @APIResponse(
            responseCode = "200",
            description = "A page of events",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AuditEventPage.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    public Response list(
            @Parameter(description = "lab, researcher, affiliation, departure or api-key", example = "lab")
                    @QueryParam("resourceType")
                    String resourceType,
            @Parameter(description = "A resource's slug or id", example = "openai") @QueryParam("resourceId")
                    String resourceId,
            @Parameter(description = "The key's name", example = "bootstrap-admin") @QueryParam("actor") String actor,
            @BeanParam PageParams paging,
            @Context UriInfo uri) {
        PageRequest page = paging.toRequest(SORTABLE, "-occurredAt");
        var filter = new AuditLog.Filter(
                Params.text("resourceType", resourceType, 32),
                Params.text("resourceId", resourceId, 100),
                Params.text("actor", actor, 100));
        return Paged.ok(log.list(filter, page).map(Event::of), uri);
    }

    @Schema(name = "AuditEventPage")
    public record AuditEventPage(java.util.List<Event> items, int page, int size, long totalItems, int totalPages) {}
}
