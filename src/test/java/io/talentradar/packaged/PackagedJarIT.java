package io.talentradar.packaged;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar, started as it ships (prod profile, the demo data switched on, a bootstrap key): what the
 * README promises a newcomer and what the container runs. The in-JVM tests cover behaviour in depth.
 */
@QuarkusIntegrationTest
class PackagedJarIT {

    private static final String KEY = "it-admin-key";

    @Test
    void theJarIsReadyWithTheDemoDataItsDocumentAndSwaggerUi() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/api/v1/labs/openai").then().statusCode(200).body("slug", equalTo("openai"));
        given().get("/api/v1/indices?size=5&fields=tci").then().statusCode(200).body("totalItems", greaterThan(20));
        given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/indices"));
        given().get("/q/swagger-ui/").then().statusCode(200).contentType(containsString("text/html"));
    }

    @Test
    void aWriteWithTheBootstrapKeyIsReadBackAndAWriteWithoutOneIsRefused() {
        String slug = "it-lab-" + Long.toString(System.nanoTime(), 36);
        Map<String, Object> lab = Map.of("slug", slug, "name", "IT Lab", "type", "STARTUP", "country", "US");
        given().contentType(ContentType.JSON)
                .body(lab)
                .post("/api/v1/labs")
                .then()
                .statusCode(401);
        given().header("X-API-Key", KEY)
                .contentType(ContentType.JSON)
                .body(lab)
                .post("/api/v1/labs")
                .then()
                .statusCode(201);
        given().get("/api/v1/labs/" + slug).then().statusCode(200).body("name", equalTo("IT Lab"));
    }
}
