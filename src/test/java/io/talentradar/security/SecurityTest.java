package io.talentradar.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.talentradar.common.AdminKeyExtension;
import io.talentradar.common.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityTest {

    private static final String PROBLEM = "application/problem+json";

    static String createKey(String role) {
        AdminKeyExtension.as(AdminKeyExtension.ADMIN_KEY);
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", Fixtures.slug(role), "role", role))
                .post("/api/v1/api-keys")
                .then()
                .statusCode(201)
                .body("key", startsWith("tr_"))
                .body("role", equalTo(role))
                .extract()
                .path("key");
    }

    private static void everyWriteAnswers(int status) {
        String lab = "sec-" + status;
        check(
                given().contentType(ContentType.JSON)
                        .body(Fixtures.lab(lab))
                        .post("/api/v1/labs")
                        .then(),
                status);
        check(
                given().contentType(ContentType.JSON)
                        .body(Fixtures.lab("openai"))
                        .put("/api/v1/labs/openai")
                        .then(),
                status);
        check(given().delete("/api/v1/labs/openai").then(), status);
        check(
                given().contentType(ContentType.JSON)
                        .body(Map.of("slug", "x-y", "name", "X", "seniority", "IC"))
                        .post("/api/v1/researchers")
                        .then(),
                status);
        check(
                given().contentType(ContentType.JSON)
                        .body(Map.of("slug", "jan-leike", "name", "X", "seniority", "IC"))
                        .put("/api/v1/researchers/jan-leike")
                        .then(),
                status);
        check(given().delete("/api/v1/researchers/jan-leike").then(), status);
        check(
                given().contentType(ContentType.JSON)
                        .body(Map.of("labSlug", "openai"))
                        .post("/api/v1/researchers/jan-leike/affiliations")
                        .then(),
                status);
        check(
                given().contentType(ContentType.JSON)
                        .body(Fixtures.departure("jan-leike", "anthropic", null, "2026-01-01"))
                        .post("/api/v1/departures")
                        .then(),
                status);
        check(
                given().contentType(ContentType.JSON)
                        .body(Fixtures.departure("jan-leike", "anthropic", null, "2026-01-01"))
                        .put("/api/v1/departures/1")
                        .then(),
                status);
        check(given().delete("/api/v1/departures/1").then(), status);
    }

    private static void check(ValidatableResponse response, int status) {
        response.statusCode(status).contentType(PROBLEM).body("status", equalTo(status));
    }

    @Test
    void withoutAKeyEveryWriteIs401AndReadsAreOpen() {
        AdminKeyExtension.anonymous();
        everyWriteAnswers(401);
        given().get("/api/v1/labs/openai").then().statusCode(200);
        given().get("/api/v1/indices").then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/labs")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void aReaderKeyGets403OnEveryWrite() {
        AdminKeyExtension.as(createKey("reader"));
        everyWriteAnswers(403);
        given().get("/api/v1/departures/1").then().statusCode(200);
    }

    @Test
    void anUnknownKeyIs401EvenOnReads() {
        AdminKeyExtension.as("tr_not-a-key");
        check(given().get("/api/v1/labs").then(), 401);
        AdminKeyExtension.anonymous();
        check(
                given().header("Authorization", "Bearer tr_not-a-key")
                        .get("/api/v1/labs")
                        .then(),
                401);
    }

    @Test
    void anEditorKeyWritesAndTheAuditLogShowsWhoWhatAndWhen() {
        String key = createKey("editor");
        String name = given().get("/api/v1/api-keys?size=200&sort=-createdAt")
                .then()
                .statusCode(200)
                .body("items.key", not(hasItem(notNullValue())))
                .extract()
                .path("items[0].name");
        AdminKeyExtension.anonymous();
        String slug = Fixtures.slug("audited");
        given().header("Authorization", "Bearer " + key)
                .contentType(ContentType.JSON)
                .body(Fixtures.lab(slug))
                .post("/api/v1/labs")
                .then()
                .statusCode(201);
        Fixtures.Lab renamed = Fixtures.lab(slug);
        renamed = renamed.withName("Renamed");
        given().header("X-API-Key", key)
                .contentType(ContentType.JSON)
                .body(renamed)
                .put("/api/v1/labs/" + slug)
                .then()
                .statusCode(200);
        // The editor may not read the audit trail; the admin may.
        given().header("X-API-Key", key)
                .get("/api/v1/audit")
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        AdminKeyExtension.as(AdminKeyExtension.ADMIN_KEY);
        given().get("/api/v1/audit?resourceType=lab&resourceId=" + slug + "&sort=occurredAt")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items[0].actor", equalTo(name))
                .body("items[0].action", equalTo("CREATE"))
                .body("items[1].action", equalTo("UPDATE"))
                .body("items[1].changes", org.hamcrest.Matchers.containsString("\"name\":\"Renamed\""))
                .body("items[1].occurredAt", notNullValue());
    }

    @Test
    void onlyAdminsManageKeysAndARevokedKeyStopsWorking() {
        String editor = createKey("editor");
        AdminKeyExtension.as(editor);
        given().get("/api/v1/api-keys").then().statusCode(403).contentType(PROBLEM);
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "x", "role", "admin"))
                .post("/api/v1/api-keys")
                .then()
                .statusCode(403);
        AdminKeyExtension.as(AdminKeyExtension.ADMIN_KEY);
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "x", "role", "root"))
                .post("/api/v1/api-keys")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("role"));
        int id = given().get("/api/v1/api-keys?size=200&sort=-createdAt")
                .then()
                .extract()
                .path("items[0].id");
        given().delete("/api/v1/api-keys/" + id).then().statusCode(204);
        AdminKeyExtension.as(editor);
        check(
                given().contentType(ContentType.JSON)
                        .body(Fixtures.lab(Fixtures.slug("late")))
                        .post("/api/v1/labs")
                        .then(),
                401);
    }
}
