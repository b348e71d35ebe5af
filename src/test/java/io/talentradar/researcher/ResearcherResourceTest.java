package io.talentradar.researcher;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.talentradar.common.Fixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ResearcherResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void createWithAnAffiliationOpensAStintAndSetsTheCurrentLab() {
        String lab = Fixtures.createLab();
        String slug = Fixtures.slug("ada");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("slug", slug);
        body.put("name", "Ada Example");
        body.put("seniority", "EXECUTIVE");
        body.put("expertise", List.of("safety", "alignment", "safety"));
        body.put("notableWork", List.of("Paper A", "Paper B"));
        body.put("affiliation", Map.of("labSlug", lab, "since", "2019-03-01"));
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/researchers")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/researchers/" + slug))
                .body("slug", equalTo(slug))
                .body("seniority", equalTo("EXECUTIVE"))
                .body("expertise", equalTo(List.of("alignment", "safety")))
                .body("notableWork", equalTo(List.of("Paper A", "Paper B")))
                .body("currentLabSlug", equalTo(lab));

        given().get("/api/v1/researchers/" + slug + "/affiliations")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].labSlug", equalTo(lab))
                .body("items[0].start", equalTo("2019-03-01"))
                .body("items[0].end", nullValue());
    }

    @Test
    void createWithAnUnknownLabStoresNothing() {
        String slug = Fixtures.slug("ghost");
        Map<String, Object> body = Map.of(
                "slug",
                slug,
                "name",
                "Ghost",
                "seniority",
                "IC",
                "affiliation",
                Map.of("labSlug", "no-such-lab-anywhere"));
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/researchers")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("affiliation.labSlug"));
        given().get("/api/v1/researchers/" + slug)
                .then()
                .statusCode(404)
                .body("type", equalTo("/problems/researcher-not-found"));
    }

    @Test
    void putReplacesTheFieldsAndHonoursIfMatch() {
        String lab = Fixtures.createLab();
        String slug = Fixtures.createResearcher(lab, "2020-01-01");
        String etag =
                given().get("/api/v1/researchers/" + slug).then().extract().header("ETag");
        Map<String, Object> body = Map.of(
                "slug",
                slug,
                "name",
                "New Name",
                "seniority",
                "FOUNDER",
                "expertise",
                List.of("rl"),
                "notableWork",
                List.of());
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(body)
                .put("/api/v1/researchers/" + slug)
                .then()
                .statusCode(200)
                .body("name", equalTo("New Name"))
                .body("seniority", equalTo("FOUNDER"))
                .body("expertise", equalTo(List.of("rl")))
                .body("currentLabSlug", equalTo(lab));
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(body)
                .put("/api/v1/researchers/" + slug)
                .then()
                .statusCode(412)
                .contentType(PROBLEM);
    }

    @Test
    void overlappingStintsAreAConflict() {
        String labA = Fixtures.createLab();
        String labB = Fixtures.createLab();
        String slug = Fixtures.createResearcher(labA, "2018-01-01");
        given().contentType(ContentType.JSON)
                .body(Map.of("labSlug", labB, "start", "2019-01-01", "end", "2020-01-01"))
                .post("/api/v1/researchers/" + slug + "/affiliations")
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/history-conflict"));

        // Before the open stint it fits, and is readable at its Location.
        String location = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "labSlug",
                        labB,
                        "start",
                        "2015-01-01",
                        "end",
                        "2018-01-01",
                        "sources",
                        List.of("https://example.com/cv")))
                .post("/api/v1/researchers/" + slug + "/affiliations")
                .then()
                .statusCode(201)
                .body("labSlug", equalTo(labB))
                .extract()
                .header("Location");
        given().get(location)
                .then()
                .statusCode(200)
                .body("end", equalTo("2018-01-01"))
                .body("sources", equalTo(List.of("https://example.com/cv")));
        given().get("/api/v1/researchers/" + slug + "/affiliations")
                .then()
                .body("items.labSlug", equalTo(List.of(labB, labA)));
    }

    @Test
    void aStintMustEndAfterItStarts() {
        String lab = Fixtures.createLab();
        String slug = Fixtures.createResearcher(null, null);
        given().contentType(ContentType.JSON)
                .body(Map.of("labSlug", lab, "start", "2020-01-01", "end", "2019-01-01"))
                .post("/api/v1/researchers/" + slug + "/affiliations")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("end"));
    }

    @Test
    void listFiltersByCurrentLabExpertiseSeniorityAndName() {
        String lab = Fixtures.createLab();
        String a = Fixtures.createResearcher(Fixtures.slug("fa"), "IC", List.of("policy"), lab, "2021-01-01");
        String b = Fixtures.createResearcher(Fixtures.slug("fb"), "LEAD", List.of("multimodal"), lab, "2021-01-01");
        given().get("/api/v1/researchers?lab=" + lab)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.slug", equalTo(List.of(a, b)));
        given().get("/api/v1/researchers?lab=" + lab + "&expertise=multimodal")
                .then()
                .body("totalItems", equalTo(1))
                .body("items[0].slug", equalTo(b));
        given().get("/api/v1/researchers?lab=" + lab + "&seniority=IC")
                .then()
                .body("totalItems", equalTo(1))
                .body("items[0].slug", equalTo(a));
        given().get("/api/v1/researchers?q=" + b)
                .then()
                .body("items.slug", hasItem(b))
                .body("items.slug", not(hasItem(a)));
        given().get("/api/v1/researchers?seniority=BOSS")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("seniority"));
    }

    @Test
    void aListedResearcherIsTheResearchersOwnAnswer() {
        String lab = Fixtures.createLab();
        String other = Fixtures.createLab();
        String prefix = Fixtures.slug("same");
        // areas given unsorted, and sharing prefixes; one researcher with no lab; one with a SECONDARY role elsewhere
        String many = Fixtures.createResearcher(
                prefix + "-a", "LEAD", List.of("rl", "reasoning", "multimodal", "ml-ops"), lab, "2020-01-01");
        String none = Fixtures.createResearcher(prefix + "-b", "IC", List.of(), null, null);
        String dual = Fixtures.createResearcher(prefix + "-c", "IC", List.of("safety"), lab, "2021-01-01");
        Map<String, Object> secondary = new LinkedHashMap<>();
        secondary.put("labSlug", other);
        secondary.put("start", "2022-01-01");
        secondary.put("kind", "SECONDARY");
        given().contentType(ContentType.JSON)
                .body(secondary)
                .post("/api/v1/researchers/" + dual + "/affiliations")
                .then()
                .statusCode(201);

        List<Map<String, Object>> listed = given().get("/api/v1/researchers?q=" + prefix + "&sort=slug")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        assertEquals(
                List.of(many, none, dual),
                listed.stream().map(r -> r.get("slug")).toList());
        for (Map<String, Object> item : listed) {
            assertEquals(
                    given().get("/api/v1/researchers/" + item.get("slug"))
                            .then()
                            .extract()
                            .jsonPath()
                            .getMap(""),
                    item);
        }
        assertEquals(
                List.of("ml-ops", "multimodal", "reasoning", "rl"),
                listed.get(0).get("expertise"));
        assertEquals(lab, listed.get(2).get("currentLabSlug"));
        assertNull(listed.get(1).get("currentLabSlug"));
    }

    @Test
    void rosterAnswersWhoWasThereOnADate() {
        String from = Fixtures.createLab();
        String to = Fixtures.createLab();
        String mover = Fixtures.createResearcher(from, "2015-01-01");
        String stayer = Fixtures.createResearcher(from, "2016-01-01");
        Fixtures.recordDeparture(mover, from, to, "2020-06-01");

        given().get("/api/v1/labs/" + from + "/researchers?asOf=2020-05-31")
                .then()
                .statusCode(200)
                .body(
                        "items.slug",
                        equalTo(List.of(mover, stayer).stream().sorted().toList()));
        given().get("/api/v1/labs/" + from + "/researchers?asOf=2020-06-01")
                .then()
                .body("items.slug", equalTo(List.of(stayer)));
        given().get("/api/v1/labs/" + from + "/researchers?asOf=2015-06-01")
                .then()
                .body("items.slug", equalTo(List.of(mover)));
        given().get("/api/v1/labs/" + to + "/researchers").then().body("items.slug", equalTo(List.of(mover)));
        given().get("/api/v1/labs/" + to + "/researchers?asOf=June")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
        given().get("/api/v1/labs/no-such-lab-anywhere/researchers").then().statusCode(404);
    }

    @Test
    void aResearcherWithDeparturesCannotBeDeletedOneWithoutCan() {
        String from = Fixtures.createLab();
        String to = Fixtures.createLab();
        String mover = Fixtures.createResearcher(from, "2015-01-01");
        Fixtures.recordDeparture(mover, from, to, "2020-06-01");
        given().delete("/api/v1/researchers/" + mover)
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/researcher-referenced"));

        String stayer = Fixtures.createResearcher(from, "2016-01-01");
        given().delete("/api/v1/researchers/" + stayer).then().statusCode(204);
        given().get("/api/v1/researchers/" + stayer).then().statusCode(404);
        given().get("/api/v1/labs/" + from + "/researchers?asOf=2017-01-01")
                .then()
                .body("items.slug", equalTo(List.of(mover)));
    }

    @Test
    void theResearcherEtagChangesWhenItsStintsChange() {
        String from = Fixtures.createLab();
        String to = Fixtures.createLab();
        String mover = Fixtures.createResearcher(from, "2015-01-01");
        String etag =
                given().get("/api/v1/researchers/" + mover).then().extract().header("ETag");
        Fixtures.recordDeparture(mover, from, to, "2020-06-01");
        given().header("If-None-Match", etag)
                .get("/api/v1/researchers/" + mover)
                .then()
                .statusCode(200)
                .body("currentLabSlug", equalTo(to))
                .body("version", greaterThan(1));
    }
}
