package io.talentradar.concurrency;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.talentradar.common.Fixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Many clients writing the same thing at the same moment: one wins, the others are told, nothing is lost. */
@QuarkusTest
class ConcurrencyTest {

    private static final int CLIENTS = 50;

    private static List<Integer> race(int clients, java.util.function.IntFunction<Integer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int client = i;
                Callable<Integer> call = () -> {
                    start.await();
                    return request.apply(client);
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fiftyUpdatesWithTheSameIfMatchHaveExactlyOneWinner() throws Exception {
        String slug = Fixtures.createLab();
        List<Integer> statuses = race(CLIENTS, client -> {
            Fixtures.Lab body = Fixtures.lab(slug);
            body = body.withName("Writer " + client);
            return given().contentType(ContentType.JSON)
                    .header("If-Match", "\"0\"")
                    .body(body)
                    .put("/api/v1/labs/" + slug)
                    .then()
                    .extract()
                    .statusCode();
        });
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(CLIENTS - 1, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
        JsonPath lab = given().get("/api/v1/labs/" + slug)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(1, lab.getInt("version"));
        assertTrue(lab.getString("name").startsWith("Writer "));
        // The winner's write is the one in the audit trail: no lost update.
        assertEquals(1, (int) given().get("/api/v1/audit?resourceType=lab&resourceId=" + slug + "&size=5")
                .then()
                .extract()
                .path("items.findAll { it.action == 'UPDATE' }.size()"));
    }

    @Test
    void concurrentDeparturesOfOneResearcherNeverLeaveOverlappingStints() throws Exception {
        String from = Fixtures.createLab();
        List<String> destinations = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            destinations.add(Fixtures.createLab());
        }
        String researcher = Fixtures.createResearcher(from, "2015-01-01");
        List<Integer> statuses = race(
                CLIENTS,
                client -> given().contentType(ContentType.JSON)
                        .body(Fixtures.departure(
                                researcher,
                                from,
                                destinations.get(client % 5),
                                LocalDate.of(2020, 1, 1).plusDays(client * 7L).toString()))
                        .post("/api/v1/departures")
                        .then()
                        .extract()
                        .statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(CLIENTS - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());

        JsonPath stints = given().get("/api/v1/researchers/" + researcher + "/affiliations?size=200")
                .then()
                .extract()
                .jsonPath();
        List<Map<String, Object>> items = stints.getList("items");
        assertEquals(2, items.size());
        assertEquals(1, items.stream().filter(s -> s.get("end") == null).count());
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                assertFalse(overlap(items.get(i), items.get(j)), items.toString());
            }
        }
        assertEquals(1, (int) given().get("/api/v1/departures?researcher=" + researcher)
                .then()
                .extract()
                .path("totalItems"));
    }

    private static boolean overlap(Map<String, Object> a, Map<String, Object> b) {
        LocalDate aStart = date(a.get("start"), LocalDate.MIN);
        LocalDate aEnd = date(a.get("end"), LocalDate.MAX);
        LocalDate bStart = date(b.get("start"), LocalDate.MIN);
        LocalDate bEnd = date(b.get("end"), LocalDate.MAX);
        return aStart.isBefore(bEnd) && bStart.isBefore(aEnd);
    }

    private static LocalDate date(Object value, LocalDate ifNull) {
        return value == null ? ifNull : LocalDate.parse((String) value);
    }
}
