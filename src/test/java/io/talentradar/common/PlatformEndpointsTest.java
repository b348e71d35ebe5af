package io.talentradar.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlatformEndpointsTest {

    /**
     * The committed document is the contract clients generate from. After changing the API, regenerate it
     * with {@code mvn package -DskipTests} (the build writes openapi/openapi.yaml) and commit it.
     */
    @Test
    void theServedOpenApiDocumentEqualsTheCommittedOne() throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        JsonNode committed = yaml.readTree(Files.readString(Path.of("openapi/openapi.yaml")));
        JsonNode served = yaml.readTree(given().accept("application/yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        // Compared as trees: key order is not part of the contract.
        assertEquals(
                committed, served, "openapi/openapi.yaml is stale: run 'mvn package -DskipTests' and commit the file");
    }

    @Test
    void readinessChecksTheDatabase() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void prometheusMetricsAreServed() {
        given().get("/api/v1/labs").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds_count"));
    }

    /** The page and its chart library are served by the service itself, under a policy that allows only them. */
    @Test
    void theDashboardIsServedWithItsChartLibrary() {
        String page = given().get("/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .extract()
                .asString();
        assertTrue(page.contains("/webjars/echarts/dist/echarts.min.js"));
        given().get("/webjars/echarts/dist/echarts.min.js")
                .then()
                .statusCode(200)
                .body(containsString("echarts"));
        given().get("/dashboard.js")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'self'"));
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
