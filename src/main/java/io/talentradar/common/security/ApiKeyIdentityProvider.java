package io.talentradar.common.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.talentradar.common.auth.ApiKeys;
import io.talentradar.common.auth.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns an API key into an identity: the bootstrap admin key from configuration, or a stored key that is
 * not revoked. The principal is the key's name; the roles are the key's role and those below it.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyRequest> {

    static final String BOOTSTRAP_NAME = "bootstrap-admin";

    private final ApiKeyRepository keys;
    private final Optional<String> bootstrapKey;

    ApiKeyIdentityProvider(
            ApiKeyRepository keys,
            @ConfigProperty(name = "talentradar.auth.bootstrap-admin-key") Optional<String> bootstrapKey) {
        this.keys = keys;
        this.bootstrapKey = bootstrapKey.filter(k -> !k.isBlank());
    }

    @Override
    public Class<ApiKeyRequest> getRequestType() {
        return ApiKeyRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyRequest request, AuthenticationRequestContext context) {
        String key = request.key();
        if (bootstrapKey.isPresent()
                && MessageDigest.isEqual(
                        bootstrapKey.get().getBytes(StandardCharsets.UTF_8), key.getBytes(StandardCharsets.UTF_8))) {
            return Uni.createFrom().item(identity(BOOTSTRAP_NAME, Roles.ADMIN, "bootstrap"));
        }
        return context.runBlocking(() -> lookUp(key));
    }

    @ActivateRequestContext
    SecurityIdentity lookUp(String key) {
        ApiKey stored = keys.findActiveByHash(ApiKeys.hash(key))
                .orElseThrow(() -> new AuthenticationFailedException("unknown or revoked API key"));
        return identity(stored.name, stored.role, "key-" + stored.id);
    }

    private static SecurityIdentity identity(String name, String role, String keyId) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(name))
                .addRoles(Roles.expand(role))
                .addAttribute(ApiKeys.KEY_ID, keyId)
                .build();
    }
}
