package io.talentradar.researcher;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.talentradar.common.Fixtures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Two records of one person become one; a merge that would contradict the history changes nothing. */
@QuarkusTest
class MergeTest {

    private static Response merge(String slug, String into) {
        return given().redirects()
                .follow(false)
                .contentType(ContentType.JSON)
                .body(Map.of("into", into))
                .post("/api/v1/researchers/" + slug + "/merge");
    }

    private static JsonPath researcher(String slug) {
        return given().get("/api/v1/researchers/" + slug)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static void stint(String researcher, String lab, String start, String end) {
        given().contentType(ContentType.JSON)
                .body(
                        end == null
                                ? Map.of("labSlug", lab, "start", start)
                                : Map.of("labSlug", lab, "start", start, "end", end))
                .post("/api/v1/researchers/" + researcher + "/affiliations")
                .then()
                .statusCode(201);
    }

    private static void put(String slug, Map<String, Object> changes) {
        JsonPath current = researcher(slug);
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("slug", slug);
        body.put("name", current.getString("name"));
        body.put("seniority", current.getString("seniority"));
        body.put("expertise", current.getList("expertise"));
        body.put("notableWork", current.getList("notableWork"));
        body.put("aliases", current.getList("aliases"));
        body.putAll(changes);
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"" + current.getLong("version") + "\"")
                .body(body)
                .put("/api/v1/researchers/" + slug)
                .then()
                .statusCode(200);
    }

    @Test
    void aMergeMovesTheHistoryToTheSurvivorAndTheOldSlugLeadsThere() {
        String labA = Fixtures.createLab();
        String labB = Fixtures.createLab();
        String labC = Fixtures.createLab();
        // the duplicate: at A from 2015, left for B in 2019 (the departure opens the stint at B); the survivor
        // was at C before
        String duplicate =
                Fixtures.createResearcher(Fixtures.slug("dup"), "IC", List.of("alignment"), labA, "2015-01-01");
        long departure = Fixtures.recordDeparture(duplicate, labA, labB, "2019-06-01");
        put(
                duplicate,
                Map.of(
                        "aliases",
                        List.of("J. Doe"),
                        "externalIds",
                        Map.of("dblp", "99/" + (System.nanoTime() % 100000))));
        String survivor = Fixtures.createResearcher(Fixtures.slug("sur"), "LEAD", List.of("reasoning"), null, null);
        stint(survivor, labC, "2010-01-01", "2015-01-01");
        String feedHead = given().get("/api/v1/changes?limit=1&after=0")
                .then()
                .extract()
                .path("head")
                .toString();
        String auditBefore = given().get("/api/v1/audit?sort=-id&size=1")
                .then()
                .extract()
                .path("items[0].id")
                .toString();
        String dblp = researcher(duplicate).getString("externalIds.dblp");

        JsonPath merged =
                merge(duplicate, survivor).then().statusCode(200).extract().jsonPath();
        assertEquals(survivor, merged.getString("slug"));
        assertEquals("LEAD", merged.getString("seniority"));
        assertEquals(dblp, merged.getString("externalIds.dblp"));
        assertTrue(merged.getList("aliases").containsAll(List.of("J. Doe", duplicate, "Researcher " + duplicate)));
        assertEquals(List.of("alignment", "reasoning"), merged.getList("expertise"));
        assertEquals(labB, merged.getString("currentLabSlug"));

        // the stints and the departure are the survivor's now
        given().get("/api/v1/researchers/" + survivor + "/affiliations")
                .then()
                .body("items.labSlug", equalTo(List.of(labC, labA, labB)));
        given().get("/api/v1/departures/" + departure).then().body("researcherSlug", equalTo(survivor));
        given().get("/api/v1/labs/" + labA + "/indices?asOf=2019-12-31&explain=true")
                .then()
                .statusCode(200)
                .body("contributions.researcher", hasItem(survivor));

        // the old slug leads to the survivor, reads and writes alike; it is never given again
        Response moved = given().redirects().follow(false).get("/api/v1/researchers/" + duplicate + "/affiliations");
        assertEquals(308, moved.statusCode());
        assertTrue(moved.header("Location").endsWith("/api/v1/researchers/" + survivor + "/affiliations"));
        assertEquals(308, merge(duplicate, survivor).statusCode());
        given().contentType(ContentType.JSON)
                .body(Map.of("slug", duplicate, "name", "Someone else", "seniority", "IC"))
                .post("/api/v1/researchers")
                .then()
                .statusCode(409)
                .body("detail", containsString(survivor));

        // one audit entry and one MERGED feed entry: before both, after the survivor
        given().get("/api/v1/audit?sort=-id&size=5")
                .then()
                .body("items.findAll { it.id > " + auditBefore + " }", hasSize(1))
                .body("items[0].action", equalTo("MERGE"));
        given().get("/api/v1/changes?after=" + feedHead)
                .then()
                .body("items", hasSize(1))
                .body("items[0].action", equalTo("MERGED"))
                .body("items[0].slug", equalTo(duplicate))
                .body("items[0].before.merged.slug", equalTo(duplicate))
                .body("items[0].before.into.slug", equalTo(survivor))
                .body("items[0].after.slug", equalTo(survivor));
    }

    @Test
    void contradictingHistoriesAreRefusedNamingTheStintsAndChangeNothing() {
        String labA = Fixtures.createLab();
        String labB = Fixtures.createLab();
        String one = Fixtures.createResearcher(labA, "2018-01-01");
        String other = Fixtures.createResearcher(labB, "2020-01-01");
        String before = Fixtures.writesSoFar();
        JsonPath oneBefore = researcher(one);

        merge(one, other)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("'" + labA + "' [2018-01-01, open)"))
                .body("detail", containsString("'" + labB + "' [2020-01-01, open)"));
        assertEquals(before, Fixtures.writesSoFar());
        assertEquals(oneBefore.getLong("version"), researcher(one).getLong("version"));
        researcher(other);

        // two different values of one external id: two people, not one
        String third = Fixtures.createResearcher(null, null);
        String fourth = Fixtures.createResearcher(null, null);
        put(third, Map.of("externalIds", Map.of("orcid", "0000-0002-1825-0097")));
        put(fourth, Map.of("externalIds", Map.of("orcid", "0000-0001-5109-3700")));
        String beforeIds = Fixtures.writesSoFar();
        merge(third, fourth).then().statusCode(409).body("detail", containsString("orcid"));
        assertEquals(beforeIds, Fixtures.writesSoFar());

        // bad requests
        merge(third, third).then().statusCode(400).body("errors[0].field", equalTo("into"));
        merge(third, Fixtures.slug("nobody")).then().statusCode(400).body("errors[0].field", equalTo("into"));
        merge(Fixtures.slug("nobody"), third).then().statusCode(404);
        given().contentType(ContentType.JSON)
                .body(Map.of("into", fourth, "unknown", 1))
                .post("/api/v1/researchers/" + third + "/merge")
                .then()
                .statusCode(400);
        assertEquals(beforeIds, Fixtures.writesSoFar());
    }

    @Test
    void theSameStintRecordedTwiceIsKeptOnce() {
        String lab = Fixtures.createLab();
        String one = Fixtures.createResearcher(lab, "2019-03-01");
        String other = Fixtures.createResearcher(lab, "2019-03-01");
        merge(one, other).then().statusCode(200).body("currentLabSlug", equalTo(lab));
        given().get("/api/v1/researchers/" + other + "/affiliations").then().body("items", hasSize(1));
    }

    @Test
    void renameThenMergeLeadsEveryOldSlugToTheSurvivorInOneHop() {
        String first = Fixtures.createResearcher(null, null);
        String renamed = Fixtures.slug("renamed");
        put(first, Map.of("slug", renamed));
        String survivor = Fixtures.createResearcher(null, null);
        merge(renamed, survivor).then().statusCode(200);
        for (String old : List.of(first, renamed)) {
            Response moved = given().redirects().follow(false).get("/api/v1/researchers/" + old);
            assertEquals(308, moved.statusCode(), old);
            assertTrue(moved.header("Location").endsWith("/api/v1/researchers/" + survivor), old);
        }
        given().get("/api/v1/researchers?q=" + first).then().body("items.slug", equalTo(List.of(survivor)));
    }

    @Test
    void aMergeUnderConcurrentWritesToBothLosesNoAcknowledgedWrite() throws Exception {
        String lab = Fixtures.createLab();
        String duplicate = Fixtures.createResearcher(null, null);
        String survivor = Fixtures.createResearcher(null, null);
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> writers = new ArrayList<>();
            // one-year stints that overlap nothing: the duplicate's in 2000..2009, the survivor's in 1990..1999
            for (String[] who : List.of(new String[] {duplicate, "2000"}, new String[] {survivor, "1990"})) {
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        int year = Integer.parseInt(who[1]) + i;
                        Response r = given().redirects()
                                .follow(false)
                                .contentType(ContentType.JSON)
                                .body(Map.of("labSlug", lab, "start", year + "-01-01", "end", (year + 1) + "-01-01"))
                                .post("/api/v1/researchers/" + who[0] + "/affiliations");
                        statuses.add(r.statusCode());
                        if (r.statusCode() == 201) {
                            acknowledged.add(year + "-01-01");
                        }
                    }
                }));
            }
            Future<Response> merging = pool.submit(() -> {
                Thread.sleep(30);
                return merge(duplicate, survivor);
            });
            for (Future<?> writer : writers) {
                writer.get();
            }
            assertEquals(200, merging.get().statusCode(), merging.get().asString());
        } finally {
            pool.shutdown();
        }
        // a write to the duplicate after the merge is redirected (308), never a 500 and never lost
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 308), statuses.toString());
        List<String> starts = given().get("/api/v1/researchers/" + survivor + "/affiliations?size=100")
                .then()
                .extract()
                .jsonPath()
                .getList("items.start");
        assertEquals(acknowledged.size(), starts.size());
        assertTrue(starts.containsAll(acknowledged));
        given().get("/api/v1/researchers?q=" + duplicate).then().body("items.slug", not(hasItems(duplicate)));
    }
}
