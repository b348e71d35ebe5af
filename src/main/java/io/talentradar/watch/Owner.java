package io.talentradar.watch;

import io.quarkus.security.identity.SecurityIdentity;
import io.talentradar.common.auth.ApiKeys;
import io.talentradar.common.auth.Roles;
import io.talentradar.common.error.ProblemException;
import jakarta.enterprise.context.RequestScoped;

/** The API key a request comes with: it owns what it creates and sees only that, unless it is an admin. */
@RequestScoped
public class Owner {

    private final SecurityIdentity identity;

    Owner(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String key() {
        return ApiKeys.keyId(identity);
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    /** 404, not 403, for another key's resource: its existence is none of the caller's business. */
    public void requireOwnerOf(String ownerKey, String resource, long id) {
        if (!isAdmin() && !key().equals(ownerKey)) {
            throw ProblemException.notFound(resource, Long.toString(id));
        }
    }
}
