package io.talentradar.common.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.talentradar.common.error.Problem;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Limits per client before any work is done: a request rate per API key (per address when anonymous),
 * answered 429 with Retry-After, and a body size, answered 413. Both as problem+json.
 */
@ApplicationScoped
public class AbuseLimits {

    private final RateLimiterConfig config;
    private final long maxBodyBytes;
    private final long maxImportBytes;
    private final Cache<String, RateLimiter> limiters = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    /** CSV imports (up to 100,000 rows) may be larger than any JSON body. */
    private static final String IMPORT_PATH = "/api/v1/import";

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    AbuseLimits(
            @ConfigProperty(name = "talentradar.limits.requests-per-second", defaultValue = "100") int perSecond,
            @ConfigProperty(name = "talentradar.limits.max-body-bytes", defaultValue = "1048576") long maxBodyBytes,
            @ConfigProperty(name = "talentradar.limits.max-import-bytes", defaultValue = "67108864")
                    long maxImportBytes) {
        this.config = RateLimiterConfig.custom()
                .limitForPeriod(perSecond)
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ZERO)
                .build();
        this.maxBodyBytes = maxBodyBytes;
        this.maxImportBytes = maxImportBytes;
    }

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request, HttpServerRequest http) {
        String length = request.getHeaderString("Content-Length");
        boolean isImport = http.path() != null && http.path().startsWith(IMPORT_PATH);
        long max = isImport ? maxImportBytes : maxBodyBytes;
        if (length != null && tooLong(length, max)) {
            return problem(
                    413,
                    "/problems/body-too-large",
                    "Payload too large",
                    "The request body is larger than " + max + " bytes.",
                    null);
        }
        // The HTTP layer's own limit is sized for imports; a body of unknown length (HTTP/1.1 chunks, an
        // HTTP/2 stream) elsewhere could be as big, so writes say their length up front.
        if (length == null && !isImport && WITH_BODY.contains(request.getMethod())) {
            return problem(
                    411,
                    "/problems/length-required",
                    "Length required",
                    "Send the body with a Content-Length (at most " + max + " bytes), not in chunks.",
                    null);
        }
        RateLimiter limiter = limiters.get(client(request, http), k -> RateLimiter.of(k, config));
        if (!limiter.acquirePermission()) {
            return problem(
                    429,
                    "/problems/rate-limited",
                    "Too many requests",
                    "This client sent more than " + config.getLimitForPeriod() + " requests in a second; retry later.",
                    "1");
        }
        return null;
    }

    private static boolean tooLong(String length, long max) {
        try {
            return Long.parseLong(length.trim()) > max;
        } catch (NumberFormatException e) {
            return false; // the HTTP layer rejects a malformed length
        }
    }

    /** The API key when one is sent (whether valid or not is checked later), else the remote address. */
    private static String client(ContainerRequestContext request, HttpServerRequest http) {
        String key = request.getHeaderString("X-API-Key");
        if (key == null) {
            key = request.getHeaderString("Authorization");
        }
        if (key != null) {
            return "key:" + io.talentradar.common.auth.ApiKeys.hash(key);
        }
        return "ip:"
                + (http.remoteAddress() == null
                        ? "unknown"
                        : http.remoteAddress().hostAddress());
    }

    private static Response problem(int status, String type, String title, String detail, String retryAfter) {
        Response.ResponseBuilder builder = Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(type, title, status, detail, null, List.of()));
        if (retryAfter != null) {
            builder.header("Retry-After", retryAfter);
        }
        return builder.build();
    }
}
