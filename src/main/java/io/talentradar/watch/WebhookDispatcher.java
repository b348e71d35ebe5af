package io.talentradar.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.talentradar.common.feed.ChangeFeed;
import io.talentradar.common.feed.ChangeItem;
import io.talentradar.common.persistence.Background;
import io.talentradar.common.persistence.Timestamps;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Delivers the feed to webhooks, at least once and in seq order per endpoint, from any number of instances.
 *
 * <p>Fan-out: one instance at a time (it holds the row of {@code dispatch_cursor}) reads the feed after the
 * cursor, derives signals (a senior exodus started or extended by a departure), and for every entry and
 * every enabled webhook whose watchlist it matches inserts a pending delivery, moving the cursor in the same
 * transaction: each entry is fanned out exactly once.
 *
 * <p>Sending: each instance claims the due head of an endpoint's queue ({@code FOR UPDATE SKIP LOCKED} on
 * PostgreSQL), leases it (its next attempt moves past the timeout) and commits, then POSTs it signed. The
 * result is recorded in a second transaction: delivered, or due again after the retry schedule with jitter.
 * A crash between the two leaves the lease, which expires: the delivery is sent again (same webhook-id), so
 * nothing acknowledged is lost. An endpoint's later events wait until its head is delivered or has failed.
 */
@Singleton
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int FAN_OUT_PAGE = 500;
    private static final int MAX_KEPT_RESPONSE = 1024;

    private final EntityManager em;
    private final ChangeFeed feed;
    private final ObjectMapper json;
    private final WatchlistService watchlists;
    private final WebhookTargets targets;
    private final Signals signals;
    private final WatchLookup watchLookup;
    private final boolean enabled;
    private final Duration poll;
    private final Duration lease;
    private final Duration timeout;
    private final Duration disableAfter;
    private final Duration thresholdInterval;
    private final List<Duration> schedule;
    private final int concurrency;
    private final boolean skipLocked;
    private final HttpClient http;
    private final AtomicInteger inFlight = new AtomicInteger();
    private ScheduledExecutorService ticker;
    private ExecutorService senders;

    WebhookDispatcher(
            EntityManager em,
            ChangeFeed feed,
            ObjectMapper json,
            WatchlistService watchlists,
            WebhookTargets targets,
            Signals signals,
            WatchLookup watchLookup,
            @ConfigProperty(name = "talentradar.webhooks.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "talentradar.webhooks.poll", defaultValue = "PT0.25S") Duration poll,
            @ConfigProperty(name = "talentradar.webhooks.lease", defaultValue = "PT60S") Duration lease,
            @ConfigProperty(name = "talentradar.webhooks.timeout", defaultValue = "PT10S") Duration timeout,
            @ConfigProperty(name = "talentradar.webhooks.disable-after", defaultValue = "P5D") Duration disableAfter,
            @ConfigProperty(name = "talentradar.watch.threshold-interval", defaultValue = "P1D")
                    Duration thresholdInterval,
            @ConfigProperty(name = "talentradar.webhooks.retry-schedule", defaultValue = "5s,5m,30m,2h,5h,10h,10h")
                    List<Duration> schedule,
            @ConfigProperty(name = "talentradar.webhooks.concurrency", defaultValue = "16") int concurrency,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.em = em;
        this.feed = feed;
        this.json = json;
        this.watchlists = watchlists;
        this.targets = targets;
        this.signals = signals;
        this.watchLookup = watchLookup;
        this.enabled = enabled;
        this.poll = poll;
        this.lease = lease;
        this.timeout = timeout;
        this.disableAfter = disableAfter;
        this.thresholdInterval = thresholdInterval;
        this.schedule = List.copyOf(schedule);
        this.concurrency = concurrency;
        this.skipLocked = dbKind.startsWith("postgres");
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
    }

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        senders = Executors.newFixedThreadPool(concurrency, Background.daemon("webhook-sender"));
        ticker = Executors.newSingleThreadScheduledExecutor(Background.daemon("webhook-dispatcher"));
        ticker.scheduleWithFixedDelay(this::tick, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (ticker != null) {
            ticker.shutdown(); // no new ticks; the one in progress ends below
            senders.shutdownNow(); // a POST in flight is dropped: its lease expires and it is sent again
            Background.stop(ticker);
        }
    }

    private volatile long nextPurge;

    private void tick() {
        try {
            if (System.currentTimeMillis() >= nextPurge) { // retention: any instance, idempotent
                nextPurge = System.currentTimeMillis() + Duration.ofHours(1).toMillis();
                int removed = feed.purge(QuarkusTransaction.requiringNew()
                        .call(() -> ((Number) em.createNativeQuery("select seq from dispatch_cursor where id = 1")
                                        .getSingleResult())
                                .longValue()));
                if (removed > 0) {
                    LOG.infof("Removed %d feed entries older than %s", removed, feed.retention());
                }
            }
            while (fanOut() == FAN_OUT_PAGE) {
                // a backlog: keep going until the cursor reaches the head
            }
            evaluateThresholdsIfDue();
            sendDue();
        } catch (RuntimeException e) {
            LOG.warnf(e, "Webhook dispatch failed; retrying");
        }
    }

    /** Claims what is due and hands it to the senders; each finished delivery asks for the next at once. */
    private void sendDue() {
        if (senders.isShutdown()) { // stopping: nothing more is claimed
            return;
        }
        for (Claim claim : claim()) {
            inFlight.incrementAndGet();
            senders.submit(() -> {
                try {
                    deliver(claim);
                } finally {
                    inFlight.decrementAndGet();
                    ticker.execute(this::sendDueSafely); // the endpoint's next event need not wait for a tick
                }
            });
        }
    }

    private void sendDueSafely() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.warnf(e, "Webhook dispatch failed; retrying");
        }
    }

    /** Fans one page of the feed out to deliveries; answers how many entries it read. */
    int fanOut() {
        return QuarkusTransaction.requiringNew().call(() -> {
            long cursor = ((Number) em.createNativeQuery("select seq from dispatch_cursor where id = 1 for update")
                            .getSingleResult())
                    .longValue();
            long purged = feed.purgedThrough();
            if (cursor < purged) { // entries removed by hand: what is gone cannot be delivered, the rest still can
                LOG.warnf(
                        "Feed entries %d to %d were removed before they were fanned out to webhooks; skipping them",
                        cursor + 1, purged);
                cursor = purged;
                em.createNativeQuery("update dispatch_cursor set seq = ?1 where id = 1")
                        .setParameter(1, cursor)
                        .executeUpdate();
            }
            List<ChangeItem> items = feed.read(cursor, FAN_OUT_PAGE, Set.of()).items();
            if (items.isEmpty()) {
                return 0;
            }
            List<Webhook> hooks = em.createQuery(
                            "select h from Webhook h join fetch h.watchlist" + " where h.disabledAt is null",
                            Webhook.class)
                    .getResultList();
            WatchMatcher.Lookup lookup = watchLookup.cached();
            Map<Long, WatchlistDtos.WatchlistDto> watching = new java.util.HashMap<>();
            hooks.forEach(h -> watching.computeIfAbsent(h.watchlist.id, id -> watchlists.dto(h.watchlist)));
            boolean dataChanged = false;
            List<ChangeItem> departures = new ArrayList<>();
            for (ChangeItem item : items) {
                if (!item.type().equals("signal") && !item.type().equals("webhook")) {
                    dataChanged = true;
                }
                for (Webhook hook : hooks) {
                    if (WatchMatcher.matches(watching.get(hook.watchlist.id), item, lookup)) {
                        WebhookService.insert(
                                em, hook.id, item.seq(), WatchMatcher.event(item), payload(item, hook.watchlist.id));
                    }
                }
                if (item.type().equals("departure") && item.after() != null) {
                    departures.add(item);
                }
            }
            signals.exodus(departures);
            if (dataChanged) {
                signals.thresholds(Instant.now());
            }
            em.createNativeQuery("update dispatch_cursor set seq = ?1 where id = 1")
                    .setParameter(1, items.get(items.size() - 1).seq())
                    .executeUpdate();
            return items.size();
        });
    }

    /** Indices move with time as well as with writes: thresholds are evaluated once an interval, by one instance. */
    private void evaluateThresholdsIfDue() {
        QuarkusTransaction.requiringNew().run(() -> {
            Object last = em.createNativeQuery("select thresholds_at from dispatch_cursor where id = 1 for update")
                    .getSingleResult();
            Instant now = Instant.now();
            Instant at = Timestamps.instant(last);
            if (at == null || !at.plus(thresholdInterval).isAfter(now)) {
                signals.thresholds(now);
                em.createNativeQuery("update dispatch_cursor set thresholds_at = ?1 where id = 1")
                        .setParameter(1, now)
                        .executeUpdate();
            }
        });
    }

    private String payload(ChangeItem item, long watchlistId) {
        ObjectNode node = json.valueToTree(item);
        node.put("watchlistId", watchlistId);
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    record Claim(long deliveryId, long webhookId, String url, String secret, String payload, int attempt) {}

    /** Leases the due head of each endpoint's queue, up to the free senders. */
    List<Claim> claim() {
        int free = concurrency - inFlight.get();
        if (free <= 0) {
            return List.of();
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now();
            List<?> ids = em.createNativeQuery("select d.id from webhook_delivery d where d.status = 'PENDING'"
                            + " and d.next_attempt_at <= ?1"
                            + " and d.webhook_id in (select h.id from webhook h where h.disabled_at is null)"
                            + " and not exists (select 1 from webhook_delivery e where e.webhook_id = d.webhook_id"
                            + " and e.status = 'PENDING' and e.id < d.id)"
                            + " order by d.next_attempt_at, d.id fetch first " + free + " rows only for update"
                            + (skipLocked ? " skip locked" : ""))
                    .setParameter(1, now)
                    .getResultList();
            if (ids.isEmpty()) {
                return List.<Claim>of();
            }
            List<Long> claimed =
                    ids.stream().map(id -> ((Number) id).longValue()).toList();
            em.createNativeQuery("update webhook_delivery set attempts = attempts + 1, next_attempt_at = ?1"
                            + " where id in (?2)")
                    .setParameter(1, now.plus(lease))
                    .setParameter(2, claimed)
                    .executeUpdate();
            List<Claim> claims = new ArrayList<>();
            for (Object row : em.createNativeQuery("select d.id, d.webhook_id, h.url, h.secret, d.payload, d.attempts"
                            + " from webhook_delivery d join webhook h on h.id = d.webhook_id where d.id in (?1)")
                    .setParameter(1, claimed)
                    .getResultList()) {
                Object[] r = (Object[]) row;
                claims.add(new Claim(
                        ((Number) r[0]).longValue(),
                        ((Number) r[1]).longValue(),
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        ((Number) r[5]).intValue()));
            }
            return claims;
        });
    }

    /** One attempt: the signed POST, then its result recorded. */
    void deliver(Claim claim) {
        long started = System.nanoTime();
        Integer status = null;
        String error = null;
        try {
            URI uri = targets.check("url", claim.url());
            long timestamp = Instant.now().getEpochSecond();
            String messageId = "msg_" + claim.deliveryId();
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "TalentRadar-Webhooks/1.0")
                    .header("webhook-id", messageId)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header(
                            "webhook-signature",
                            WebhookSigner.sign(claim.secret(), messageId, timestamp, claim.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(claim.payload(), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            status = response.statusCode();
            try (InputStream body = response.body()) {
                byte[] kept = body.readNBytes(MAX_KEPT_RESPONSE); // at most 1 KB of an answer is read
                if (status / 100 != 2) {
                    error = "HTTP " + status
                            + (kept.length == 0 ? "" : ": " + new String(kept, StandardCharsets.UTF_8));
                }
            }
        } catch (io.talentradar.common.error.ProblemException e) {
            error = "refused target: " + e.getMessage();
        } catch (IOException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return; // shutting down: the lease expires and the delivery is sent again
        }
        long latency = (System.nanoTime() - started) / 1_000_000;
        boolean ok = status != null && status / 100 == 2;
        record(claim, status, latency, ok ? null : abbreviate(error), ok);
    }

    private void record(Claim claim, Integer status, long latency, String error, boolean ok) {
        QuarkusTransaction.requiringNew().run(() -> {
            Instant now = Instant.now();
            em.createNativeQuery("insert into webhook_attempt (delivery_id, attempt, attempted_at, status_code,"
                            + " latency_ms, error) values (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, claim.deliveryId())
                    .setParameter(2, claim.attempt())
                    .setParameter(3, now)
                    .setParameter(4, status)
                    .setParameter(5, latency)
                    .setParameter(6, error)
                    .executeUpdate();
            Webhook hook = em.find(Webhook.class, claim.webhookId());
            if (ok) {
                em.createNativeQuery(
                                "update webhook_delivery set status = 'DELIVERED', delivered_at = ?1 where id = ?2")
                        .setParameter(1, now)
                        .setParameter(2, claim.deliveryId())
                        .executeUpdate();
                if (hook != null) {
                    hook.failingSince = null;
                }
                return;
            }
            boolean exhausted = claim.attempt() > schedule.size();
            if (exhausted) {
                em.createNativeQuery("update webhook_delivery set status = 'FAILED' where id = ?1")
                        .setParameter(1, claim.deliveryId())
                        .executeUpdate();
            } else {
                Duration wait = schedule.get(claim.attempt() - 1);
                long jitter =
                        (long) (wait.toMillis() * ThreadLocalRandom.current().nextDouble(-0.1, 0.1));
                em.createNativeQuery("update webhook_delivery set next_attempt_at = ?1 where id = ?2")
                        .setParameter(1, now.plus(wait).plusMillis(jitter))
                        .setParameter(2, claim.deliveryId())
                        .executeUpdate();
            }
            if (hook != null && hook.disabledAt == null) {
                if (hook.failingSince == null) {
                    hook.failingSince = now;
                } else if (!hook.failingSince.plus(disableAfter).isAfter(now)) {
                    hook.disabledAt = now;
                    feed.append(
                            "webhook",
                            "DISABLED",
                            Long.toString(hook.id),
                            null,
                            "system",
                            null,
                            Map.of(
                                    "id",
                                    hook.id,
                                    "url",
                                    hook.url,
                                    "failingSince",
                                    hook.failingSince.toString(),
                                    "disabledAt",
                                    now.toString(),
                                    "watchlistId",
                                    hook.watchlist.id));
                    LOG.infof("Webhook %d disabled: failing since %s", hook.id, hook.failingSince);
                }
            }
        });
    }

    private static String abbreviate(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 997) + "...";
    }
}
