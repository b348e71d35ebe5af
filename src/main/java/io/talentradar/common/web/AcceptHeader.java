package io.talentradar.common.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A blank Accept header states no preference, so it is dropped before anything negotiates with it: the
 * media-type parser refuses it, and an operation that answers JSON or CSV then failed with a 500 (found
 * by the hostile-input test). Any other header is left to the framework (an unreadable one gets 406).
 */
public class AcceptHeader {

    @ServerRequestFilter(preMatching = true)
    public void dropBlank(HttpServerRequest http) {
        if (http.headers().contains(HttpHeaders.ACCEPT)
                && String.join("", http.headers().getAll(HttpHeaders.ACCEPT)).isBlank()) {
            http.headers().remove(HttpHeaders.ACCEPT);
        }
    }
}
