package io.talentradar.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The test profile starts on an empty database with the demo data on, so the shipped dataset is loaded
 * through the services at start. Other tests only add their own labs, so the dataset's rows are checked
 * by their own slugs rather than by table totals.
 */
@QuarkusTest
class DemoDataTest {

    private static List<CSVRecord> csv(String file) throws IOException {
        try (Reader reader = new InputStreamReader(
                DemoDataTest.class.getClassLoader().getResourceAsStream("demo-data/" + file), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        }
    }

    @Test
    void everyLabAndResearcherOfTheDatasetIsServed() throws IOException {
        List<CSVRecord> labs = csv("labs.csv");
        List<CSVRecord> researchers = csv("researchers.csv");
        assertEquals(33, labs.size());
        assertEquals(125, researchers.size());
        for (CSVRecord lab : labs) {
            given().get("/api/v1/labs/" + lab.get("slug"))
                    .then()
                    .statusCode(200)
                    .body("name", equalTo(lab.get("name")))
                    .body("type", equalTo(lab.get("type")))
                    .body("parentSlug", equalTo(lab.get("parentSlug").isEmpty() ? null : lab.get("parentSlug")));
        }
        given().get("/api/v1/researchers/ilya-sutskever")
                .then()
                .statusCode(200)
                .body("seniority", equalTo("FOUNDER"))
                .body("expertise", equalTo(List.of("alignment", "pretraining", "research-leadership")))
                .body("notableWork", equalTo(List.of("AlexNet", "GPT series", "Superalignment")));
    }

    @Test
    void everyDepartureIsLoadedAndOpenAisAreListed() throws IOException {
        List<CSVRecord> departures = csv("departures.csv");
        assertEquals(78, departures.size());
        long fromOpenAi = departures.stream()
                .filter(d -> d.get("fromLabSlug").equals("openai"))
                .count();
        given().get("/api/v1/departures?fromLab=openai&size=200")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo((int) fromOpenAi))
                .body("items.fromLabSlug", org.hamcrest.Matchers.everyItem(equalTo("openai")));
        Map<String, Integer> perResearcher = new HashMap<>();
        departures.forEach(d -> perResearcher.merge(d.get("researcherSlug"), 1, Integer::sum));
        perResearcher.forEach((slug, n) ->
                given().get("/api/v1/departures?researcher=" + slug).then().body("totalItems", equalTo(n)));
    }

    /** The replay of departures derives exactly the stints of affiliations.csv, for every researcher. */
    @Test
    void theDerivedHistoryEqualsTheDatasetsAffiliations() throws IOException {
        Map<String, TreeSet<String>> expected = new HashMap<>();
        for (CSVRecord a : csv("affiliations.csv")) {
            expected.computeIfAbsent(a.get("researcherSlug"), k -> new TreeSet<>())
                    .add(a.get("labSlug") + "|" + a.get("start") + "|" + a.get("end"));
        }
        assertEquals(189, expected.values().stream().mapToInt(TreeSet::size).sum());
        for (var entry : expected.entrySet()) {
            JsonPath stints = given().get("/api/v1/researchers/" + entry.getKey() + "/affiliations?size=200")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<String> actual = new ArrayList<>();
            for (int i = 0; i < stints.getList("items").size(); i++) {
                actual.add(stints.getString("items[" + i + "].labSlug") + "|"
                        + nullToEmpty(stints.getString("items[" + i + "].start")) + "|"
                        + nullToEmpty(stints.getString("items[" + i + "].end")));
            }
            assertEquals(entry.getValue(), new TreeSet<>(actual), entry.getKey());
            assertEquals(entry.getValue().size(), actual.size(), entry.getKey());
        }
    }

    @Test
    void oneResearchersHistoryReadsAsReported() {
        given().get("/api/v1/researchers/alexander-kolesnikov/affiliations")
                .then()
                .statusCode(200)
                .body("items.labSlug", equalTo(List.of("google-deepmind", "openai", "meta")))
                .body("items.start", equalTo(java.util.Arrays.asList(null, "2024-12-01", "2025-06-01")))
                .body("items.end", equalTo(java.util.Arrays.asList("2024-12-01", "2025-06-01", null)));
        given().get("/api/v1/researchers/alexander-kolesnikov").then().body("currentLabSlug", equalTo("meta"));
        given().get("/api/v1/departures?researcher=alexander-kolesnikov&sort=date")
                .then()
                .body("items.toLabSlug", equalTo(List.of("openai", "meta")));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
