package io.talentradar.security;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.talentradar.common.AdminKeyExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With talentradar.auth.public-read=false, reads need a key with the reader role. */
@QuarkusTest
@TestProfile(PrivateReadTest.PrivateReads.class)
class PrivateReadTest {

    public static class PrivateReads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("talentradar.auth.public-read", "false");
        }
    }

    @Test
    void readsNeedAReaderKey() {
        AdminKeyExtension.anonymous();
        given().get("/api/v1/labs").then().statusCode(401).contentType("application/problem+json");
        given().get("/api/v1/indices").then().statusCode(401);
        AdminKeyExtension.as(SecurityTest.createKey("reader"));
        given().get("/api/v1/labs").then().statusCode(200);
        given().get("/api/v1/labs/openai/indices").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }
}
