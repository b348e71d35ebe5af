package io.talentradar.lab;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.talentradar.common.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LabResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void createAnswers201WithLocationEtagAndTheStoredLab() {
        String slug = Fixtures.slug("acme");
        Fixtures.Lab body = Fixtures.lab(slug);
        body = body.withWebsite("https://acme.example");
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/labs")
                .then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", startsWith("http"))
                .header("Location", containsString("/api/v1/labs/" + slug))
                .header("ETag", "\"0\"")
                .body("slug", equalTo(slug))
                .body("name", equalTo("Lab " + slug))
                .body("type", equalTo("STARTUP"))
                .body("country", equalTo("US"))
                .body("foundedYear", equalTo(2020))
                .body("parentSlug", nullValue())
                .body("website", equalTo("https://acme.example"))
                .body("version", equalTo(0))
                .body("createdAt", notNullValue());

        given().get("/api/v1/labs/" + slug)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("slug", equalTo(slug));
    }

    @Test
    void ifNoneMatchWithTheCurrentEtagAnswers304() {
        String slug = Fixtures.createLab();
        String etag = given().get("/api/v1/labs/" + slug)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/labs/" + slug).then().statusCode(304);
        given().header("If-None-Match", "\"99\"")
                .get("/api/v1/labs/" + slug)
                .then()
                .statusCode(200);
    }

    @Test
    void duplicateSlugIsAConflictAndStoresNothingNew() {
        String slug = Fixtures.createLab();
        Fixtures.Lab again = Fixtures.lab(slug);
        again = again.withName("Another name");
        given().contentType(ContentType.JSON)
                .body(again)
                .post("/api/v1/labs")
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/duplicate-slug"))
                .body("status", equalTo(409));
        given().get("/api/v1/labs/" + slug).then().body("name", equalTo("Lab " + slug));
    }

    @Test
    void putWithCurrentIfMatchUpdatesAndBumpsTheVersion() {
        String slug = Fixtures.createLab();
        Fixtures.Lab body = Fixtures.lab(slug);
        body = body.withName("Renamed");
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(body)
                .put("/api/v1/labs/" + slug)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("Renamed"))
                .body("version", equalTo(1));
    }

    @Test
    void staleIfMatchGets412AndChangesNothing() {
        String slug = Fixtures.createLab();
        Fixtures.Lab body = Fixtures.lab(slug);
        body = body.withName("First");
        given().contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/labs/" + slug)
                .then()
                .statusCode(200);

        body = body.withName("Second");
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(body)
                .put("/api/v1/labs/" + slug)
                .then()
                .statusCode(412)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/precondition-failed"));
        given().header("If-Match", "\"0\"")
                .delete("/api/v1/labs/" + slug)
                .then()
                .statusCode(412);
        given().get("/api/v1/labs/" + slug)
                .then()
                .statusCode(200)
                .body("name", equalTo("First"))
                .body("version", equalTo(1));
    }

    @Test
    void staleVersionInTheBodyGets412() {
        String slug = Fixtures.createLab();
        Fixtures.Lab body = Fixtures.lab(slug);
        body = body.withVersion(7);
        given().contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/labs/" + slug)
                .then()
                .statusCode(412);
    }

    @Test
    void theSlugCannotChangeOnPut() {
        String slug = Fixtures.createLab();
        Fixtures.Lab body = Fixtures.lab(Fixtures.slug("other"));
        given().contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/labs/" + slug)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("slug"));
    }

    @Test
    void parentIsSetAndFilteredAndCyclesAreRefused() {
        String parent = Fixtures.createLab();
        Fixtures.Lab child = Fixtures.lab(Fixtures.slug("child"));
        child = child.withParentSlug(parent);
        String childSlug = Fixtures.createLab(child);
        given().get("/api/v1/labs?parent=" + parent)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].slug", equalTo(childSlug))
                .body("items[0].parentSlug", equalTo(parent));

        Fixtures.Lab cyclic = Fixtures.lab(parent);
        cyclic = cyclic.withParentSlug(childSlug);
        given().contentType(ContentType.JSON)
                .body(cyclic)
                .put("/api/v1/labs/" + parent)
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/lab-cycle"));

        Fixtures.Lab unknownParent = Fixtures.lab(Fixtures.slug("orphan"));
        unknownParent = unknownParent.withParentSlug("no-such-lab-anywhere");
        given().contentType(ContentType.JSON)
                .body(unknownParent)
                .post("/api/v1/labs")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("parentSlug"));
    }

    @Test
    void deleteRemovesTheLabAndAReferencedLabIsAConflict() {
        String slug = Fixtures.createLab();
        given().delete("/api/v1/labs/" + slug).then().statusCode(204);
        given().get("/api/v1/labs/" + slug)
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/lab-not-found"));
        // a slug that existed is never given to a new lab
        given().contentType(ContentType.JSON)
                .body(Fixtures.lab(slug))
                .post("/api/v1/labs")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/slug-retired"));

        String referenced = Fixtures.createLab();
        Fixtures.createResearcher(referenced, "2020-01-01");
        given().delete("/api/v1/labs/" + referenced)
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/lab-referenced"));
        given().get("/api/v1/labs/" + referenced).then().statusCode(200);
    }

    @Test
    void listFiltersByNameTypeAndCountry() {
        String marker = "zq" + Fixtures.slug("m").replace("-", "");
        Fixtures.Lab a = Fixtures.lab(Fixtures.slug("fa"));
        a = a.withName("Alpha " + marker);
        a = a.withType("ACADEMIA");
        a = a.withCountry("FR");
        Fixtures.Lab b = Fixtures.lab(Fixtures.slug("fb"));
        b = b.withName("Beta " + marker.toUpperCase());
        Fixtures.createLab(a);
        Fixtures.createLab(b);

        given().get("/api/v1/labs?q=" + marker).then().statusCode(200).body("totalItems", equalTo(2));
        given().get("/api/v1/labs?q=" + marker + "&type=ACADEMIA")
                .then()
                .body("totalItems", equalTo(1))
                .body("items[0].slug", equalTo(a.slug()));
        given().get("/api/v1/labs?q=" + marker + "&country=FR")
                .then()
                .body("totalItems", equalTo(1))
                .body("items.country", everyItem(is("FR")));
    }

    @Test
    void listPagesWithEnvelopeLinksAndSort() {
        String marker = "pg" + Fixtures.slug("p").replace("-", "");
        for (int i = 0; i < 5; i++) {
            Fixtures.Lab lab = Fixtures.lab(Fixtures.slug("page"));
            lab = lab.withName(marker + " " + i);
            lab = lab.withFoundedYear(2000 + i);
            Fixtures.createLab(lab);
        }
        given().get("/api/v1/labs?q=" + marker + "&size=2&page=1&sort=-foundedYear")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("totalItems", equalTo(5))
                .body("totalPages", equalTo(3))
                .body("items.foundedYear", equalTo(List.of(2002, 2001)));
        String links = String.join(
                ",",
                given().get("/api/v1/labs?q=" + marker + "&size=2&page=1")
                        .then()
                        .extract()
                        .headers()
                        .getValues("Link"));
        assertTrue(links.matches(".*page=0[^>]*>; rel=\"first\".*"), links);
        assertTrue(links.matches(".*page=0[^>]*>; rel=\"prev\".*"), links);
        assertTrue(links.matches(".*page=2[^>]*>; rel=\"next\".*"), links);
        assertTrue(links.matches(".*page=2[^>]*>; rel=\"last\".*"), links);
        given().get("/api/v1/labs?q=" + marker + "&sort=name")
                .then()
                .body(
                        "items.name",
                        equalTo(List.of(marker + " 0", marker + " 1", marker + " 2", marker + " 3", marker + " 4")));
    }
}
