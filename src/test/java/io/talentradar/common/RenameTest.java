package io.talentradar.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A slug can change; the old one leads to the new one for good (308), and is never given again. */
@QuarkusTest
class RenameTest {

    private static Response noRedirects(String method, String path) {
        return given().redirects().follow(false).request(method, path);
    }

    private static void rename(String collection, String from, Map<String, Object> body, long version) {
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"" + version + "\"")
                .body(body)
                .put("/api/v1/" + collection + "/" + from)
                .then()
                .statusCode(200)
                .body("slug", equalTo(body.get("slug")));
    }

    @Test
    void aRenamedLabIsFoundUnderItsOldSlugsByA308AndTheOldSlugIsRetired() {
        String first = Fixtures.createLab();
        String second = Fixtures.slug("lab");
        String third = Fixtures.slug("lab");
        String researcher = Fixtures.createResearcher(first, "2020-01-01");
        long version =
                given().get("/api/v1/labs/" + first).then().extract().jsonPath().getLong("version");

        // without If-Match (or the body's version) a rename is refused: it must say what it renames
        given().contentType(ContentType.JSON)
                .body(Fixtures.lab(second))
                .put("/api/v1/labs/" + first)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("slug"));
        rename("labs", first, Fixtures.asMap(Fixtures.lab(second)), version);

        Response moved = noRedirects("GET", "/api/v1/labs/" + first + "/indices?asOf=2024-12-31");
        assertEquals(308, moved.statusCode());
        assertTrue(
                moved.header("Location").endsWith("/api/v1/labs/" + second + "/indices?asOf=2024-12-31"),
                moved.header("Location"));
        given().get("/api/v1/labs/" + first).then().statusCode(200).body("slug", equalTo(second)); // followed
        given().get("/api/v1/researchers/" + researcher).then().body("currentLabSlug", equalTo(second));
        given().get("/api/v1/indices?asOf=2024-12-31&fields=tci&size=200")
                .then()
                .body("items.lab", not(hasItem(first)));

        // a write under the old slug is redirected too, never applied there
        String before = Fixtures.writesSoFar();
        Response write = given().redirects()
                .follow(false)
                .contentType(ContentType.JSON)
                .body(Fixtures.lab(first).withName("Changed under the old name"))
                .put("/api/v1/labs/" + first);
        assertEquals(308, write.statusCode());
        assertEquals(before, Fixtures.writesSoFar());

        // the old slug is never given again
        given().contentType(ContentType.JSON)
                .body(Fixtures.lab(first))
                .post("/api/v1/labs")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/slug-retired"));

        // renamed again: the first slug leads straight to the newest
        long now = given().get("/api/v1/labs/" + second)
                .then()
                .extract()
                .jsonPath()
                .getLong("version");
        rename("labs", second, Fixtures.asMap(Fixtures.lab(third)), now);
        assertTrue(
                noRedirects("GET", "/api/v1/labs/" + first).header("Location").endsWith("/labs/" + third));
        assertTrue(noRedirects("DELETE", "/api/v1/labs/" + second)
                .header("Location")
                .endsWith("/labs/" + third));

        // a renamed lab deleted: its slugs lead nowhere (404), and none of them is given again
        String gone = Fixtures.createLab();
        String goneRenamed = Fixtures.slug("lab");
        rename("labs", gone, Fixtures.asMap(Fixtures.lab(goneRenamed)), 0);
        given().delete("/api/v1/labs/" + goneRenamed).then().statusCode(204);
        assertEquals(404, noRedirects("GET", "/api/v1/labs/" + gone).statusCode());
        for (String retired : List.of(gone, goneRenamed)) {
            given().contentType(ContentType.JSON)
                    .body(Fixtures.lab(retired))
                    .post("/api/v1/labs")
                    .then()
                    .statusCode(409)
                    .body("type", equalTo("/problems/slug-retired"));
        }

        // the changes feed says RENAMED, with the old slug before and the new one after
        given().get("/api/v1/changes?types=lab&limit=1000")
                .then()
                .body("items.findAll { it.action == 'RENAMED' }.slug", hasItem(third));
    }

    @Test
    void aRenamedResearcherIsFollowedByTheListsAndTheIndices() {
        String lab = Fixtures.createLab();
        String old = Fixtures.createResearcher(lab, "2020-01-01");
        String renamed = Fixtures.slug("r");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("slug", renamed);
        body.put("name", "Renamed person");
        body.put("seniority", "LEAD");
        body.put("expertise", List.of("reasoning"));
        long version = given().get("/api/v1/researchers/" + old)
                .then()
                .extract()
                .jsonPath()
                .getLong("version");
        rename("researchers", old, body, version);
        Response moved = noRedirects("GET", "/api/v1/researchers/" + old + "/affiliations");
        assertEquals(308, moved.statusCode());
        assertTrue(moved.header("Location").endsWith("/api/v1/researchers/" + renamed + "/affiliations"));
        given().get("/api/v1/labs/" + lab + "/researchers")
                .then()
                .body("items.slug", hasItem(renamed))
                .body("items.slug", not(hasItem(old)));
        given().contentType(ContentType.JSON)
                .body(Map.of("slug", old, "name", "Someone else", "seniority", "IC"))
                .post("/api/v1/researchers")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/slug-retired"));
    }
}
