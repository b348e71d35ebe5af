package io.talentradar.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.talentradar.common.auth.Roles;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may read: everyone when {@code talentradar.auth.public-read} is true (the default), else keys with
 * the reader role (which editors and admins hold too). Read resources bind it with
 * {@code @AuthorizationPolicy(name = "read")}, so it runs where failures become problem+json.
 */
@ApplicationScoped
public class ReadPermission implements HttpSecurityPolicy {

    private final boolean publicRead;

    ReadPermission(@ConfigProperty(name = "talentradar.auth.public-read", defaultValue = "true") boolean publicRead) {
        this.publicRead = publicRead;
    }

    @Override
    public Uni<CheckResult> checkPermission(
            RoutingContext request, Uni<SecurityIdentity> identity, AuthorizationRequestContext requestContext) {
        // The identity is resolved even when reads are public, so a wrong key is a 401, never ignored.
        return identity.onItem()
                .transform(id -> publicRead || id.hasRole(Roles.READER) ? CheckResult.PERMIT : CheckResult.DENY);
    }

    @Override
    public String name() {
        return Roles.READ;
    }
}
