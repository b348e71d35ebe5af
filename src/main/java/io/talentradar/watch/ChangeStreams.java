package io.talentradar.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.talentradar.common.feed.ChangeFeed;
import io.talentradar.common.feed.ChangeItem;
import io.talentradar.common.persistence.Background;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The open event streams. The feed in the database is the source (not an in-memory bus), so a write through
 * any instance reaches every stream: one poller reads the committed head of the feed every interval and
 * sends each stream what it has not seen, in seq order; a stream that lags is served page by page.
 */
@Singleton
public class ChangeStreams {

    private static final Logger LOG = Logger.getLogger(ChangeStreams.class);
    private static final int PAGE = 500;

    private final ChangeFeed feed;
    private final ObjectMapper json;
    private final long heartbeatMillis;
    private final Set<Stream> open = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService poller =
            Executors.newSingleThreadScheduledExecutor(Background.daemon("change-streams"));

    private static final class Stream {
        final SseEventSink sink;
        final Sse sse;
        final Set<String> types;
        volatile long position;
        volatile long lastSent = System.currentTimeMillis();

        Stream(SseEventSink sink, Sse sse, long position, Set<String> types) {
            this.sink = sink;
            this.sse = sse;
            this.position = position;
            this.types = types;
        }
    }

    ChangeStreams(
            ChangeFeed feed,
            ObjectMapper json,
            @ConfigProperty(name = "talentradar.changes.stream-poll", defaultValue = "PT0.25S") Duration poll,
            @ConfigProperty(name = "talentradar.changes.heartbeat", defaultValue = "PT15S") Duration heartbeat) {
        this.feed = feed;
        this.json = json;
        this.heartbeatMillis = heartbeat.toMillis();
        poller.scheduleWithFixedDelay(this::pollSafely, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    void open(SseEventSink sink, Sse sse, long position, Set<String> types) {
        // a comment first: the client sees the stream open before the first entry
        sink.send(sse.newEventBuilder()
                .comment("following the changes feed after seq " + position)
                .build());
        open.add(new Stream(sink, sse, position, types));
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.warnf(e, "Change stream poll failed; retrying");
        }
    }

    private void poll() {
        if (open.isEmpty()) {
            return;
        }
        long head = feed.latest();
        long now = System.currentTimeMillis();
        for (Stream stream : open) {
            if (stream.sink.isClosed()) {
                open.remove(stream);
                continue;
            }
            while (stream.position < head) {
                List<ChangeItem> items =
                        feed.read(stream.position, PAGE, stream.types).items();
                for (ChangeItem item : items) {
                    send(stream, item);
                }
                stream.position =
                        items.isEmpty() ? head : items.get(items.size() - 1).seq();
                stream.lastSent = now;
            }
            if (now - stream.lastSent >= heartbeatMillis) {
                stream.sink.send(
                        stream.sse.newEventBuilder().comment("heartbeat").build());
                stream.lastSent = now;
            }
        }
    }

    private void send(Stream stream, ChangeItem item) {
        try {
            stream.sink.send(stream.sse
                    .newEventBuilder()
                    .id(Long.toString(item.seq()))
                    .name(item.event())
                    .mediaType(MediaType.APPLICATION_JSON_TYPE)
                    .data(json.writeValueAsString(item))
                    .build());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        Background.stop(poller);
        open.forEach(s -> s.sink.close());
    }
}
