package io.talentradar.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The defects the contract review found, each pinned: the behaviour the document promises. */
@QuarkusTest
class ContractTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    EntityManager em;

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType(PROBLEM).body("status", equalTo(status));
    }

    private static long labCount() {
        return given().get("/api/v1/labs?size=1")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("totalItems");
    }

    @Test
    void aMalformedMultipartBodyIsABadRequest() {
        problem(
                        given().contentType("multipart/form-data; boundary=XYZ")
                                .body("--XYZ\r\nNone--XYZ--\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                                .post("/api/v1/import")
                                .then(),
                        400)
                .body("type", equalTo("/problems/malformed-multipart"));
    }

    @Test
    void jsonScalarsOfTheWrongTypeAreRefusedNotCoerced() {
        long before = labCount();
        problem(
                        given().contentType(ContentType.JSON)
                                .body("{\"slug\": true, \"name\": \"N\", \"type\": \"STARTUP\"}")
                                .post("/api/v1/labs")
                                .then(),
                        400)
                .body("errors.field", hasItem("slug"));
        problem(
                        given().contentType(ContentType.JSON)
                                .body("{\"slug\": \"coerced-lab\", \"name\": 123, \"type\": \"STARTUP\"}")
                                .post("/api/v1/labs")
                                .then(),
                        400)
                .body("errors.field", hasItem("name"));
        problem(
                        given().contentType(ContentType.JSON)
                                .body(
                                        "{\"slug\": \"coerced-lab\", \"name\": \"N\", \"type\": \"STARTUP\", \"foundedYear\": 2020.5}")
                                .post("/api/v1/labs")
                                .then(),
                        400)
                .body("errors.field", hasItem("foundedYear"));
        problem(
                        given().contentType(ContentType.JSON)
                                .body(
                                        "{\"slug\": \"coerced-lab\", \"name\": \"N\", \"type\": \"STARTUP\", \"foundedYear\": \"2020\"}")
                                .post("/api/v1/labs")
                                .then(),
                        400)
                .body("errors.field", hasItem("foundedYear"));
        assertEquals(before, labCount());
        problem(
                        given().contentType(ContentType.JSON)
                                .body("{\"name\": false, \"role\": \"reader\"}")
                                .post("/api/v1/api-keys")
                                .then(),
                        400)
                .body("errors.field", hasItem("name"));

        String slug = Fixtures.createLab();
        // a decimal version: the one field a typed body cannot carry
        Map<String, Object> body = Fixtures.asMap(Fixtures.lab(slug));
        body.put("version", 0.5);
        problem(
                        given().contentType(ContentType.JSON)
                                .body(body)
                                .put("/api/v1/labs/" + slug)
                                .then(),
                        400)
                .body("errors.field", hasItem("version"));
        // a number with an integral value is a number: tenureYears 3 is 3.0
        given().get("/api/v1/labs/" + slug).then().statusCode(200).body("version", equalTo(0));
    }

    @Test
    void everyFieldAtItsMaximumIsStored() {
        Fixtures.Lab lab = Fixtures.lab(Fixtures.slug("max").substring(0, 8) + "a".repeat(56));
        lab = lab.withName("N".repeat(200));
        lab = lab.withWebsite("https://" + "w".repeat(492));
        given().contentType(ContentType.JSON)
                .body(lab)
                .post("/api/v1/labs")
                .then()
                .statusCode(201)
                .body("name", equalTo("N".repeat(200)));
        String labSlug = lab.slug();

        List<String> works = IntStream.range(0, 50)
                .mapToObj(i -> i + "é".repeat(300 - Integer.toString(i).length()))
                .toList();
        List<String> expertise = IntStream.range(0, 20)
                .mapToObj(i -> "area-" + i + "x".repeat(56))
                .toList();
        Map<String, Object> researcher = new LinkedHashMap<>();
        String researcherSlug = Fixtures.slug("maxr");
        researcher.put("slug", researcherSlug);
        researcher.put("name", "R".repeat(200));
        researcher.put("seniority", "LEAD");
        researcher.put("expertise", expertise);
        researcher.put("notableWork", works);
        researcher.put("affiliation", Map.of("labSlug", labSlug, "since", "2020-01-01"));
        given().contentType(ContentType.JSON)
                .body(researcher)
                .post("/api/v1/researchers")
                .then()
                .statusCode(201);
        given().get("/api/v1/researchers/" + researcherSlug)
                .then()
                .statusCode(200)
                .body("notableWork", equalTo(works))
                .body("expertise", hasSize(20));

        List<String> sources = IntStream.range(0, 20)
                .mapToObj(i -> "https://example.com/" + i
                        + "s"
                                .repeat(500
                                        - "https://example.com/".length()
                                        - Integer.toString(i).length()))
                .toList();
        Fixtures.Departure departure = Fixtures.departure(researcherSlug, labSlug, null, "2024-01-01");
        departure = departure.withSources(sources);
        departure = departure.withReason("r".repeat(1000));
        long id = given().contentType(ContentType.JSON)
                .body(departure)
                .post("/api/v1/departures")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        given().get("/api/v1/departures/" + id).then().statusCode(200).body("sources", equalTo(sources));

        Map<String, Object> stint = new LinkedHashMap<>();
        stint.put("labSlug", labSlug);
        stint.put("start", "2024-02-01");
        stint.put("sources", sources);
        given().contentType(ContentType.JSON)
                .body(stint)
                .post("/api/v1/researchers/" + researcherSlug + "/affiliations")
                .then()
                .statusCode(201)
                .body("sources", equalTo(sources));
    }

    @Test
    void aSecondDepartureOnTheSameDayIsAHistoryConflictNamingTheFirst() {
        String from = Fixtures.createLab();
        String to = Fixtures.createLab();
        String researcher = Fixtures.createResearcher(from, "2020-01-01");
        long first = Fixtures.recordDeparture(researcher, from, to, "2024-03-01");
        for (String again : new String[] {from, to}) {
            problem(
                            given().contentType(ContentType.JSON)
                                    .body(Fixtures.departure(researcher, again, null, "2024-03-01"))
                                    .post("/api/v1/departures")
                                    .then(),
                            409)
                    .body("type", equalTo("/problems/history-conflict"))
                    .body("detail", containsString("departure " + first));
        }
    }

    @Test
    void methodsAreListedExactly() {
        assertAllow(
                given().delete("/api/v1/labs").then().statusCode(405).contentType(PROBLEM),
                "GET",
                "HEAD",
                "OPTIONS",
                "POST");
        assertAllow(
                given().patch("/api/v1/labs/openai").then().statusCode(405).contentType(PROBLEM),
                "DELETE",
                "GET",
                "HEAD",
                "OPTIONS",
                "PUT");
        assertAllow(
                given().options("/api/v1/labs/openai").then().statusCode(204),
                "DELETE",
                "GET",
                "HEAD",
                "OPTIONS",
                "PUT");
        assertAllow(given().options("/api/v1/labs").then().statusCode(204), "GET", "HEAD", "OPTIONS", "POST");
        assertAllow(given().options("/api/v1/labs/openai/indices").then().statusCode(204), "GET", "HEAD", "OPTIONS");
    }

    private static void assertAllow(ValidatableResponse response, String... methods) {
        String allow = response.extract().header("Allow");
        Set<String> listed = new TreeSet<>();
        for (String m : allow.split(",")) {
            listed.add(m.trim());
        }
        assertEquals(new TreeSet<>(List.of(methods)), listed);
    }

    @Test
    void everyAnswerUnderApiIsAProblem() {
        problem(given().get("/api/nope").then(), 404).body("instance", equalTo("/api/nope"));
        problem(given().delete("/api/nope").then(), 404);
        problem(
                        given().urlEncodingEnabled(false)
                                .get("/api/v1/labs/../../etc/passwd")
                                .then(),
                        404)
                .body("instance", equalTo("/api/etc/passwd"));
        problem(given().get("/api/v1/labs?q=" + "a".repeat(17_000)).then(), 414);
        problem(
                given().header("X-Padding", "p".repeat(21_000))
                        .get("/api/v1/labs")
                        .then(),
                431);
    }

    @Test
    void idempotencyIsScopedByTheKeyItselfAndExpires() {
        String keyA = createKey("same-name");
        String keyB = createKey("same-name");
        Fixtures.Lab lab = Fixtures.lab(Fixtures.slug("idem"));
        String idem = "contract-" + lab.slug();
        given().header("X-API-Key", keyA)
                .header("Idempotency-Key", idem)
                .contentType(ContentType.JSON)
                .body(lab)
                .post("/api/v1/labs")
                .then()
                .statusCode(201);
        // another key of the same name sending the same key and body is not answered from A's record
        given().header("X-API-Key", keyB)
                .header("Idempotency-Key", idem)
                .contentType(ContentType.JSON)
                .body(lab)
                .post("/api/v1/labs")
                .then()
                .statusCode(409)
                .header("Idempotent-Replayed", nullValue());
        // A's reuse with another body: 422 naming the request's own path
        Fixtures.Lab other = Fixtures.lab(Fixtures.slug("idem"));
        problem(
                        given().header("X-API-Key", keyA)
                                .header("Idempotency-Key", idem)
                                .contentType(ContentType.JSON)
                                .body(other)
                                .post("/api/v1/labs")
                                .then(),
                        422)
                .body("instance", equalTo("/api/v1/labs"));
        // the audit trail tells the two keys apart
        List<String> actorKeys = given().queryParam("resourceId", lab.slug())
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.actorKey");
        assertEquals(1, actorKeys.size());
        assertNotEquals("bootstrap", actorKeys.get(0));

        // a record older than 24 hours is not replayed, even before any other write sweeps it
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update idempotency_record set created_at = ?1 where idem_key = ?2")
                        .setParameter(1, Instant.now().minus(25, ChronoUnit.HOURS))
                        .setParameter(2, idem)
                        .executeUpdate());
        given().header("X-API-Key", keyA)
                .header("Idempotency-Key", idem)
                .contentType(ContentType.JSON)
                .body(lab)
                .post("/api/v1/labs")
                .then()
                .statusCode(409)
                .header("Idempotent-Replayed", nullValue());
    }

    private static String createKey(String name) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "role", "editor"))
                .post("/api/v1/api-keys")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("key");
    }

    @Test
    void filtersDoNotDependOnTheJvmLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            given().queryParam("q", "ILYA")
                    .get("/api/v1/researchers")
                    .then()
                    .statusCode(200)
                    .body("items.slug", hasItem("ilya-sutskever"));
            given().queryParam("q", "INSTITUTE")
                    .queryParam("size", 200)
                    .get("/api/v1/labs")
                    .then()
                    .statusCode(200)
                    .body(
                            "totalItems",
                            equalTo(given().queryParam("q", "institute")
                                    .get("/api/v1/labs")
                                    .then()
                                    .extract()
                                    .jsonPath()
                                    .getInt("totalItems")));
            // the wildcards of LIKE are plain characters in a name filter
            given().queryParam("q", "%")
                    .get("/api/v1/labs")
                    .then()
                    .statusCode(200)
                    .body("totalItems", equalTo(0));
            given().queryParam("q", "_")
                    .get("/api/v1/researchers")
                    .then()
                    .statusCode(200)
                    .body("totalItems", equalTo(0));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void theDocumentNamesARelativeServer() {
        given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("servers.url", equalTo(Collections.singletonList("/")));
    }
}
