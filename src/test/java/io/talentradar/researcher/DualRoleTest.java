package io.talentradar.researcher;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.talentradar.common.Fixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A PRIMARY stint at a time, any number of SECONDARY roles beside it, and the indices weigh only the first. */
@QuarkusTest
class DualRoleTest {

    private static Map<String, Object> stint(String lab, String start, String end, String kind, String role) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("labSlug", lab);
        body.put("start", start);
        body.put("end", end);
        body.put("kind", kind);
        body.put("role", role);
        return body;
    }

    private static JsonPath add(String researcher, Map<String, Object> stint, int status) {
        return given().contentType(ContentType.JSON)
                .body(stint)
                .post("/api/v1/researchers/" + researcher + "/affiliations")
                .then()
                .statusCode(status)
                .extract()
                .jsonPath();
    }

    /** The lab's indices as the service answers them, without what every write moves (the data version). */
    private static String indices(String lab) {
        return given().get("/api/v1/labs/" + lab + "/indices?asOf=2024-06-30&explain=true")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .prettify();
    }

    @Test
    void secondaryRolesOverlapThePrimaryStintAndWeighNothing() {
        String university = Fixtures.createLab();
        String company = Fixtures.createLab();
        String professor = Fixtures.createResearcher(university, "2015-01-01");
        String colleague = Fixtures.createResearcher(company, "2016-01-01");
        String companyBefore = indices(company);
        String universityBefore = indices(university);

        // an advisory role at the company while still at the university: a SECONDARY stint may overlap
        JsonPath advisor = add(professor, stint(company, "2020-01-01", null, "SECONDARY", "Scientific Advisor"), 201);
        assertEquals("SECONDARY", advisor.getString("kind"));
        assertEquals("Scientific Advisor", advisor.getString("role"));
        add(professor, stint(company, "2021-01-01", null, "SECONDARY", "Visiting Researcher"), 201);
        // a second PRIMARY one may not
        add(professor, stint(company, "2020-01-01", null, null, null), 409)
                .getString("detail")
                .contains("SECONDARY");

        // no index of either lab moved; the current lab is the primary one's
        assertEquals(companyBefore, indices(company));
        assertEquals(universityBefore, indices(university));
        given().get("/api/v1/researchers/" + professor).then().body("currentLabSlug", equalTo(university));
        given().get("/api/v1/researchers?lab=" + company)
                .then()
                .body("items.slug", hasItem(colleague))
                .body("items.slug", not(hasItem(professor)));

        // rosters list the secondary roles only when asked, marked as such, once per researcher
        given().get("/api/v1/labs/" + company + "/researchers?asOf=2024-06-30")
                .then()
                .body("items.slug", equalTo(List.of(colleague)))
                .body("items[0].stintKind", equalTo("PRIMARY"));
        given().get("/api/v1/labs/" + company + "/researchers?asOf=2024-06-30&includeSecondary=true&sort=name")
                .then()
                .body("items.slug", equalTo(List.of(professor, colleague)))
                .body("items[0].stintKind", equalTo("SECONDARY"))
                .body("items[0].role", equalTo("Scientific Advisor"))
                .body("items[1].stintKind", equalTo("PRIMARY"));
        given().accept("text/csv")
                .get("/api/v1/labs/" + company + "/researchers?asOf=2024-06-30&includeSecondary=true")
                .then()
                .body(containsString(",stintKind,role"))
                .body(containsString("SECONDARY,Scientific Advisor"));
        given().get("/api/v1/labs/" + company + "/researchers?includeSecondary=yes")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("includeSecondary"));
    }

    @Test
    void departuresEndAndOpenPrimaryStintsOnlyAndASecondaryOneEndsByAnEdit() {
        String university = Fixtures.createLab();
        String company = Fixtures.createLab();
        String next = Fixtures.createLab();
        String professor = Fixtures.createResearcher(university, "2015-01-01");
        JsonPath adjunct = add(professor, stint(company, "2019-01-01", null, "SECONDARY", "Adjunct"), 201);

        // leaving the company is not a departure: the role there is secondary
        given().contentType(ContentType.JSON)
                .body(Fixtures.departure(professor, company, next, "2022-01-01"))
                .post("/api/v1/departures")
                .then()
                .statusCode(409);
        // leaving the university is, and leaves the secondary role open
        Fixtures.recordDeparture(professor, university, next, "2022-01-01");
        given().get("/api/v1/researchers/" + professor + "/affiliations/" + adjunct.getLong("id"))
                .then()
                .body("end", equalTo(null));

        // the secondary role ends by an edit (If-Match: the version read)
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"" + adjunct.getLong("version") + "\"")
                .body(stint(company, "2019-01-01", "2023-01-01", "SECONDARY", "Adjunct"))
                .put("/api/v1/researchers/" + professor + "/affiliations/" + adjunct.getLong("id"))
                .then()
                .statusCode(200)
                .body("end", equalTo("2023-01-01"));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"" + adjunct.getLong("version") + "\"")
                .body(stint(company, "2019-01-01", "2024-01-01", "SECONDARY", "Adjunct"))
                .put("/api/v1/researchers/" + professor + "/affiliations/" + adjunct.getLong("id"))
                .then()
                .statusCode(412);

        // a stint a departure ended keeps its dates (change the departure), but takes a title
        JsonPath stints = given().get("/api/v1/researchers/" + professor + "/affiliations?sort=start")
                .then()
                .extract()
                .jsonPath();
        long atUniversity = stints.getLong("items.find { it.labSlug == '" + university + "' }.id");
        String before = Fixtures.writesSoFar();
        given().contentType(ContentType.JSON)
                .body(stint(university, "2015-01-01", "2021-01-01", "PRIMARY", null))
                .put("/api/v1/researchers/" + professor + "/affiliations/" + atUniversity)
                .then()
                .statusCode(409);
        given().delete("/api/v1/researchers/" + professor + "/affiliations/" + atUniversity)
                .then()
                .statusCode(409);
        assertEquals(before, Fixtures.writesSoFar());
        given().contentType(ContentType.JSON)
                .body(stint(university, "2015-01-01", "2022-01-01", "PRIMARY", "Professor"))
                .put("/api/v1/researchers/" + professor + "/affiliations/" + atUniversity)
                .then()
                .statusCode(200)
                .body("role", equalTo("Professor"));
        assertNotEquals(before, Fixtures.writesSoFar());

        // a stint no departure refers to can be deleted
        given().delete("/api/v1/researchers/" + professor + "/affiliations/" + adjunct.getLong("id"))
                .then()
                .statusCode(204);
        given().get("/api/v1/researchers/" + professor + "/affiliations/" + adjunct.getLong("id"))
                .then()
                .statusCode(404);
    }
}
