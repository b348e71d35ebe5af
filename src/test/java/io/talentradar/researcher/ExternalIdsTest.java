package io.talentradar.researcher;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.talentradar.common.Fixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Researchers and labs carry the ids other sources know them by, each held by one of them at most. */
@QuarkusTest
class ExternalIdsTest {

    private static final String ORCID = "0000-0002-1694-233X";

    private static Map<String, Object> researcher(String slug, Map<String, Object> ids, List<String> aliases) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("slug", slug);
        body.put("name", "Person " + slug);
        body.put("seniority", "LEAD");
        body.put("externalIds", ids);
        body.put("aliases", aliases);
        return body;
    }

    @Test
    void aResearchersIdsAreStoredFilteredAndHeldByOneResearcherOnly() {
        String holder = Fixtures.slug("ids");
        Map<String, Object> ids = new LinkedHashMap<>();
        ids.put("orcid", ORCID);
        ids.put("openalex", "A5023888391");
        ids.put("x", "some_handle");
        given().contentType(ContentType.JSON)
                .body(researcher(holder, ids, List.of("Ilya Sutskevar", "И. Суцкевер")))
                .post("/api/v1/researchers")
                .then()
                .statusCode(201)
                .body("externalIds.orcid", equalTo(ORCID))
                .body("externalIds.openalex", equalTo("A5023888391"))
                .body("externalIds.scholar", equalTo(null))
                .body("aliases", contains("Ilya Sutskevar", "И. Суцкевер"));
        given().get("/api/v1/researchers?orcid=" + ORCID).then().statusCode(200).body("items.slug", contains(holder));
        given().get("/api/v1/researchers?openalex=A5023888391").then().body("items.slug", contains(holder));
        // the name filter matches aliases, in any case
        given().get("/api/v1/researchers?q=sutskevar").then().body("items.slug", contains(holder));

        // another researcher may not take an id that is held: 409 naming the holder, nothing written
        String before = Fixtures.writesSoFar();
        given().contentType(ContentType.JSON)
                .body(researcher(Fixtures.slug("ids"), Map.of("orcid", ORCID), List.of()))
                .post("/api/v1/researchers")
                .then()
                .statusCode(409)
                .body("detail", containsString("'" + holder + "'"));
        assertEquals(before, Fixtures.writesSoFar());
        // the holder keeps it when it is edited
        given().contentType(ContentType.JSON)
                .body(researcher(holder, ids, List.of()))
                .put("/api/v1/researchers/" + holder)
                .then()
                .statusCode(200)
                .body("externalIds.orcid", equalTo(ORCID))
                .body("aliases.size()", equalTo(0));
    }

    @Test
    void malformedIdsAndAWrongOrcidCheckDigitAre400NamingTheField() {
        String before = Fixtures.writesSoFar();
        Map<String, String> wrong = Map.of(
                "orcid", "0000-0002-1694-2330",
                "openalex", "I123456",
                "scholar", "short",
                "x", "@handle",
                "homepage", "not a url");
        wrong.forEach((field, value) -> given().contentType(ContentType.JSON)
                .body(researcher(Fixtures.slug("ids"), Map.of(field, value), List.of()))
                .post("/api/v1/researchers")
                .then()
                .statusCode(400)
                .body("errors.field", contains("externalIds." + field)));
        given().get("/api/v1/researchers?orcid=0000-0002-1694-2330")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("orcid"));
        given().get("/api/v1/labs?ror=nope").then().statusCode(400).body("errors[0].field", equalTo("ror"));
        assertEquals(before, Fixtures.writesSoFar());
    }

    @Test
    void aLabsRorIsStoredFilteredAndHeldByOneLabOnly() {
        String lab = Fixtures.slug("lab");
        Map<String, Object> body = Fixtures.asMap(Fixtures.lab(lab));
        body.put("ror", "05wx9n238");
        body.put("openalex", "I136199984");
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/labs")
                .then()
                .statusCode(201)
                .body("ror", equalTo("05wx9n238"))
                .body("openalex", equalTo("I136199984"));
        given().get("/api/v1/labs?ror=05wx9n238").then().statusCode(200).body("items.slug", contains(lab));
        Map<String, Object> other = Fixtures.asMap(Fixtures.lab(Fixtures.slug("lab")));
        other.put("ror", "05wx9n238");
        given().contentType(ContentType.JSON)
                .body(other)
                .post("/api/v1/labs")
                .then()
                .statusCode(409)
                .body("detail", containsString("'" + lab + "'"));
    }
}
