package io.talentradar.common.paging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A list's {@code totalItems} on a full page comes from its count query; on a short page, from the items
 * themselves. On the demo data, both must agree for every list and filter the count query is built for.
 */
@QuarkusTest
class ListTotalsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/labs?type=FRONTIER_LAB",
                "/api/v1/labs?q=ai",
                "/api/v1/researchers?lab=openai",
                "/api/v1/researchers?expertise=reasoning",
                "/api/v1/departures?fromLab=openai",
                "/api/v1/departures?lab=google-deepmind",
                "/api/v1/affiliations?lab=openai"
            })
    void theCountedTotalIsTheNumberOfItems(String list) {
        JsonPath full =
                given().get(list + "&size=2").then().statusCode(200).extract().jsonPath();
        JsonPath whole =
                given().get(list + "&size=200").then().statusCode(200).extract().jsonPath();
        int items = whole.getList("items").size();
        assertTrue(items > 2 && items < 200, list + " must fill a page of 2 and not one of 200: " + items);
        assertEquals(2, full.getList("items").size());
        assertEquals(items, full.getLong("totalItems"), list);
        assertEquals((items + 1) / 2, full.getInt("totalPages"), list);
    }
}
