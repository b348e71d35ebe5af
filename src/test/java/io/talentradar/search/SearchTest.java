package io.talentradar.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.talentradar.common.Fixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Search over the demo data and what tests write: typos, accents, ranking, and every write found at once. */
@QuarkusTest
class SearchTest {

    @Test
    void aTypoAndAccentsStillFindThePerson() {
        given().queryParam("q", "Illya Sutskevar")
                .get("/api/v1/search")
                .then()
                .body("items[0].slug", equalTo("ilya-sutskever"))
                .body("items[0].type", equalTo("researcher"))
                .body("items[0].match", equalTo("FUZZY"));
        given().queryParam("q", "sutskever")
                .get("/api/v1/search")
                .then()
                .body("items[0].slug", equalTo("ilya-sutskever"))
                .body("items[0].match", equalTo("PREFIX"))
                .body("items[0].matchedOn", equalTo("name"));
        given().queryParam("q", "deepmind")
                .get("/api/v1/search?types=lab")
                .then()
                .body("items.slug", hasItem("google-deepmind"))
                .body("items.type", everyItem(equalTo("lab")));
        // an accented spelling, stored or asked
        String slug = Fixtures.slug("r");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("slug", slug);
        body.put("name", "Łukasz Zaręba-Núñez");
        body.put("seniority", "LEAD");
        body.put("aliases", List.of("Lukas Zareba"));
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/researchers")
                .then()
                .statusCode(201);
        given().queryParam("q", "lukasz zareba nunez")
                .get("/api/v1/search")
                .then()
                .body("items[0].slug", equalTo(slug))
                .body("items[0].match", equalTo("EXACT"));
        given().queryParam("q", "Zaręba").get("/api/v1/search").then().body("items[0].slug", equalTo(slug));
        given().queryParam("q", "lukas zareba")
                .get("/api/v1/search")
                .then()
                .body("items[0].slug", equalTo(slug))
                .body("items[0].match", equalTo("EXACT"))
                .body("items[0].matchedOn", equalTo("alias"));
    }

    @Test
    void exactRanksBeforePrefixBeforeFuzzy() {
        String lab = Fixtures.createLab();
        String word = "zorblax" + Fixtures.slug("w").replaceAll("[^a-z0-9]", "");
        String exact = create(word, null);
        String prefix = create(word + " Quantum", null);
        String fuzzy = create(word.substring(0, 3) + "q" + word.substring(4) + " Tensor", lab); // one letter changed
        given().queryParam("q", word)
                .get("/api/v1/search")
                .then()
                .body("items.slug", equalTo(List.of(exact, prefix, fuzzy)))
                .body("items.match", equalTo(List.of("EXACT", "PREFIX", "FUZZY")))
                .body("items[2].labSlug", equalTo(lab));
        given().queryParam("q", word)
                .queryParam("limit", "2")
                .get("/api/v1/search")
                .then()
                .body("items.slug", equalTo(List.of(exact, prefix)));
        // an external id, notable work and expertise are found too
        given().queryParam("q", "Work of " + prefix)
                .get("/api/v1/search")
                .then()
                .body("items[0].slug", equalTo(prefix));
    }

    @Test
    void writesAreFoundAtOnceAndRenamesMergesAndDeletesToo() {
        String word = "quibbleton" + Fixtures.slug("w").replaceAll("[^a-z0-9]", "");
        String slug = create(word, null);
        given().queryParam("q", word).get("/api/v1/search").then().body("items.slug", equalTo(List.of(slug)));
        given().delete("/api/v1/researchers/" + slug).then().statusCode(204);
        given().queryParam("q", word).get("/api/v1/search").then().body("items.slug", equalTo(List.of()));

        String one = create(word + " Alpha", null);
        String other = create("Someone Else " + word.substring(0, 4), null);
        given().contentType(ContentType.JSON)
                .body(Map.of("into", other))
                .post("/api/v1/researchers/" + one + "/merge")
                .then()
                .statusCode(200);
        given().queryParam("q", word + " alpha")
                .get("/api/v1/search")
                .then()
                .body("items.slug", equalTo(List.of(other)))
                .body("items[0].matchedOn", equalTo("alias"));
        given().queryParam("q", one).get("/api/v1/search").then().body("items.slug", not(hasItem(one)));
    }

    @Test
    void badParametersAreNamed() {
        given().get("/api/v1/search").then().statusCode(400).body("errors[0].field", equalTo("q"));
        given().get("/api/v1/search?q=--").then().statusCode(400).body("errors[0].field", equalTo("q"));
        given().get("/api/v1/search?q=x&types=people").then().statusCode(400).body("errors[0].field", equalTo("types"));
        given().get("/api/v1/search?q=x&limit=51").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().get("/api/v1/search?q=" + "a".repeat(201))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("q"));
    }

    private static String create(String name, String lab) {
        String slug = Fixtures.slug("s");
        Fixtures.createResearcher(slug, "IC", List.of("reasoning"), lab, lab == null ? null : "2020-01-01");
        JsonPath current =
                given().get("/api/v1/researchers/" + slug).then().extract().jsonPath();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("slug", slug);
        body.put("name", name);
        body.put("seniority", "IC");
        body.put("notableWork", current.getList("notableWork"));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"" + current.getLong("version") + "\"")
                .body(body)
                .put("/api/v1/researchers/" + slug)
                .then()
                .statusCode(200);
        return slug;
    }
}
