package io.talentradar.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.talentradar.common.error.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.inject.Singleton;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Everything under {@code /api} answers the HTTP contract, before any resource runs: a path no resource
 * serves is a problem+json 404 (also outside {@code /api/v1}), a method a path does not serve is a 405
 * with {@code Allow}, {@code OPTIONS} lists exactly the methods of the path, and an over-long request line
 * (414) or header block (431) is refused as problem+json too. The table of paths and methods is read from
 * the JAX-RS resources themselves, so it cannot drift from them.
 */
@Singleton
public class ApiRoutes {

    /** Request lines and header blocks above these are refused here; the HTTP layer's own limits are higher. */
    static final int MAX_REQUEST_LINE = 16 * 1024;

    static final int MAX_HEADER_BYTES = 20 * 1024;

    /** A resource path as segments: a literal to equal, or null for a {parameter} (any non-empty segment). */
    private record Route(String template, String[] segments, Set<String> methods) {

        boolean matches(String[] path) {
            if (path.length != segments.length) {
                return false;
            }
            for (int i = 0; i < path.length; i++) {
                if (segments[i] == null ? path[i].isEmpty() : !segments[i].equals(path[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    private final String root;
    private final ObjectMapper json;
    private volatile List<Route> routes;

    ApiRoutes(@ConfigProperty(name = "quarkus.rest.path", defaultValue = "/") String root, ObjectMapper json) {
        this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
        this.json = json;
    }

    void register(@Observes Filters filters) {
        // priority 0: after the security-header and CORS filters, before every route
        filters.register(this::handle, 0);
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String path = ctx.normalizedPath();
        if (path == null || !(path.equals("/api") || path.startsWith("/api/"))) {
            ctx.next();
            return;
        }
        if (request.uri().length() + request.method().name().length() + 10 > MAX_REQUEST_LINE) {
            answer(
                    ctx,
                    414,
                    "/problems/uri-too-long",
                    "URI too long",
                    "The request line is longer than " + MAX_REQUEST_LINE + " characters.",
                    null);
            return;
        }
        if (headerBytes(request) > MAX_HEADER_BYTES) {
            answer(
                    ctx,
                    431,
                    "/problems/headers-too-large",
                    "Request header fields too large",
                    "The request's headers are larger than " + MAX_HEADER_BYTES + " bytes.",
                    null);
            return;
        }
        Optional<Set<String>> allowed = allowed(path);
        if (allowed.isEmpty()) {
            answer(ctx, 404, "/problems/not-found", "Not Found", "No resource at this path.", null);
            return;
        }
        String allow = String.join(", ", allowed.get());
        HttpMethod method = request.method();
        if (method == HttpMethod.OPTIONS) {
            boolean preflight = request.getHeader(HttpHeaders.ORIGIN) != null
                    && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
            if (!preflight) {
                ctx.response()
                        .setStatusCode(204)
                        .putHeader(HttpHeaders.ALLOW, allow)
                        .end();
                return;
            }
        } else if (!allowed.get().contains(method.name())) {
            answer(
                    ctx,
                    405,
                    "/problems/method-not-allowed",
                    "Method Not Allowed",
                    "This method is not allowed on this resource; allowed: " + allow + ".",
                    allow);
            return;
        }
        if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.DELETE) {
            // these take no body here, so a Content-Type they carry says nothing (and must not make them a 415)
            request.headers().remove(HttpHeaders.CONTENT_TYPE);
        }
        ctx.next();
    }

    /** The methods a path under {@code /api} serves (HEAD with GET, OPTIONS always), or empty when none. */
    public Optional<Set<String>> allowed(String path) {
        String[] segments =
                segments(path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path);
        for (Route route : routes()) { // string comparisons, no regular expression: this runs on every API request
            if (route.matches(segments)) {
                return Optional.of(route.methods());
            }
        }
        return Optional.empty();
    }

    private List<Route> routes() {
        List<Route> known = routes;
        if (known == null) {
            known = routes = readResources();
        }
        return known;
    }

    private List<Route> readResources() {
        Map<String, Set<String>> methods = new LinkedHashMap<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            jakarta.ws.rs.Path base = type.getAnnotation(jakarta.ws.rs.Path.class);
            if (base == null) {
                continue;
            }
            for (Method m : type.getMethods()) {
                String verb = httpMethod(m);
                if (verb == null) {
                    continue;
                }
                jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
                String template = join(root, base.value(), sub == null ? "" : sub.value());
                Set<String> set = methods.computeIfAbsent(template, t -> new TreeSet<>());
                set.add(verb);
                if (verb.equals("GET")) {
                    set.add("HEAD");
                }
                set.add("OPTIONS");
            }
        }
        // literal segments win over templates (/labs/openai/indices before /labs/{slug}/{x})
        List<Route> out = new ArrayList<>();
        methods.forEach((template, set) -> {
            String[] segments = segments(template);
            for (int i = 0; i < segments.length; i++) {
                if (segments[i].startsWith("{")) {
                    segments[i] = null;
                }
            }
            out.add(new Route(template, segments, set));
        });
        out.sort((a, b) -> Long.compare(literalChars(b.template()), literalChars(a.template())));
        return List.copyOf(out);
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            jakarta.ws.rs.HttpMethod verb = a.annotationType().getAnnotation(jakarta.ws.rs.HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String join(String... parts) {
        String joined = java.util.Arrays.stream(parts)
                .map(p -> p.replaceAll("^/+|/+$", ""))
                .filter(p -> !p.isEmpty())
                .collect(Collectors.joining("/", "/", ""));
        return joined;
    }

    private static String[] segments(String path) {
        return path.substring(1).split("/", -1);
    }

    private static long literalChars(String template) {
        return java.util.Arrays.stream(template.split("/"))
                .filter(s -> !s.startsWith("{"))
                .mapToLong(String::length)
                .sum();
    }

    private static int headerBytes(HttpServerRequest request) {
        int bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    private void answer(RoutingContext ctx, int status, String type, String title, String detail, String allow) {
        Problem problem = new Problem(type, title, status, detail, ctx.normalizedPath(), List.of());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        var response = ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (allow != null) {
            response.putHeader(HttpHeaders.ALLOW, allow);
        }
        if (status == 414 || status == 431) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end(body);
    }
}
