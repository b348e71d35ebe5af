package io.talentradar.watch;

import io.talentradar.common.error.ProblemException;
import io.talentradar.common.paging.PageRequest;
import io.talentradar.common.paging.PageResponse;
import io.talentradar.common.persistence.Timestamps;
import io.talentradar.watch.WebhookDtos.DeliveryDto;
import io.talentradar.watch.WebhookDtos.WebhookCreated;
import io.talentradar.watch.WebhookDtos.WebhookDto;
import io.talentradar.watch.WebhookDtos.WebhookRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class WebhookService {

    public static final Map<String, String> SORTABLE = Map.of("id", "id", "createdAt", "createdAt", "url", "url");

    private final EntityManager em;
    private final Owner owner;
    private final WatchlistService watchlists;
    private final WebhookTargets targets;

    WebhookService(EntityManager em, Owner owner, WatchlistService watchlists, WebhookTargets targets) {
        this.em = em;
        this.owner = owner;
        this.watchlists = watchlists;
        this.targets = targets;
    }

    @Transactional
    public PageResponse<WebhookDto> list(PageRequest page) {
        var query = owner.isAdmin()
                ? Webhook.<Webhook>findAll(page.sort())
                : Webhook.<Webhook>find("ownerKey", page.sort(), owner.key());
        return PageResponse.of(
                query.page(page.page(), page.size()).<Webhook>list().stream()
                        .map(WebhookDto::of)
                        .toList(),
                page,
                query::count);
    }

    @Transactional
    public WebhookDto get(long id) {
        return WebhookDto.of(require(id));
    }

    @Transactional
    public WebhookCreated create(@Valid @NotNull WebhookRequest request) {
        targets.check("url", request.url());
        Watchlist watchlist;
        try {
            watchlist = watchlists.require(request.watchlistId());
        } catch (ProblemException e) {
            throw ProblemException.invalid("watchlistId", "no watchlist " + request.watchlistId() + " of yours");
        }
        Webhook h = new Webhook();
        h.ownerKey = owner.key();
        h.url = request.url();
        h.watchlist = watchlist;
        h.description = request.description() == null || request.description().isBlank()
                ? null
                : request.description().trim();
        h.secret = WebhookSigner.newSecret();
        h.createdAt = Instant.now();
        h.persist();
        em.flush();
        return WebhookCreated.of(h);
    }

    @Transactional
    public void delete(long id) {
        require(id).delete();
    }

    @Transactional
    public WebhookCreated rotateSecret(long id) {
        Webhook h = require(id);
        h.secret = WebhookSigner.newSecret();
        return WebhookCreated.of(h);
    }

    /** Queues a ping event, delivered (signed, retried) as every other event. Answers the delivery id. */
    @Transactional
    public long ping(long id) {
        Webhook h = require(id);
        String payload = "{\"type\":\"ping\",\"webhookId\":" + h.id + ",\"time\":\"" + Instant.now() + "\"}";
        return enqueue(em, h.id, null, "ping", payload);
    }

    @Transactional
    public PageResponse<DeliveryDto> deliveries(long id, PageRequest page) {
        require(id);
        long total = ((Number) em.createNativeQuery("select count(*) from webhook_delivery where webhook_id = ?1")
                        .setParameter(1, id)
                        .getSingleResult())
                .longValue();
        List<?> rows = em.createNativeQuery("select d.id, d.event, d.seq, d.status, d.attempts, d.created_at,"
                        + " d.next_attempt_at, d.delivered_at, a.attempted_at, a.status_code, a.latency_ms, a.error"
                        + " from webhook_delivery d left join webhook_attempt a on a.delivery_id = d.id and a.attempt ="
                        + " (select max(b.attempt) from webhook_attempt b where b.delivery_id = d.id)"
                        + " where d.webhook_id = ?1 order by d.id " + (ascending(page) ? "asc" : "desc"))
                .setParameter(1, id)
                .setFirstResult(page.page() * page.size())
                .setMaxResults(page.size())
                .getResultList();
        List<DeliveryDto> items = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            String status = (String) r[3];
            items.add(new DeliveryDto(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    r[2] == null ? null : ((Number) r[2]).longValue(),
                    status,
                    ((Number) r[4]).intValue(),
                    Timestamps.instant(r[5]),
                    status.equals("PENDING") ? Timestamps.instant(r[6]) : null,
                    Timestamps.instant(r[7]),
                    Timestamps.instant(r[8]),
                    r[9] == null ? null : ((Number) r[9]).intValue(),
                    r[10] == null ? null : ((Number) r[10]).longValue(),
                    (String) r[11]));
        }
        return PageResponse.of(items, page, total);
    }

    /** Sends a delivery again now (a failed one too), keeping its webhook-id. */
    @Transactional
    public void retry(long id, long deliveryId) {
        require(id);
        int changed = em.createNativeQuery("update webhook_delivery set status = 'PENDING', next_attempt_at = ?1"
                        + " where id = ?2 and webhook_id = ?3 and status <> 'PENDING'")
                .setParameter(1, Instant.now())
                .setParameter(2, deliveryId)
                .setParameter(3, id)
                .executeUpdate();
        if (changed == 0) {
            long exists = ((Number) em.createNativeQuery(
                                    "select count(*) from webhook_delivery where id = ?1 and" + " webhook_id = ?2")
                            .setParameter(1, deliveryId)
                            .setParameter(2, id)
                            .getSingleResult())
                    .longValue();
            if (exists == 0) {
                throw ProblemException.notFound("delivery", Long.toString(deliveryId));
            }
            em.createNativeQuery("update webhook_delivery set next_attempt_at = ?1 where id = ?2")
                    .setParameter(1, Instant.now())
                    .setParameter(2, deliveryId)
                    .executeUpdate();
        }
    }

    private static boolean ascending(PageRequest page) {
        return page.sort().getColumns().get(0).getDirection() == io.quarkus.panache.common.Sort.Direction.Ascending;
    }

    Webhook require(long id) {
        Webhook h = Webhook.findById(id);
        if (h == null) {
            throw ProblemException.notFound("webhook", Long.toString(id));
        }
        owner.requireOwnerOf(h.ownerKey, "webhook", id);
        return h;
    }

    static long enqueue(EntityManager em, long webhookId, Long seq, String event, String payload) {
        insert(em, webhookId, seq, event, payload);
        return ((Number) em.createNativeQuery("select max(id) from webhook_delivery where webhook_id = ?1")
                        .setParameter(1, webhookId)
                        .getSingleResult())
                .longValue();
    }

    /** A pending delivery, due now. */
    static void insert(EntityManager em, long webhookId, Long seq, String event, String payload) {
        Instant now = Instant.now();
        em.createNativeQuery("insert into webhook_delivery (webhook_id, seq, event, payload, status, attempts,"
                        + " next_attempt_at, created_at) values (?1, ?2, ?3, ?4, 'PENDING', 0, ?5, ?5)")
                .setParameter(1, webhookId)
                .setParameter(2, seq)
                .setParameter(3, event)
                .setParameter(4, payload)
                .setParameter(5, now)
                .executeUpdate();
    }
}
