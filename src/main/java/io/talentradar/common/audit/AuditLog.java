package io.talentradar.common.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.security.identity.SecurityIdentity;
import io.talentradar.common.auth.ApiKeys;
import io.talentradar.common.feed.ChangeFeed;
import io.talentradar.common.paging.PageRequest;
import io.talentradar.common.paging.PageResponse;
import io.talentradar.common.persistence.DataVersion;
import io.talentradar.common.persistence.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records every write in the transaction that makes it: who (the API key's name), when, which resource,
 * and its representation before and after. Recording also bumps the data version, so the scoring caches
 * of every instance see the change: one call per write, nothing to forget.
 */
@ApplicationScoped
public class AuditLog {

    public static final String SYSTEM = "system";

    private final Instance<SecurityIdentity> identity;
    private final DataVersion dataVersion;
    private final ObjectMapper json;
    private final ChangeFeed feed;

    AuditLog(Instance<SecurityIdentity> identity, DataVersion dataVersion, ObjectMapper json, ChangeFeed feed) {
        this.feed = feed;
        this.identity = identity;
        this.dataVersion = dataVersion;
        this.json = json;
    }

    public enum Action {
        CREATE,
        UPDATE,
        /** An update that changed the slug: the feed says RENAMED, the before its old slug. */
        RENAME,
        /** Two records of one person made one: the feed says MERGED, before both, after the survivor. */
        MERGE,
        DELETE;

        String feedAction() {
            return name() + "D";
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Action action, String resourceType, String resourceId, Object before, Object after) {
        Batch batch = BATCH.get();
        String actor = batch != null && batch.actor != null ? batch.actor : actor();
        if (batch == null || batch.closing) {
            Map<String, Object> changes = new LinkedHashMap<>();
            if (before != null) {
                changes.put("before", before);
            }
            if (after != null) {
                changes.put("after", after);
            }
            AuditEvent event = new AuditEvent();
            event.occurredAt = Instant.now();
            event.actor = actor;
            event.actorKey = batch != null && batch.actor != null ? batch.actorKey : actorKey();
            event.action = action.name();
            event.resourceType = resourceType;
            event.resourceId = resourceId;
            event.changes = truncate(write(changes));
            event.persist();
            dataVersion.bump();
        }
        if (FEED_TYPES.contains(resourceType)) {
            int slash = resourceId.lastIndexOf('/');
            boolean hasSlug = resourceType.equals("lab") || resourceType.equals("researcher");
            ChangeFeed.Entry entry = new ChangeFeed.Entry(
                    resourceType,
                    action.feedAction(),
                    slash < 0 ? resourceId : resourceId.substring(slash + 1),
                    hasSlug ? resourceId : null,
                    actor,
                    feed.json(before),
                    feed.json(after));
            if (batch == null || batch.closing) {
                feed.append(entry);
            } else {
                batch.entries.add(entry);
            }
        }
    }

    /**
     * Writes made as one (see {@link #batch}): by whom when not the current request's key (a job's), their feed
     * entries held back until the end, and whether the summary is being recorded. A batch that had a write
     * rolled back is rolled back whole, so every entry held belongs to a write that commits.
     */
    private static final class Batch {
        private final String actor;
        private final String actorKey;
        private final List<ChangeFeed.Entry> entries = new ArrayList<>();
        private boolean closing;

        private Batch(String actor, String actorKey) {
            this.actor = actor;
            this.actorKey = actorKey;
        }
    }

    /** The one audit entry of writes made as one. */
    public record Summary(String resourceType, String resourceId, Object after) {}

    private static final ThreadLocal<Batch> BATCH = new ThreadLocal<>();

    /**
     * Runs many writes as one (an import). Each still gets its feed entry, but they are appended together at
     * the end, so the feed's sequence is locked for moments, not for the whole import (other writers wait for
     * that lock); they leave no audit entry or data-version bump of their own. The summary the writes answer
     * is recorded as the one audit entry (and bump) for all of them, in the same transaction (null: none, the
     * caller rolls back). {@code actor} and {@code actorKey} name who asked when that is not the current
     * request (an import job's); null: the request's key.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void batch(String actor, String actorKey, java.util.function.Supplier<Summary> writes) {
        Batch batch = new Batch(actor, actorKey);
        BATCH.set(batch);
        try {
            Summary summary = writes.get();
            if (summary != null) {
                batch.closing = true;
                // the bump first: every writer locks data_version before feed_sequence, so none deadlock
                record(Action.CREATE, summary.resourceType(), summary.resourceId(), null, summary.after());
                feed.appendAll(batch.entries);
            }
        } finally {
            BATCH.remove();
        }
    }

    /** The writes the public changes feed carries (API keys are not among them). */
    private static final java.util.Set<String> FEED_TYPES =
            java.util.Set.of("lab", "researcher", "affiliation", "departure");

    private String actor() {
        if (!Arc.container().requestContext().isActive()) {
            return SYSTEM;
        }
        SecurityIdentity current = identity.get();
        // every write over HTTP needs a key: a write without one is the service's own (the demo data at start)
        return current.isAnonymous() ? SYSTEM : current.getPrincipal().getName();
    }

    /** The audit trail's filters; each applies when given. */
    public record Filter(String resourceType, String resourceId, String actor) {}

    @Transactional
    public PageResponse<AuditEvent> list(Filter filter, PageRequest page) {
        Where where = new Where()
                .and("resourceType = :resourceType", "resourceType", filter.resourceType())
                .and("resourceId = :resourceId", "resourceId", filter.resourceId())
                .and("actor = :actor", "actor", filter.actor());
        PanacheQuery<AuditEvent> query = AuditEvent.find(where.query("from AuditEvent"), page.sort(), where.params());
        return PageResponse.of(query.page(page.page(), page.size()).list(), page, query::count);
    }

    private String actorKey() {
        if (!Arc.container().requestContext().isActive() || identity.get().isAnonymous()) {
            return null;
        }
        return ApiKeys.keyId(identity.get());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the audit record", e);
        }
    }

    private static String truncate(String s) {
        return s.length() <= MAX ? s : "{\"truncated\":true,\"length\":" + s.length() + "}";
    }

    private static final int MAX = 32_000;
}
