package io.talentradar.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * A list answer is kept until the data version moves, and only until then: a change made behind the service's
 * back without a bump is not seen (the kept answer is served), and the bump every write makes is.
 */
@QuarkusTest
class CachedAnswersTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aListAnswerIsKeptUntilTheDataVersionMoves() throws SQLException {
        String slug = Fixtures.createLab();
        String page = "/api/v1/labs?size=1&sort=-createdAt"; // the newest lab: this one
        given().get(page).then().statusCode(200).body("items[0].slug", equalTo(slug));
        given().get(page).then().statusCode(200).body("items[0].name", equalTo("Lab " + slug));

        sql("update lab set name = 'Renamed quietly' where slug = ?", slug);
        given().get(page).then().statusCode(200).body("items[0].name", equalTo("Lab " + slug));
        given().get("/api/v1/labs/" + slug).then().statusCode(200).body("name", equalTo("Renamed quietly"));

        Fixtures.writeElsewhere();
        given().get(page).then().statusCode(200).body("items[0].name", equalTo("Renamed quietly"));

        given().contentType("application/json")
                .body(Fixtures.lab(slug))
                .header("If-Match", given().get("/api/v1/labs/" + slug).header("ETag"))
                .put("/api/v1/labs/" + slug)
                .then()
                .statusCode(200);
        given().get(page).then().statusCode(200).body("items[0].name", equalTo("Lab " + slug));
    }

    @Test
    void aKeptAnswerNamesTheHostItWasAskedAt() {
        Fixtures.createLab();
        String page = "/api/v1/labs?size=1&sort=-createdAt";
        given().header("Host", "one.example").get(page).then().statusCode(200);
        given().header("Host", "two.example")
                .get(page)
                .then()
                .statusCode(200)
                .header("Link", containsString("http://two.example/api/v1/labs?"));
    }

    private void sql(String statement, Object parameter) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement(statement)) {
            st.setObject(1, parameter);
            st.executeUpdate();
        }
    }
}
