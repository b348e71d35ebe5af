package io.talentradar.common.security;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class ApiKeyRepository implements PanacheRepository<ApiKey> {

    public Optional<ApiKey> findActiveByHash(String hash) {
        return find("hash = ?1 and revokedAt is null", hash).firstResultOptional();
    }
}
