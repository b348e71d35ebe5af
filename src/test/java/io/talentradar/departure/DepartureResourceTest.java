package io.talentradar.departure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.talentradar.common.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DepartureResourceTest {

    private static final String PROBLEM = "application/problem+json";

    private static ValidatableResponse stints(String researcher) {
        return given().get("/api/v1/researchers/" + researcher + "/affiliations")
                .then()
                .statusCode(200);
    }

    @Test
    void recordingADepartureEndsTheOriginStintAndOpensTheDestination() {
        String from = Fixtures.createLab();
        String to = Fixtures.createLab();
        String researcher = Fixtures.createResearcher(from, "2017-05-01");
        Fixtures.Departure body = Fixtures.departure(researcher, from, to, "2024-05-01");
        body = body.withDatePrecision("MONTH");
        body = body.withReason("safety culture");
        body = body.withTenureYears(2.0); // stated, but the stint start is known: the derived one wins
        String created = given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/departures")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/departures/"))
                .body("researcherSlug", equalTo(researcher))
                .body("fromLabSlug", equalTo(from))
                .body("toLabSlug", equalTo(to))
                .body("date", equalTo("2024-05-01"))
                .body("datePrecision", equalTo("MONTH"))
                .body("destinationType", equalTo("COMPETITOR"))
                .body("confidence", equalTo("CONFIRMED"))
                .body("reason", equalTo("safety culture"))
                .extract()
                .asString();
        long id = JsonPath.from(created).getLong("id");
        assertEquals(2557 / 365.25, Fixtures.exactNumber(created, "tenureYears"), 1e-12);

        stints(researcher)
                .body("items.labSlug", equalTo(List.of(from, to)))
                .body("items.start", equalTo(List.of("2017-05-01", "2024-05-01")))
                .body("items.end", equalTo(java.util.Arrays.asList("2024-05-01", null)));
        given().get("/api/v1/researchers/" + researcher).then().body("currentLabSlug", equalTo(to));
        given().get("/api/v1/departures/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo((int) id));
    }

    @Test
    void anUnknownStintStartUsesTheStatedTenure() {
        String from = Fixtures.createLab();
        String researcher = Fixtures.createResearcher(from, null);
        Fixtures.Departure body = Fixtures.departure(researcher, from, null, "2023-01-10");
        body = body.withTenureYears(4.5);
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/departures")
                .then()
                .statusCode(201)
                .body("tenureYears", equalTo(4.5f))
                .body("toLabSlug", nullValue());
        // An undisclosed destination opens no stint.
        stints(researcher).body("totalItems", equalTo(1)).body("items[0].end", equalTo("2023-01-10"));
        given().get("/api/v1/researchers/" + researcher).then().body("currentLabSlug", nullValue());
    }

    @Test
    void aDepartureFromALabTheResearcherWasNotAtIsAConflictAndChangesNothing() {
        String from = Fixtures.createLab();
        String other = Fixtures.createLab();
        String researcher = Fixtures.createResearcher(from, "2020-01-01");

        given().contentType(ContentType.JSON)
                .body(Fixtures.departure(researcher, other, from, "2021-01-01"))
                .post("/api/v1/departures")
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/history-conflict"))
                .body("detail", containsString("not affiliated"));
        // Before the stint started
        given().contentType(ContentType.JSON)
                .body(Fixtures.departure(researcher, from, other, "2019-12-31"))
                .post("/api/v1/departures")
                .then()
                .statusCode(409);
        // Twice from the same stint
        Fixtures.recordDeparture(researcher, from, other, "2021-01-01");
        given().contentType(ContentType.JSON)
                .body(Fixtures.departure(researcher, from, other, "2021-06-01"))
                .post("/api/v1/departures")
                .then()
                .statusCode(409);

        given().get("/api/v1/departures?researcher=" + researcher).then().body("totalItems", equalTo(1));
        stints(researcher).body("totalItems", equalTo(2));
    }

    @Test
    void aDestinationStintThatWouldOverlapLaterHistoryIsAConflict() {
        String a = Fixtures.createLab();
        String b = Fixtures.createLab();
        String c = Fixtures.createLab();
        String researcher = Fixtures.createResearcher(null, null);
        given().contentType(ContentType.JSON)
                .body(Map.of("labSlug", a, "start", "2010-01-01", "end", "2015-01-01"))
                .post("/api/v1/researchers/" + researcher + "/affiliations")
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of("labSlug", c, "start", "2016-01-01"))
                .post("/api/v1/researchers/" + researcher + "/affiliations")
                .then()
                .statusCode(201);
        // Leaving a for b on 2012 would open [2012, open) at b, overlapping the stint at c.
        given().contentType(ContentType.JSON)
                .body(Fixtures.departure(researcher, a, b, "2012-01-01"))
                .post("/api/v1/departures")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/history-conflict"));
        stints(researcher).body("items.end", equalTo(java.util.Arrays.asList("2015-01-01", null)));
        // Leaving a on its recorded end date claims that end.
        Fixtures.recordDeparture(researcher, a, null, "2015-01-01");
    }

    @Test
    void invalidDeparturesAre400AndStoreNothing() {
        String from = Fixtures.createLab();
        String researcher = Fixtures.createResearcher(from, "2020-01-01");
        Fixtures.Departure future = Fixtures.departure(researcher, from, null, "2999-01-01");
        given().contentType(ContentType.JSON)
                .body(future)
                .post("/api/v1/departures")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("date"));
        given().contentType(ContentType.JSON)
                .body(Fixtures.departure(researcher, from, from, "2021-01-01"))
                .post("/api/v1/departures")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("toLabSlug"));
        Fixtures.Departure month = Fixtures.departure(researcher, from, null, "2021-01-15");
        month = month.withDatePrecision("MONTH");
        given().contentType(ContentType.JSON)
                .body(month)
                .post("/api/v1/departures")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("date"));
        Fixtures.Departure badSource = Fixtures.departure(researcher, from, null, "2021-01-15");
        badSource = badSource.withSources(List.of("not a url"));
        given().contentType(ContentType.JSON)
                .body(badSource)
                .post("/api/v1/departures")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sources[0]"));
        given().contentType(ContentType.JSON)
                .body(Fixtures.departure("no-such-person-anywhere", from, null, "2021-01-15"))
                .post("/api/v1/departures")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("researcherSlug"));

        given().get("/api/v1/departures?researcher=" + researcher).then().body("totalItems", equalTo(0));
        stints(researcher).body("items[0].end", nullValue());
    }

    @Test
    void changingTheDateReDerivesTheStints() {
        String from = Fixtures.createLab();
        String to = Fixtures.createLab();
        String researcher = Fixtures.createResearcher(from, "2018-01-01");
        long id = Fixtures.recordDeparture(researcher, from, to, "2022-03-01");

        Fixtures.Departure moved = Fixtures.departure(researcher, from, to, "2022-09-01");
        String changed = given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(moved)
                .put("/api/v1/departures/" + id)
                .then()
                .statusCode(200)
                .body("date", equalTo("2022-09-01"))
                .extract()
                .asString();
        assertTrue(JsonPath.from(changed).getLong("version") > 0);
        assertEquals(1704 / 365.25, Fixtures.exactNumber(changed, "tenureYears"), 1e-12);
        stints(researcher)
                .body("items.start", equalTo(List.of("2018-01-01", "2022-09-01")))
                .body("items.end", equalTo(java.util.Arrays.asList("2022-09-01", null)));

        // Now undisclosed: the destination stint goes away.
        given().contentType(ContentType.JSON)
                .body(Fixtures.departure(researcher, from, null, "2022-09-01"))
                .put("/api/v1/departures/" + id)
                .then()
                .statusCode(200)
                .body("toLabSlug", nullValue());
        stints(researcher).body("totalItems", equalTo(1));

        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(moved)
                .put("/api/v1/departures/" + id)
                .then()
                .statusCode(412);
    }

    @Test
    void editingOnlyTheReasonKeepsTheStintsEvenWithALaterDeparture() {
        String a = Fixtures.createLab();
        String b = Fixtures.createLab();
        String c = Fixtures.createLab();
        String researcher = Fixtures.createResearcher(a, "2010-01-01");
        long first = Fixtures.recordDeparture(researcher, a, b, "2015-01-01");
        Fixtures.recordDeparture(researcher, b, c, "2018-01-01");

        Fixtures.Departure edit = Fixtures.departure(researcher, a, b, "2015-01-01");
        edit = edit.withReason("better offer");
        given().contentType(ContentType.JSON)
                .body(edit)
                .put("/api/v1/departures/" + first)
                .then()
                .statusCode(200)
                .body("reason", equalTo("better offer"));

        // Moving it would orphan the later departure's stint: refused, nothing changes.
        Fixtures.Departure move = Fixtures.departure(researcher, a, b, "2016-01-01");
        given().contentType(ContentType.JSON)
                .body(move)
                .put("/api/v1/departures/" + first)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/history-conflict"));
        given().delete("/api/v1/departures/" + first).then().statusCode(409);
        stints(researcher).body("items.labSlug", equalTo(List.of(a, b, c)));
    }

    @Test
    void deletingADepartureRestoresTheStints() {
        String from = Fixtures.createLab();
        String to = Fixtures.createLab();
        String researcher = Fixtures.createResearcher(from, "2018-01-01");
        long id = Fixtures.recordDeparture(researcher, from, to, "2022-03-01");
        given().header("If-Match", "\"5\"")
                .delete("/api/v1/departures/" + id)
                .then()
                .statusCode(412);
        given().header("If-Match", "\"0\"")
                .delete("/api/v1/departures/" + id)
                .then()
                .statusCode(204);
        given().get("/api/v1/departures/" + id)
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/departure-not-found"));
        stints(researcher).body("totalItems", equalTo(1)).body("items[0].end", nullValue());
        given().get("/api/v1/researchers/" + researcher).then().body("currentLabSlug", equalTo(from));
    }

    @Test
    void listFiltersAndLabViews() {
        String from = Fixtures.createLab();
        String to = Fixtures.createLab();
        String senior =
                Fixtures.createResearcher(Fixtures.slug("s"), "EXECUTIVE", List.of("pretraining"), from, "2015-01-01");
        String junior = Fixtures.createResearcher(Fixtures.slug("j"), "IC", List.of("product"), from, "2015-01-01");
        Fixtures.recordDeparture(senior, from, to, "2021-02-01");
        Fixtures.recordDeparture(junior, from, null, "2023-07-01");

        given().get("/api/v1/departures?fromLab=" + from)
                .then()
                .body("totalItems", equalTo(2))
                .body("items.researcherSlug", equalTo(List.of(junior, senior)));
        given().get("/api/v1/departures?lab=" + to).then().body("totalItems", equalTo(1));
        given().get("/api/v1/departures?lab=" + from + "&sort=date")
                .then()
                .body("totalItems", equalTo(2))
                .body("items.researcherSlug", equalTo(List.of(senior, junior)));
        given().get("/api/v1/departures?lab=" + to + "&size=1")
                .then()
                .body("totalItems", equalTo(1))
                .body("totalPages", equalTo(1));
        given().get("/api/v1/departures?fromLab=" + from + "&since=2022-01-01")
                .then()
                .body("items.researcherSlug", equalTo(List.of(junior)));
        given().get("/api/v1/departures?fromLab=" + from + "&until=2021-02-01")
                .then()
                .body("items.researcherSlug", equalTo(List.of(senior)));
        given().get("/api/v1/departures?fromLab=" + from + "&destinationType=UNDISCLOSED")
                .then()
                .body("items.researcherSlug", equalTo(List.of(junior)));
        given().get("/api/v1/departures?fromLab=" + from + "&minSeniority=LEAD")
                .then()
                .body("items.researcherSlug", equalTo(List.of(senior)));
        given().get("/api/v1/departures?fromLab=" + from + "&expertise=product")
                .then()
                .body("items.researcherSlug", equalTo(List.of(junior)));
        given().get("/api/v1/departures?toLab=" + to).then().body("items.researcherSlug", equalTo(List.of(senior)));

        given().get("/api/v1/labs/" + from + "/departures")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2));
        given().get("/api/v1/labs/" + from + "/departures?minSeniority=EXECUTIVE")
                .then()
                .body("totalItems", equalTo(1));
        given().get("/api/v1/labs/" + to + "/arrivals").then().body("items.researcherSlug", equalTo(List.of(senior)));
        given().get("/api/v1/labs/" + to + "/departures").then().body("totalItems", equalTo(0));
        given().get("/api/v1/labs/no-such-lab-anywhere/arrivals").then().statusCode(404);
        given().get("/api/v1/departures?since=2022-01-01&until=2021-01-01")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("until"));
    }
}
