package io.talentradar.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;

/**
 * Generated hostile requests (jqwik's generators, driven from a Quarkus test so they hit the running
 * service): malformed bodies, query strings, path segments, headers and huge values against every
 * endpoint. None may answer 5xx, every error is problem+json, and a rejected request changes nothing.
 */
@QuarkusTest
class HostileInputTest {

    private static final List<String> PATHS = List.of(
            "/api/v1/labs",
            "/api/v1/labs/{s}",
            "/api/v1/labs/{s}/researchers",
            "/api/v1/labs/{s}/departures",
            "/api/v1/labs/{s}/arrivals",
            "/api/v1/labs/{s}/indices",
            "/api/v1/labs/{s}/indices/history",
            "/api/v1/researchers",
            "/api/v1/researchers/{s}",
            "/api/v1/researchers/{s}/affiliations",
            "/api/v1/researchers/{s}/affiliations/{s}",
            "/api/v1/researchers/{s}/merge",
            "/api/v1/search",
            "/api/v1/redirects",
            "/api/v1/departures",
            "/api/v1/departures/{s}",
            "/api/v1/indices",
            "/api/v1/flows",
            "/api/v1/signals",
            "/api/v1/scenarios",
            "/api/v1/scoring/model",
            "/api/v1/api-keys",
            "/api/v1/api-keys/{s}",
            "/api/v1/audit");
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH");
    private static final List<String> PARAMS = List.of(
            "page",
            "size",
            "sort",
            "q",
            "type",
            "country",
            "parent",
            "lab",
            "fromLab",
            "toLab",
            "researcher",
            "since",
            "until",
            "destinationType",
            "expertise",
            "minSeniority",
            "asOf",
            "window",
            "halfLife",
            "rollup",
            "explain",
            "from",
            "to",
            "step",
            "seniority",
            "resourceType",
            "types",
            "limit",
            "includeSecondary",
            "orcid",
            "openalex",
            "ror");

    record HostileRequest(
            String method,
            String path,
            String segment,
            String param,
            String value,
            String body,
            String contentType,
            String header,
            String headerValue) {}

    private static Arbitrary<String> nasty() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u0000', '\uffff').ofMaxLength(20),
                Arbitraries.of(
                        "",
                        " ",
                        "-",
                        "0",
                        "-1",
                        "2147483648",
                        "9".repeat(40),
                        "1e308",
                        "NaN",
                        "null",
                        "true",
                        "2024-02-30",
                        "9999-12-31",
                        "0000-01-01",
                        "../../etc/passwd",
                        "%00",
                        "' or 1=1 --",
                        "<script>",
                        "openai",
                        "jan-leike",
                        "1",
                        "-tci,,name",
                        "\"quoted\""),
                Arbitraries.strings().alpha().ofMinLength(200).ofMaxLength(5000));
    }

    private static Arbitrary<String> bodies() {
        return Arbitraries.oneOf(
                nasty(),
                Arbitraries.of(
                        "{",
                        "[",
                        "{}",
                        "[]",
                        "null",
                        "{\"slug\":",
                        "{\"slug\":null,\"name\":[],\"type\":{}}",
                        "{\"departures\":[{}]}",
                        "{\"departures\":null}",
                        "[".repeat(5000),
                        "{\"a\":" + "[".repeat(2000) + "]".repeat(2000) + "}"),
                nasty().map(v -> "{\"slug\":\"" + v.replace("\"", "") + "\",\"name\":\"n\",\"type\":\"STARTUP\"}"),
                nasty().map(v -> "{\"researcherSlug\":\"jan-leike\",\"fromLabSlug\":\"anthropic\",\"date\":\""
                        + v.replace("\"", "") + "\",\"destinationType\":\"OTHER\",\"confidence\":\"RUMORED\"}"),
                Arbitraries.integers().between(0, 20).map(n -> "{\"tenureYears\":" + "9".repeat(n * 20) + "}"));
    }

    private static Arbitrary<HostileRequest> requests() {
        return Combinators.combine(
                        Arbitraries.of(METHODS),
                        Arbitraries.of(PATHS),
                        nasty(),
                        Arbitraries.of(PARAMS),
                        nasty(),
                        bodies(),
                        Arbitraries.of(
                                "application/json",
                                "text/plain",
                                "application/json; charset=latin1",
                                "multipart/form-data",
                                "application/x-www-form-urlencoded",
                                ""),
                        Arbitraries.of(
                                "If-Match", "If-None-Match", "Idempotency-Key", "Accept", "X-API-Key", "Authorization"))
                .flatAs((m, p, s, param, v, b, ct, h) ->
                        nasty().map(hv -> new HostileRequest(m, p, s, param, v, b, ct, h, hv)));
    }

    @Test
    void noGeneratedRequestAnswers5xxAndRejectedOnesChangeNothing() {
        // a fixed seed: a failure repeats with -Dhostile.seed=<the seed printed>
        long seed = Long.getLong("hostile.seed", 20261129L);
        net.jqwik.engine.SourceOfRandomness.create(Long.toString(seed));
        List<HostileRequest> generated = requests().sampleStream().limit(400).toList();
        System.out.println("Hostile input: 400 requests from seed " + seed);
        for (HostileRequest r : generated) {
            String before = Fixtures.writesSoFar();
            if (r.header().equals("X-API-Key") || r.header().equals("Authorization")) {
                AdminKeyExtension.anonymous();
            }
            RequestSpecification spec = given().urlEncodingEnabled(true);
            String segment = r.segment().isEmpty() ? "x" : r.segment();
            String path = r.path()
                    .replace(
                            "{s}",
                            java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8)
                                    .replace("+", "%20"));
            spec.queryParam(r.param(), r.value());
            String headerValue = r.headerValue().replaceAll("[\\x00-\\x1f\\x7f]", "?");
            if (!headerValue.chars().allMatch(c -> c < 256)) {
                headerValue = "non-latin";
            }
            spec.header(r.header(), headerValue);
            if (!r.contentType().isEmpty()) {
                spec.contentType(r.contentType());
            }
            if (!r.method().equals("GET") && !r.method().equals("DELETE")) {
                spec.body(r.body());
            }
            Response response;
            try {
                response = spec.urlEncodingEnabled(false).request(r.method(), path);
            } catch (RuntimeException unsendable) {
                continue; // the client library could not encode or send it; nothing reached the service
            }
            int status = response.statusCode();
            assertTrue(status < 500, r + " answered " + status + ": " + response.asString());
            if (status >= 400) {
                assertTrue(
                        response.contentType().startsWith("application/problem+json"),
                        r + " answered " + status + " as " + response.contentType());
                assertEquals(before, Fixtures.writesSoFar(), r + " was rejected but changed the data");
            }
        }
    }
}
