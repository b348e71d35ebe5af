package io.talentradar.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Abuse limits, CORS and security headers, with small limits so the test can reach them. */
@QuarkusTest
@TestProfile(LimitsTest.SmallLimits.class)
class LimitsTest {

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URI labs;

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("talentradar.limits.requests-per-second", "5", "talentradar.limits.max-body-bytes", "2000");
        }
    }

    @Test
    void aClientOverItsRateGets429WithRetryAfter() throws InterruptedException {
        Thread.sleep(1100); // a fresh second for this client
        // 5 a second are allowed: quick requests are refused once the second's 5 are spent. A slow machine
        // spreads them over more seconds, so they go on until one is refused (at most 100), and the accepted
        // ones must fit the seconds they took; the refusal itself is checked on the answer that carried it
        List<io.restassured.response.Response> answers = new ArrayList<>();
        long started = System.nanoTime();
        while (answers.size() < 100 && answers.stream().noneMatch(a -> a.statusCode() == 429)) {
            answers.add(given().get("/api/v1/labs?size=1"));
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L + 1; // the periods the requests touched
        List<Integer> statuses = answers.stream()
                .map(io.restassured.response.Response::statusCode)
                .toList();
        assertTrue(statuses.contains(429), statuses.toString());
        assertTrue(statuses.stream().filter(st -> st == 200).count() <= 5 * (seconds + 1), statuses.toString());
        answers.stream()
                .filter(a -> a.statusCode() == 429)
                .findFirst()
                .orElseThrow()
                .then()
                .contentType("application/problem+json")
                .header("Retry-After", "1")
                .body("type", equalTo("/problems/rate-limited"));
        Thread.sleep(1100);
        given().get("/api/v1/labs?size=1").then().statusCode(200);
    }

    @Test
    void aBodyOverTheLimitGets413AndStoresNothing() throws InterruptedException {
        Thread.sleep(1100);
        String slug = "big-body-lab";
        String body = "{\"slug\":\"" + slug + "\",\"name\":\"" + "x".repeat(3000) + "\",\"type\":\"STARTUP\"}";
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/labs")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
        given().get("/api/v1/labs/" + slug).then().statusCode(404);
    }

    /** A body of unknown length (chunked) could pass the size check unseen: refused, except for imports. */
    @Test
    void aChunkedBodyGets411AndStoresNothing() throws Exception {
        Thread.sleep(1100);
        String slug = "chunked-body-lab";
        byte[] body = ("{\"slug\":\"" + slug + "\",\"name\":\"Chunked\",\"type\":\"STARTUP\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var request = java.net.http.HttpRequest.newBuilder(labs.resolve("/api/v1/labs"))
                .header("Content-Type", "application/json")
                .header("X-API-Key", "test-admin-key")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(body)))
                .build();
        var response = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(411, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        given().get("/api/v1/labs/" + slug).then().statusCode(404);
    }

    @Test
    void securityHeadersAndADeliberateCorsPolicy() throws InterruptedException {
        Thread.sleep(1100);
        given().get("/api/v1/labs?size=1")
                .then()
                .statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer");
        given().header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/v1/labs")
                .then()
                .statusCode(403);
        given().header("Origin", "http://localhost:8080")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/v1/labs")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:8080");
    }
}
