package io.talentradar.watch;

import io.talentradar.common.auth.Roles;
import io.talentradar.common.paging.PageParams;
import io.talentradar.common.paging.Paged;
import io.talentradar.common.web.ApiDefinition;
import io.talentradar.common.web.Params;
import io.talentradar.watch.WebhookDtos.WebhookCreated;
import io.talentradar.watch.WebhookDtos.WebhookDto;
import io.talentradar.watch.WebhookDtos.WebhookRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@Path("/webhooks")
@Tag(name = "Watch")
@RolesAllowed(Roles.EDITOR)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
public class WebhookResource {

    private final WebhookService service;

    WebhookResource(WebhookService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "Your webhooks")
    @APIResponse(
            responseCode = "200",
            description = "A page of webhooks",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookDtos.WebhookPage.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public Response list(@BeanParam PageParams paging, @Context UriInfo uri) {
        return Paged.ok(service.list(paging.toRequest(WebhookService.SORTABLE, "id")), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createWebhook",
            summary = "Register a webhook",
            description = "Every change the watchlist matches is POSTed to the URL as JSON (the feed entry plus "
                    + "watchlistId), signed as the Standard Webhooks specification says: webhook-id (the same for "
                    + "every attempt of one event), webhook-timestamp and webhook-signature (v1, base64 of "
                    + "HMAC-SHA256 over '{id}.{timestamp}.{body}' with the secret's decoded bytes). At least once, "
                    + "in seq order per endpoint; a non-2xx answer or none within 10 s is retried after about 5 s, "
                    + "5 min, 30 min, 2 h, 5 h, 10 h, 10 h. The secret is shown only in this answer.")
    @APIResponse(
            responseCode = "201",
            description = "Registered; the answer holds the signing secret",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookCreated.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED_MEDIA_TYPE)
    public Response create(WebhookRequest body, @Context UriInfo uri) {
        WebhookCreated created = service.create(body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "Get a webhook", description = "Without its secret.")
    @APIResponse(
            responseCode = "200",
            description = "The webhook",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookDto.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public WebhookDto get(@Parameter(example = "1") @RestPath String id) {
        return service.get(Params.id("id", id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "deleteWebhook",
            summary = "Delete a webhook",
            description = "Pending deliveries go with it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response delete(@Parameter(example = "1") @RestPath String id) {
        service.delete(Params.id("id", id));
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/rotate-secret")
    @Operation(
            operationId = "rotateWebhookSecret",
            summary = "Replace a webhook's signing secret",
            description = "Deliveries from now on are signed with the new secret, shown only in this answer.")
    @APIResponse(
            responseCode = "200",
            description = "The webhook with its new secret",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookCreated.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public WebhookCreated rotate(@Parameter(example = "1") @RestPath String id) {
        return service.rotateSecret(Params.id("id", id));
    }

    @POST
    @Path("/{id}/ping")
    @Operation(
            operationId = "pingWebhook",
            summary = "Send a ping event",
            description = "Queued and delivered like any event (signed, retried); see its delivery.")
    @APIResponse(
            responseCode = "202",
            description = "Queued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Queued.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response ping(@Parameter(example = "1") @RestPath String id) {
        return Response.accepted(new Queued(service.ping(Params.id("id", id)))).build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(
            operationId = "listWebhookDeliveries",
            summary = "A webhook's deliveries, newest first",
            description = "Each event sent to the endpoint with its state, attempts and latest answer.")
    @APIResponse(
            responseCode = "200",
            description = "A page of deliveries",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookDtos.DeliveryPage.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response deliveries(
            @Parameter(example = "1") @RestPath String id, @BeanParam PageParams paging, @Context UriInfo uri) {
        return Paged.ok(service.deliveries(Params.id("id", id), paging.toRequest(Map.of("id", "id"), "-id")), uri);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/retry")
    @Operation(
            operationId = "retryWebhookDelivery",
            summary = "Send a delivery again now",
            description = "Also a failed one; it keeps its webhook-id, so the receiver can drop a duplicate.")
    @APIResponse(
            responseCode = "202",
            description = "Queued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Queued.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response retry(
            @Parameter(example = "1") @RestPath String id, @Parameter(example = "1") @RestPath String deliveryId) {
        long delivery = Params.id("deliveryId", deliveryId);
        service.retry(Params.id("id", id), delivery);
        return Response.accepted(new Queued(delivery)).build();
    }

    @Schema(name = "Queued")
    public record Queued(
            @Schema(description = "The delivery") long deliveryId) {}
}
