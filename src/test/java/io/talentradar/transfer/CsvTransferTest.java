package io.talentradar.transfer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.talentradar.common.AdminKeyExtension;
import io.talentradar.common.Fixtures;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CsvTransferTest {

    private static final String CSV = "text/csv";
    private static final List<String> DATASETS = List.of("labs", "researchers", "affiliations", "departures");
    /** An export: the shared dataset's files, and the redirects of renamed, merged and deleted slugs. */
    private static final List<String> EXPORTED =
            List.of("labs", "researchers", "affiliations", "departures", "redirects");

    private static final Map<String, String> LIST_PATHS = Map.of(
            "labs",
            "/api/v1/labs",
            "researchers",
            "/api/v1/researchers",
            "affiliations",
            "/api/v1/affiliations",
            "departures",
            "/api/v1/departures",
            "redirects",
            "/api/v1/redirects");

    @Inject
    AgroalDataSource dataSource;

    private final ObjectMapper json = new ObjectMapper();

    private static String export(String dataset) {
        return given().accept(CSV)
                .get(LIST_PATHS.get(dataset))
                .then()
                .statusCode(200)
                .contentType(startsWith(CSV))
                .header("Content-Disposition", containsString(dataset + ".csv"))
                .extract()
                .asString();
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
    }

    private static String shared(String dataset) throws IOException {
        try (InputStream in =
                CsvTransferTest.class.getClassLoader().getResourceAsStream("demo-data/" + dataset + ".csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Rows as comparable strings (list cells as sets: expertise is served sorted). */
    private static Set<String> rows(List<CSVRecord> records, String... skip) {
        Set<String> out = new HashSet<>();
        for (CSVRecord r : records) {
            List<String> cells = new ArrayList<>();
            for (var entry : r.toMap().entrySet()) {
                if (List.of(skip).contains(entry.getKey())) {
                    continue;
                }
                String v = entry.getValue();
                cells.add(
                        entry.getKey() + "=" + (v.contains(";") ? new java.util.TreeSet<>(List.of(v.split(";"))) : v));
            }
            cells.sort(null);
            out.add(String.join("|", cells));
        }
        return out;
    }

    @Test
    void everyListExportsTheDemoDataInTheColumnsOfTheSharedFiles() throws IOException {
        for (String dataset : DATASETS) {
            String exported = export(dataset);
            String expected = shared(dataset);
            // the shared file's columns, then those added since (external ids, aliases, a stint's kind and role)
            String sharedHeader = expected.lines().findFirst().orElseThrow();
            Dataset which = Dataset.of("dataset", dataset);
            assertEquals(
                    String.join(",", which.columns()),
                    exported.lines().findFirst().orElseThrow(),
                    dataset);
            assertEquals(String.join(",", which.required()), sharedHeader, dataset);
            // exported as served: tenureYears derived from the stint where its start is known, and a stint a
            // departure opened carries the departure's sources
            List<String> added = which.columns().stream()
                    .filter(c -> !which.required().contains(c))
                    .toList();
            List<String> skipped = new ArrayList<>(added);
            skipped.addAll(List.of("tenureYears", "sourceUrl"));
            Set<String> exportedRows = rows(parse(exported), skipped.toArray(String[]::new));
            Set<String> sharedRows = rows(parse(expected), "tenureYears", "sourceUrl");
            Set<String> missing = new HashSet<>(sharedRows);
            missing.removeAll(exportedRows);
            assertTrue(missing.isEmpty(), dataset + " rows not exported as in the shared file: " + missing);
        }
    }

    @Test
    void filtersApplyToTheExportAndJsonStaysTheDefault() throws IOException {
        List<CSVRecord> fromOpenAi = parse(given().accept(CSV)
                .get("/api/v1/departures?fromLab=openai&size=5")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        int total = given().get("/api/v1/departures?fromLab=openai")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .extract()
                .path("totalItems");
        assertEquals(total, fromOpenAi.size(), "CSV holds every selected row, not one page");
        assertTrue(fromOpenAi.stream().allMatch(r -> r.get("fromLabSlug").equals("openai")));
        List<CSVRecord> arrivals = parse(given().accept(CSV)
                .get("/api/v1/labs/meta/arrivals")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertEquals(
                (int) given().get("/api/v1/labs/meta/arrivals").then().extract().path("totalItems"), arrivals.size());
        assertTrue(arrivals.stream().allMatch(r -> r.get("toLabSlug").equals("meta")));
        List<CSVRecord> roster = parse(given().accept(CSV)
                .get("/api/v1/labs/openai/researchers?asOf=2024-01-01")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertEquals(
                (int) given().get("/api/v1/labs/openai/researchers?asOf=2024-01-01")
                        .then()
                        .extract()
                        .path("totalItems"),
                roster.size());
        given().accept(CSV)
                .get("/api/v1/labs?sort=bogus")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"));
    }

    /** An empty Accept header states no preference (the hostile-input test found it answered 500): JSON. */
    @Test
    void aMalformedAcceptHeaderGetsTheJsonList() {
        for (String accept : List.of("", " ")) {
            given().header("Accept", accept)
                    .get("/api/v1/departures")
                    .then()
                    .statusCode(200)
                    .contentType(startsWith("application/json"));
        }
    }

    @Test
    void aRejectedRowWritesNothingAndIsReportedWithItsLine() {
        String good = Fixtures.slug("imp");
        String bad = Fixtures.slug("imp");
        String body = "slug,name,type,country,foundedYear,parentSlug,website\r\n"
                + good + ",\"Good, with a\nline break\",FRONTIER_LAB,US,2020,,\r\n"
                + bad + ",Bad,NOT_A_TYPE,US,2020,,\r\n";
        given().contentType(CSV)
                .body(body)
                .post("/api/v1/import/labs")
                .then()
                .statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("/problems/import-rejected"))
                .body("committed", equalTo(false))
                .body("created", equalTo(0))
                .body("rejected", equalTo(1))
                .body("rejections[0].dataset", equalTo("labs"))
                .body("rejections[0].line", equalTo(4))
                .body("rejections[0].reason", startsWith("type: must be one of"));
        given().get("/api/v1/labs/" + good).then().statusCode(404);

        given().contentType(CSV)
                .body(body)
                .post("/api/v1/import/labs?partial=true")
                .then()
                .statusCode(200)
                .body("committed", equalTo(true))
                .body("created", equalTo(1))
                .body("rejected", equalTo(1));
        given().get("/api/v1/labs/" + good).then().statusCode(200).body("name", equalTo("Good, with a\nline break"));
        given().get("/api/v1/labs/" + bad).then().statusCode(404);
    }

    @Test
    void rowsThatDependOnARejectedRowAreRejectedToo() {
        String lab = Fixtures.slug("imp");
        String person = Fixtures.slug("imp");
        Response r = given().multiPart(
                        "labs",
                        "labs.csv",
                        ("slug,name,type,country,foundedYear,parentSlug,website\n" + lab + ",Lab,BAD_TYPE,,,,\n")
                                .getBytes(StandardCharsets.UTF_8),
                        CSV)
                .multiPart(
                        "researchers",
                        "researchers.csv",
                        ("slug,name,seniority,expertise,notableWork\n" + person + ",Person,LEAD,alignment;safety,\n")
                                .getBytes(StandardCharsets.UTF_8),
                        CSV)
                .multiPart(
                        "affiliations",
                        "affiliations.csv",
                        ("researcherSlug,labSlug,start,end,sourceUrl\n" + person + "," + lab + ",2020-01-01,,\n")
                                .getBytes(StandardCharsets.UTF_8),
                        CSV)
                .post("/api/v1/import?partial=true");
        r.then()
                .statusCode(200)
                .body("created", equalTo(1))
                .body("rejected", equalTo(2))
                .body("rejections.dataset", equalTo(List.of("affiliations", "labs")))
                .body("rejections[0].reason", containsString("no lab with slug '" + lab + "'"));
        given().get("/api/v1/researchers/" + person)
                .then()
                .statusCode(200)
                .body("expertise", equalTo(List.of("alignment", "safety")))
                .body("currentLabSlug", equalTo(null));
    }

    @Test
    void aFileThatIsNotTheDatasetIsABadRequest() {
        given().contentType(CSV)
                .body("slug,name,kind\nx,y,z\n")
                .post("/api/v1/import/labs")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("labs"))
                .body("errors[0].message", containsString("missing: type"));
        given().contentType(CSV)
                .body("a\n")
                .post("/api/v1/import/people")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("dataset"));
        given().contentType(CSV)
                .body(shared0())
                .post("/api/v1/import/labs?partial=maybe")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("partial"));
        AdminKeyExtension.anonymous();
        given().contentType(CSV)
                .body(shared0())
                .post("/api/v1/import/labs")
                .then()
                .statusCode(401);
    }

    private static String shared0() {
        return "slug,name,type,country,foundedYear,parentSlug,website\n";
    }

    /** ';' separates the items of a list cell, so no item may hold one: an export splits back the same. */
    @Test
    void aListItemCannotHoldTheCsvSeparator() {
        String slug = Fixtures.slug("sep");
        given().contentType("application/json")
                .body(Map.of(
                        "slug", slug, "name", "Semi Colon", "seniority", "IC", "notableWork", List.of("GPT-4; o1")))
                .post("/api/v1/researchers")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("notableWork[0]"));
        String lab = Fixtures.slug("sep");
        given().contentType("application/json")
                .body(Map.of("slug", lab, "name", "Semi", "type", "STARTUP", "website", "https://example.com/a;b"))
                .post("/api/v1/labs")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("website"));
        given().get("/api/v1/researchers/" + slug).then().statusCode(404);
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheHeader() {
        String slug = Fixtures.slug("bom");
        given().contentType(CSV)
                .body(("\uFEFF" + shared0() + slug + ",Bom,ACADEMIA,,,,\n").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/import/labs")
                .then()
                .statusCode(200)
                .body("created", equalTo(1));
    }

    /**
     * Export everything, empty the database, import the export: the indices answer is the same. This runs
     * on whatever the suite has written so far (the demo data plus other tests' rows), and leaves it as found.
     */
    @Test
    void anExportImportsIntoAnEmptyServiceUnchanged() throws Exception {
        // a renamed lab: its old slug's redirect is part of the export, and leads to it again after the import
        String renamedFrom = io.talentradar.common.Fixtures.createLab();
        String renamedTo = io.talentradar.common.Fixtures.slug("lab");
        given().contentType(io.restassured.http.ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(io.talentradar.common.Fixtures.lab(renamedTo))
                .put("/api/v1/labs/" + renamedFrom)
                .then()
                .statusCode(200);
        String indicesPath = "/api/v1/indices?asOf=2025-06-30";
        JsonNode before = json.readTree(
                given().get(indicesPath).then().statusCode(200).extract().asString());
        Map<String, String> exported = new LinkedHashMap<>();
        for (String dataset : EXPORTED) {
            exported.put(dataset, export(dataset));
        }
        emptyTheDatabase();
        given().get("/api/v1/labs").then().body("totalItems", equalTo(0));

        var request = given();
        exported.forEach((dataset, csv) ->
                request.multiPart(dataset, dataset + ".csv", csv.getBytes(StandardCharsets.UTF_8), CSV));
        Response report = request.post("/api/v1/import");
        report.then().statusCode(200).body("committed", equalTo(true)).body("rejected", equalTo(0));

        JsonNode after = json.readTree(
                given().get(indicesPath).then().statusCode(200).extract().asString());
        assertTrue(before.get("items").size() > 30);
        // the same figures; the last bits of a sum may differ, as the rows are added in another order
        assertSameNumbers(before, after, "indices");
        for (String dataset : EXPORTED) {
            assertEquals(rows(parse(exported.get(dataset))), rows(parse(export(dataset))), dataset);
        }
        io.restassured.response.Response moved =
                given().redirects().follow(false).get("/api/v1/labs/" + renamedFrom);
        assertEquals(308, moved.statusCode());
        assertTrue(moved.header("Location").endsWith("/api/v1/labs/" + renamedTo));
    }

    private static void assertSameNumbers(JsonNode expected, JsonNode actual, String path) {
        if (expected.isNumber() && actual.isNumber()) {
            double e = expected.doubleValue();
            assertEquals(e, actual.doubleValue(), Math.max(1e-9, Math.abs(e) * 1e-12), path);
            return;
        }
        assertEquals(expected.getNodeType(), actual.getNodeType(), path);
        if (expected.isContainerNode()) {
            assertEquals(expected.size(), actual.size(), path);
            if (expected.isArray()) {
                for (int i = 0; i < expected.size(); i++) {
                    assertSameNumbers(expected.get(i), actual.get(i), path + "[" + i + "]");
                }
            } else {
                expected.fieldNames()
                        .forEachRemaining(f -> assertSameNumbers(expected.get(f), actual.get(f), path + "." + f));
            }
        } else {
            assertEquals(expected, actual, path);
        }
    }

    private void emptyTheDatabase() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate("delete from departure");
            s.executeUpdate("delete from affiliation");
            s.executeUpdate("delete from researcher_expertise");
            s.executeUpdate("delete from researcher");
            s.executeUpdate("update lab set parent_id = null");
            s.executeUpdate("delete from lab");
            s.executeUpdate("delete from slug_redirect");
            s.executeUpdate("update data_version set version = version + 1");
        }
    }
}
