package io.talentradar.watch;

import io.quarkus.vertx.http.security.AuthorizationPolicy;
import io.talentradar.common.auth.Roles;
import io.talentradar.common.error.ProblemException;
import io.talentradar.common.feed.ChangeFeed;
import io.talentradar.common.feed.ChangeItem;
import io.talentradar.common.web.ApiDefinition;
import io.talentradar.common.web.Params;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;

@AuthorizationPolicy(name = Roles.READ)
@Path("/changes")
@Tag(name = "Watch")
public class ChangesResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final ChangeFeed feed;
    private final ChangeStreams streams;

    ChangesResource(ChangeFeed feed, ChangeStreams streams) {
        this.feed = feed;
        this.streams = streams;
    }

    /** A page of the feed and the position to resume after. */
    @Schema(name = "ChangePage")
    public record ChangePage(
            List<ChangeItem> items,

            @Schema(description = "Send it as 'after' to read on; equal to 'after' when nothing newer was committed")
            long next,

            @Schema(description = "The newest committed seq when this page was read: how far there is to go")
            long head) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "listChanges",
            summary = "The changes feed",
            description = "Every committed write (labs, researchers, affiliations, departures), every derived signal "
                    + "and every disabled webhook, in commit order. Follow 'next' to miss nothing, also while other "
                    + "instances write. Entries are kept for talentradar.changes.retention (default 90 days); an "
                    + "older 'after' is a 410.")
    @APIResponse(
            responseCode = "200",
            description = "Entries after 'after', oldest first",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ChangePage.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "410", ref = ApiDefinition.GONE)
    public ChangePage list(
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
                    String limit,
            @Parameter(
                            description = "Only these types, comma-separated: lab, researcher, affiliation, departure, "
                                    + "signal, webhook",
                            example = "departure,signal",
                            schema = @Schema(type = SchemaType.STRING, pattern = TYPES_PATTERN))
                    @QueryParam("types")
                    String types) {
        long position = position("after", after);
        ChangeFeed.Page page = feed.read(position, count(limit), types(types));
        List<ChangeItem> items = page.items();
        return new ChangePage(
                items, items.isEmpty() ? position : items.get(items.size() - 1).seq(), page.head());
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(
            operationId = "streamChanges",
            summary = "The changes feed as a live stream",
            description = "Server-sent events: each entry as an event with id = seq, event = type.action (such as "
                    + "departure.created) and the entry as JSON data; a comment every 15 s keeps the connection "
                    + "open. Reconnecting with Last-Event-ID (or ?after=) resumes with nothing missed. A write "
                    + "through any instance reaches every stream within about a second.")
    @APIResponse(
            responseCode = "200",
            description = "The event stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "410", ref = ApiDefinition.GONE)
    public void stream(
            @Parameter(
                            description = "Resume after this seq (default: from now)",
                            example = "0",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
                    @QueryParam("after")
                    String after,
            @Parameter(
                            description = "Only these types, comma-separated",
                            example = "departure",
                            schema = @Schema(type = SchemaType.STRING, pattern = TYPES_PATTERN))
                    @QueryParam("types")
                    String types,
            @Parameter(description = "The id of the last event received; wins over 'after'")
                    @RestHeader("Last-Event-ID")
                    String lastEventId,
            @Context SseEventSink sink,
            @Context Sse sse) {
        Set<String> only = types(types);
        long position;
        if (lastEventId != null && !lastEventId.isBlank()) {
            position = position("Last-Event-ID", lastEventId);
        } else if (after != null && !after.isBlank()) {
            position = position("after", after);
        } else {
            position = feed.latest();
        }
        feed.read(position, 1, only); // a position older than the feed keeps is a 410 before the stream opens
        streams.open(sink, sse, position, only);
    }

    static final String TYPES_PATTERN = "^(lab|researcher|affiliation|departure|signal|webhook)"
            + "(,(lab|researcher|affiliation|departure|signal|webhook))*$";

    /** A feed position: the last seq a reader has (0: from the start). */
    static long position(String name, String raw) {
        return Params.integer(name, raw, 0, 0, Long.MAX_VALUE);
    }

    static int count(String raw) {
        return (int) Params.integer("limit", raw, DEFAULT_LIMIT, 1, MAX_LIMIT);
    }

    static Set<String> types(String raw) {
        if (raw == null || raw.isBlank()) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>(Arrays.asList(raw.split(",", -1)));
        if (!ChangeFeed.TYPES.containsAll(out)) {
            throw ProblemException.invalid(
                    "types",
                    "must be comma-separated types from " + String.join(", ", new TreeSet<>(ChangeFeed.TYPES)));
        }
        return out;
    }
}
