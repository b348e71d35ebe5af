package io.talentradar.common.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** An API key presented by a client, to be checked by {@link ApiKeyIdentityProvider}. */
public class ApiKeyRequest extends BaseAuthenticationRequest {

    private final String key;

    public ApiKeyRequest(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
