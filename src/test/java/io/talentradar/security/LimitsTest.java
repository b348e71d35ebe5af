package io.talentradar.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
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

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("talentradar.limits.requests-per-second", "5", "talentradar.limits.max-body-bytes", "2000");
        }
    }

    @Test
    void aClientOverItsRateGets429WithRetryAfter() throws InterruptedException {
        Thread.sleep(1100); // a fresh second for this client
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            statuses.add(given().get("/api/v1/labs?size=1").then().extract().statusCode());
        }
        assertTrue(statuses.contains(429), statuses.toString());
        assertTrue(statuses.stream().filter(s -> s == 200).count() <= 10, statuses.toString());
        given().get("/api/v1/labs?size=1").then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", "1").body("type", equalTo("/problems/rate-limited"));
        Thread.sleep(1100);
        given().get("/api/v1/labs?size=1").then().statusCode(200);
    }

    @Test
    void aBodyOverTheLimitGets413AndStoresNothing() throws InterruptedException {
        Thread.sleep(1100);
        String slug = "big-body-lab";
        String body = "{\"slug\":\"" + slug + "\",\"name\":\"" + "x".repeat(3000) + "\",\"type\":\"STARTUP\"}";
        given().contentType(ContentType.JSON).body(body).post("/api/v1/labs").then().statusCode(413)
                .contentType("application/problem+json").body("status", equalTo(413));
        given().get("/api/v1/labs/" + slug).then().statusCode(404);
    }

    @Test
    void securityHeadersAndADeliberateCorsPolicy() throws InterruptedException {
        Thread.sleep(1100);
        given().get("/api/v1/labs?size=1").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer");
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/labs").then().statusCode(403);
        given().header("Origin", "http://localhost:8080").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/labs").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:8080");
    }
}
