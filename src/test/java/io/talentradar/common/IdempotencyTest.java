package io.talentradar.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyTest {

    private static int audited(String type, String id) {
        return given().get("/api/v1/audit?resourceType=" + type + "&resourceId=" + id)
                .then()
                .statusCode(200)
                .extract()
                .path("totalItems");
    }

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheFirstAnswerWithoutASecondWrite() {
        String key = UUID.randomUUID().toString();
        Fixtures.Lab lab = Fixtures.lab(Fixtures.slug("idem"));
        String first = given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(lab)
                .post("/api/v1/labs")
                .then()
                .statusCode(201)
                .extract()
                .asString();
        String location = given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(lab)
                .post("/api/v1/labs")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("ETag", "\"0\"")
                .extract()
                .header("Location");
        String second = given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(lab)
                .post("/api/v1/labs")
                .then()
                .statusCode(201)
                .extract()
                .asString();
        assertEquals(first, second);
        assertEquals(true, location.endsWith("/api/v1/labs/" + lab.slug()));
        assertEquals(1, audited("lab", lab.slug()));
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndWritesNothing() {
        String key = UUID.randomUUID().toString();
        String slug = Fixtures.slug("idem");
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(Fixtures.lab(slug))
                .post("/api/v1/labs")
                .then()
                .statusCode(201);
        String other = Fixtures.slug("idem");
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(Fixtures.lab(other))
                .post("/api/v1/labs")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/idempotency-key-reused"));
        given().get("/api/v1/labs/" + other).then().statusCode(404);
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", "has spaces in it")
                .body(Fixtures.lab(other))
                .post("/api/v1/labs")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void aFailedFirstAttemptStoresNothingSoTheRetryRunsAgain() {
        String key = UUID.randomUUID().toString();
        String from = Fixtures.createLab();
        String researcher = Fixtures.createResearcher(from, "2020-01-01");
        Fixtures.Departure tooEarly = Fixtures.departure(researcher, from, null, "2019-01-01");
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(tooEarly)
                .post("/api/v1/departures")
                .then()
                .statusCode(409);
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(tooEarly)
                .post("/api/v1/departures")
                .then()
                .statusCode(409);
    }

    @Test
    void racingRetriesWithOneKeyWriteOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String from = Fixtures.createLab();
        String to = Fixtures.createLab();
        String researcher = Fixtures.createResearcher(from, "2020-01-01");
        Fixtures.Departure departure = Fixtures.departure(researcher, from, to, "2024-03-01");
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return given().contentType(ContentType.JSON)
                            .header("Idempotency-Key", key)
                            .body(departure)
                            .post("/api/v1/departures")
                            .then()
                            .extract()
                            .statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                int status = result.get();
                org.junit.jupiter.api.Assertions.assertTrue(status == 201 || status == 409, "status " + status);
            }
        } finally {
            pool.shutdownNow();
        }
        given().get("/api/v1/departures?researcher=" + researcher).then().body("totalItems", equalTo(1));
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(departure)
                .post("/api/v1/departures")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true");
    }
}
