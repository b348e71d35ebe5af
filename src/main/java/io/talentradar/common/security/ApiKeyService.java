package io.talentradar.common.security;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.talentradar.common.audit.AuditLog;
import io.talentradar.common.auth.ApiKeys;
import io.talentradar.common.error.ProblemException;
import io.talentradar.common.paging.PageRequest;
import io.talentradar.common.paging.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Map;

@ApplicationScoped
public class ApiKeyService {

    public static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "name", "name", "role", "role");

    private final ApiKeyRepository keys;
    private final AuditLog audit;

    ApiKeyService(ApiKeyRepository keys, AuditLog audit) {
        this.keys = keys;
        this.audit = audit;
    }

    /** Creates a key; the answer is the only time the key itself is shown. */
    @Transactional
    public ApiKeyDtos.Created create(@Valid @NotNull ApiKeyDtos.Request request, String createdBy) {
        String secret = ApiKeys.generate();
        ApiKey key = new ApiKey();
        key.name = request.name().trim();
        key.role = request.role();
        key.prefix = ApiKeys.prefix(secret);
        key.hash = ApiKeys.hash(secret);
        key.createdAt = Instant.now();
        key.createdBy = createdBy;
        keys.persist(key);
        keys.flush();
        ApiKeyDtos.Key stored = ApiKeyDtos.Key.of(key);
        audit.record(AuditLog.Action.CREATE, "api-key", Long.toString(key.id), null, stored);
        return new ApiKeyDtos.Created(
                stored.id(), stored.name(), stored.role(), stored.prefix(), secret, stored.createdAt());
    }

    @Transactional
    public PageResponse<ApiKeyDtos.Key> list(PageRequest page) {
        PanacheQuery<ApiKey> query = keys.findAll(page.sort());
        return PageResponse.of(
                query.page(page.page(), page.size()).list().stream()
                        .map(ApiKeyDtos.Key::of)
                        .toList(),
                page,
                query::count);
    }

    /** Revokes a key; revoking twice is harmless. */
    @Transactional
    public void revoke(long id) {
        ApiKey key =
                keys.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("api-key", Long.toString(id)));
        if (key.revokedAt == null) {
            ApiKeyDtos.Key before = ApiKeyDtos.Key.of(key);
            key.revokedAt = Instant.now();
            audit.record(AuditLog.Action.DELETE, "api-key", Long.toString(id), before, ApiKeyDtos.Key.of(key));
        }
    }
}
