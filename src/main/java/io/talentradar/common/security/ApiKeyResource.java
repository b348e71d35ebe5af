package io.talentradar.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.talentradar.common.auth.Roles;
import io.talentradar.common.paging.PageParams;
import io.talentradar.common.paging.Paged;
import io.talentradar.common.web.ApiDefinition;
import io.talentradar.common.web.Params;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api-keys")
@Tag(name = "Administration")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApiKeyResource {

    private final ApiKeyService service;
    private final SecurityIdentity identity;

    ApiKeyResource(ApiKeyService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @Operation(
            operationId = "createApiKey",
            summary = "Create an API key",
            description = "The answer holds the key itself, shown only once; " + "only its hash is stored.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ApiKeyDtos.Created.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    public Response create(ApiKeyDtos.Request body, @Context UriInfo uri) {
        ApiKeyDtos.Created created =
                service.create(body, identity.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Operation(
            operationId = "listApiKeys",
            summary = "List API keys",
            description = "Names, roles and prefixes; never the keys.")
    @APIResponse(
            responseCode = "200",
            description = "A page of keys",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ApiKeyPage.class)))
    @APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    public Response list(@BeanParam PageParams paging, @Context UriInfo uri) {
        return Paged.ok(service.list(paging.toRequest(ApiKeyService.SORTABLE, "createdAt")), uri);
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "revokeApiKey",
            summary = "Revoke an API key",
            description = "Takes effect at once on every instance.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response revoke(@RestPath String id) {
        service.revoke(Params.id("id", id));
        return Response.noContent().build();
    }

    @Schema(name = "ApiKeyPage")
    public record ApiKeyPage(
            java.util.List<ApiKeyDtos.Key> items, int page, int size, long totalItems, int totalPages) {}
}
