package io.talentradar.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every class of bad request answers a 4xx problem+json that leaks nothing and changes nothing. */
@QuarkusTest
class ErrorContractTest {

    private static final String PROBLEM = "application/problem+json";

    private static ValidatableResponse post(String path, String json) {
        return given().contentType(ContentType.JSON).body(json).post(path).then();
    }

    private static ValidatableResponse assertProblem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType(PROBLEM)
                .body("status", equalTo(status))
                .body("type", notNullValue())
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body(allOf(
                        not(containsString("Exception")),
                        not(containsString("io.talentradar")),
                        not(containsString("org.")),
                        not(containsString("SELECT")),
                        not(containsString("select "))));
    }

    private static long count(String path) {
        return given().get(path + "?size=1")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("totalItems");
    }

    static Stream<Arguments> badLabBodies() {
        return Stream.of(
                Arguments.of("malformed JSON", "{\"slug\": \"x", null),
                Arguments.of("not an object", "[1, 2]", null),
                Arguments.of(
                        "wrong type",
                        "{\"slug\":\"ok-lab\",\"name\":\"N\",\"type\":\"STARTUP\",\"foundedYear\":\"old\"}",
                        "foundedYear"),
                Arguments.of(
                        "wrong type for a string",
                        "{\"slug\":\"ok-lab\",\"name\":{\"a\":1},\"type\":\"STARTUP\"}",
                        "name"),
                Arguments.of("unknown enum", "{\"slug\":\"ok-lab\",\"name\":\"N\",\"type\":\"SPACESHIP\"}", "type"),
                Arguments.of(
                        "unknown field",
                        "{\"slug\":\"ok-lab\",\"name\":\"N\",\"type\":\"STARTUP\",\"ceo\":\"x\"}",
                        "ceo"),
                Arguments.of("missing required", "{\"slug\":\"ok-lab\",\"type\":\"STARTUP\"}", "name"),
                Arguments.of("bad slug", "{\"slug\":\"Not A Slug!\",\"name\":\"N\",\"type\":\"STARTUP\"}", "slug"),
                Arguments.of(
                        "too long slug",
                        "{\"slug\":\"" + "a".repeat(65) + "\",\"name\":\"N\",\"type\":\"STARTUP\"}",
                        "slug"),
                Arguments.of(
                        "bad country",
                        "{\"slug\":\"ok-lab\",\"name\":\"N\",\"type\":\"STARTUP\",\"country\":\"usa\"}",
                        "country"),
                Arguments.of(
                        "future founding",
                        "{\"slug\":\"ok-lab\",\"name\":\"N\",\"type\":\"STARTUP\",\"foundedYear\":3000}",
                        "foundedYear"),
                Arguments.of("empty body", "", "body"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLabBodies")
    void badLabBodiesAre400AndStoreNothing(String label, String json, String field) {
        long before = count("/api/v1/labs");
        ValidatableResponse response = assertProblem(post("/api/v1/labs", json), 400);
        if (field != null) {
            response.body("errors.field", org.hamcrest.Matchers.hasItem(field));
        }
        assertEquals(before, count("/api/v1/labs"), label + " must not store anything");
        given().get("/api/v1/labs/ok-lab").then().statusCode(404);
    }

    /** A NUL byte in a path or a query is a 404 or 400 on every database (PostgreSQL refuses it in text). */
    @Test
    void aNulCharacterInAPathOrQueryIsTheClientsError() {
        for (String path : List.of(
                "/api/v1/labs/%00",
                "/api/v1/labs/%00/arrivals",
                "/api/v1/labs/%00/departures",
                "/api/v1/labs/%00/researchers",
                "/api/v1/researchers/%00",
                "/api/v1/researchers/%00/affiliations")) {
            given().urlEncodingEnabled(false).get(path).then().statusCode(404).contentType("application/problem+json");
        }
        given().urlEncodingEnabled(false)
                .get("/api/v1/labs?q=a%00b")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void badDatesInBodiesAre400NamingTheField() {
        assertProblem(
                        post(
                                "/api/v1/departures",
                                "{\"researcherSlug\":\"a-b\",\"fromLabSlug\":\"x-y\","
                                        + "\"date\":\"2024-13-45\",\"destinationType\":\"OTHER\",\"confidence\":\"REPORTED\"}"),
                        400)
                .body("errors[0].field", equalTo("date"));
        assertProblem(
                        post(
                                "/api/v1/departures",
                                "{\"researcherSlug\":\"a-b\",\"fromLabSlug\":\"x-y\","
                                        + "\"date\":\"2024-01-01\",\"destinationType\":\"OTHER\",\"confidence\":\"SURE\"}"),
                        400)
                .body("errors[0].field", equalTo("confidence"));
        assertProblem(post("/api/v1/departures", "{}"), 400)
                .body(
                        "errors.field",
                        equalTo(List.of("confidence", "date", "destinationType", "fromLabSlug", "researcherSlug")));
    }

    @Test
    void badQueryParametersAre400NamingTheParameter() {
        assertProblem(given().get("/api/v1/labs?page=-1").then(), 400).body("errors[0].field", equalTo("page"));
        assertProblem(given().get("/api/v1/labs?size=201").then(), 400).body("errors[0].field", equalTo("size"));
        assertProblem(given().get("/api/v1/labs?size=abc").then(), 400).body("errors[0].field", equalTo("size"));
        assertProblem(given().get("/api/v1/labs?sort=password").then(), 400).body("errors[0].field", equalTo("sort"));
        assertProblem(given().get("/api/v1/departures?since=yesterday").then(), 400)
                .body("errors[0].field", equalTo("since"));
        assertProblem(given().get("/api/v1/departures?destinationType=SPACE").then(), 400)
                .body("errors[0].field", equalTo("destinationType"));
        assertProblem(given().get("/api/v1/departures?fromLab=Bad_Slug").then(), 400)
                .body("errors[0].field", equalTo("fromLab"));
        assertProblem(given().get("/api/v1/labs?type=nope").then(), 400).body("errors[0].field", equalTo("type"));
    }

    @Test
    void unknownIdsAre404() {
        assertProblem(given().get("/api/v1/labs/no-such-lab-anywhere").then(), 404)
                .body("type", equalTo("/problems/lab-not-found"));
        assertProblem(given().get("/api/v1/researchers/no-such-person-anywhere").then(), 404);
        assertProblem(given().get("/api/v1/departures/987654321").then(), 404);
        assertProblem(
                given().get("/api/v1/researchers/no-such-person-anywhere/affiliations")
                        .then(),
                404);
        assertProblem(given().get("/api/v1/nothing-here").then(), 404);
        assertProblem(given().get("/api/v1/departures/abc").then(), 400).body("errors[0].field", equalTo("id"));
    }

    @Test
    void wrongContentTypeIs415AndWrongMethodIs405() {
        assertProblem(
                given().contentType(ContentType.TEXT)
                        .body("{}")
                        .post("/api/v1/labs")
                        .then(),
                415);
        assertProblem(
                given().contentType(ContentType.XML)
                        .body("<lab/>")
                        .post("/api/v1/departures")
                        .then(),
                415);
        assertProblem(given().patch("/api/v1/labs").then(), 405);
        assertProblem(given().delete("/api/v1/labs").then(), 405);
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body("{}")
                        .put("/api/v1/departures")
                        .then(),
                405);
    }

    /** A sweep of hostile requests over every endpoint: nothing may answer 5xx, every error is problem+json. */
    @Test
    void noBadRequestAnswers5xx() {
        List<String> paths = List.of(
                "/api/v1/labs",
                "/api/v1/labs/x",
                "/api/v1/labs/x/researchers",
                "/api/v1/labs/x/departures",
                "/api/v1/labs/x/arrivals",
                "/api/v1/researchers",
                "/api/v1/researchers/x",
                "/api/v1/researchers/x/affiliations",
                "/api/v1/researchers/x/affiliations/1",
                "/api/v1/departures",
                "/api/v1/departures/1",
                "/api/v1/departures/x",
                "/api/v1/labs/openai/indices",
                "/api/v1/labs/x/indices/history",
                "/api/v1/indices",
                "/api/v1/flows",
                "/api/v1/signals",
                "/api/v1/scenarios",
                "/api/v1/scoring/model");
        List<String> bodies = List.of(
                "",
                "{",
                "null",
                "[]",
                "\"text\"",
                "42",
                "{\"slug\":null}",
                "{\"slug\":\"a\",\"name\":\"\",\"type\":\"\"}",
                "{\"date\":\"2020-02-30\"}",
                "{\"researcherSlug\":\"zz\",\"fromLabSlug\":\"zz\",\"date\":\"2020-01-01\",\"destinationType\":\"OTHER\","
                        + "\"confidence\":\"RUMORED\",\"tenureYears\":1e308}",
                "{\"expertise\":[null],\"notableWork\":[\"a\\nb\"]}",
                "{\"sources\":[\"" + "x".repeat(10_000) + "\"]}",
                "{\"departures\":[null]}",
                "{\"departures\":[{\"researcherSlug\":\"john-jumper\",\"date\":\"2024-01-01\","
                        + "\"destinationType\":\"OTHER\",\"confidence\":\"RUMORED\",\"toLabSlug\":\"google-deepmind\"}]}");
        List<String> queries = List.of(
                "",
                "?page=99999999999",
                "?size=-5",
                "?sort=-",
                "?sort=,",
                "?asOf=0000-00-00",
                "?since=2020-01-01&until=abc",
                "?minSeniority=lead",
                "?q=%27%3B%20drop%20table%20lab%3B--",
                "?lab=" + "a".repeat(300),
                "?asOf=2024-02-30&window=1e9&halfLife=NaN",
                "?halfLife=Infinity&rollup=1",
                "?from=2024-01-01&to=1900-01-01&explain=true",
                "?expertise=" + "z".repeat(100));
        for (String path : paths) {
            for (String query : queries) {
                check(given().get(path + query).then(), "GET " + path + query);
            }
            for (String body : bodies) {
                check(
                        given().contentType(ContentType.JSON)
                                .body(body)
                                .post(path)
                                .then(),
                        "POST " + path + " " + body);
                check(given().contentType(ContentType.JSON).body(body).put(path).then(), "PUT " + path + " " + body);
            }
            check(given().header("If-Match", "garbage").delete(path).then(), "DELETE " + path);
        }
    }

    private static void check(ValidatableResponse response, String what) {
        int status = response.extract().statusCode();
        assertTrue(status < 500, what + " answered " + status);
        if (status >= 400) {
            assertEquals(PROBLEM, response.extract().contentType().split(";")[0], what);
        }
    }
}
