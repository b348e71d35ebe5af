package io.talentradar.watch;

import io.talentradar.common.auth.Roles;
import io.talentradar.common.feed.ChangeFeed;
import io.talentradar.common.feed.ChangeItem;
import io.talentradar.common.paging.PageParams;
import io.talentradar.common.paging.Paged;
import io.talentradar.common.web.ApiDefinition;
import io.talentradar.common.web.ETags;
import io.talentradar.common.web.Params;
import io.talentradar.watch.WatchlistDtos.WatchlistDto;
import io.talentradar.watch.WatchlistDtos.WatchlistRequest;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

@Path("/watchlists")
@Tag(name = "Watch")
@RolesAllowed(Roles.EDITOR)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
public class WatchlistResource {

    /** A scan of the feed stops after this many entries per page of matches, so one call stays short. */
    private static final int SCAN_FACTOR = 20;

    private final WatchlistService service;
    private final ChangeFeed feed;
    private final WatchLookup lookup;

    WatchlistResource(WatchlistService service, ChangeFeed feed, WatchLookup lookup) {
        this.service = service;
        this.feed = feed;
        this.lookup = lookup;
    }

    @GET
    @Operation(
            operationId = "listWatchlists",
            summary = "Your watchlists",
            description = "The watchlists of the calling key (an admin sees every key's).")
    @APIResponse(
            responseCode = "200",
            description = "A page of watchlists",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WatchlistPage.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public Response list(@BeanParam PageParams paging, @Context UriInfo uri) {
        return Paged.ok(service.list(paging.toRequest(WatchlistService.SORTABLE, "id")), uri);
    }

    @POST
    @Operation(
            operationId = "createWatchlist",
            summary = "Create a watchlist",
            description = "Labs, researchers and expertise areas to watch, the lowest seniority, the events to be "
                    + "told about, and index thresholds. It feeds /watchlists/{id}/changes and webhooks.")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WatchlistDto.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED_MEDIA_TYPE)
    public Response create(WatchlistRequest body, @Context UriInfo uri) {
        WatchlistDto created = service.create(body);
        return ETags.created(uri, Long.toString(created.id()), created, created.version());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWatchlist", summary = "Get a watchlist")
    @APIResponse(
            responseCode = "200",
            description = "The watchlist",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WatchlistDto.class)))
    @APIResponse(responseCode = "304", ref = ApiDefinition.NOT_MODIFIED)
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response get(
            @Parameter(example = "1") @RestPath String id, @RestHeader(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        WatchlistDto w = service.get(Params.id("id", id));
        return ETags.conditionalGet(w, w.version(), ifNoneMatch);
    }

    @PUT
    @Path("/{id}")
    @Operation(
            operationId = "replaceWatchlist",
            summary = "Replace a watchlist",
            description = "Send If-Match with the ETag you read; a stale one gets 412.")
    @APIResponse(
            responseCode = "200",
            description = "The stored watchlist",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WatchlistDto.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDefinition.PRECONDITION_FAILED)
    @APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED_MEDIA_TYPE)
    public Response update(
            @Parameter(example = "1") @RestPath String id,
            @RestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            WatchlistRequest body) {
        WatchlistDto w = service.update(Params.id("id", id), body, ETags.expectedVersion(ifMatch));
        return Response.ok(w).tag(ETags.of(w.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "deleteWatchlist",
            summary = "Delete a watchlist",
            description = "Only one no webhook uses (else 409).")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDefinition.PRECONDITION_FAILED)
    public Response delete(
            @Parameter(example = "1") @RestPath String id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(Params.id("id", id), ETags.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/changes")
    @Operation(
            operationId = "listWatchlistChanges",
            summary = "The changes feed, filtered by a watchlist",
            description = "The feed entries the watchlist matches, in commit order. 'next' may move past entries "
                    + "that did not match: follow it to miss nothing.")
    @APIResponse(
            responseCode = "200",
            description = "Matching entries after 'after'",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ChangesResource.ChangePage.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "410", ref = ApiDefinition.GONE)
    public ChangesResource.ChangePage changes(
            @Parameter(example = "1") @RestPath String id,
            @Parameter(
                            description = "The last seq you have (0: from the start)",
                            example = "0",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
                    @QueryParam("after")
                    String after,
            @Parameter(
                            description = "At most this many entries, 1 to 1000 (default 100)",
                            example = "100",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000"))
                    @QueryParam("limit")
                    String limit) {
        WatchlistDto watchlist = service.get(Params.id("id", id));
        long position = ChangesResource.position("after", after);
        int wanted = ChangesResource.count(limit);
        List<ChangeItem> matched = new ArrayList<>();
        long scannedTo = position;
        int budget = wanted * SCAN_FACTOR;
        var cache = lookup.cached();
        long head = 0;
        while (matched.size() < wanted && budget > 0) {
            ChangeFeed.Page read = feed.read(scannedTo, Math.min(1000, budget), Set.of());
            head = Math.max(head, read.head());
            List<ChangeItem> page = read.items();
            if (page.isEmpty()) {
                break;
            }
            budget -= page.size();
            for (ChangeItem item : page) {
                scannedTo = item.seq();
                if (WatchMatcher.matches(watchlist, item, cache)) {
                    matched.add(item);
                    if (matched.size() == wanted) {
                        break;
                    }
                }
            }
        }
        return new ChangesResource.ChangePage(matched, scannedTo, head);
    }

    @Schema(name = "WatchlistPage")
    public record WatchlistPage(List<WatchlistDto> items, int page, int size, long totalItems, int totalPages) {}
}
