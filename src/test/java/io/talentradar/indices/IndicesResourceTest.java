package io.talentradar.indices;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.talentradar.common.Fixtures;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class IndicesResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode get(String path) {
        try {
            return JSON.readTree(given().get(path)
                    .then()
                    .statusCode(200)
                    .contentType(ContentType.JSON)
                    .extract()
                    .asString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void close(double expected, JsonNode actual, String what) {
        assertEquals(expected, actual.doubleValue(), Math.max(Math.abs(expected) * 1e-9, 1e-9), what);
    }

    @Test
    void onTheDemoDataOpenAiLeadsTheStrategicLossOf2024() {
        JsonNode ranking = get("/api/v1/indices?asOf=2024-12-31&sort=-sli");
        JsonNode first = null;
        for (JsonNode item : ranking.get("items")) {
            if (!item.get("lowSample").booleanValue()) {
                first = item;
                break;
            }
        }
        assertEquals("openai", first.get("lab").textValue());
        for (JsonNode item : ranking.get("items")) {
            String lab = item.get("lab").textValue();
            if (List.of("inflection-ai", "character-ai", "adept").contains(lab)) {
                assertEquals(100.0, item.get("sli").doubleValue(), lab);
                assertTrue(item.get("lowSample").booleanValue(), lab);
            }
        }
        double sum = 0;
        for (JsonNode item : ranking.get("items")) {
            sum += item.get("tci").doubleValue();
        }
        assertEquals(100, sum, 1e-9);
        assertEquals(ranking.get("hhiBand").textValue(), band(ranking.get("hhi").doubleValue()));
    }

    /** A page of the ranking, with chosen figures, is the same slice of the whole ranking in the same order. */
    @Test
    void theRankingPagesAndKeepsOnlyTheChosenFigures() {
        JsonNode all = get("/api/v1/indices?asOf=2024-12-31&sort=-sli,lab");
        int total = all.get("items").size();
        assertTrue(total > 25, "the demo data ranks more than one page of labs");
        assertEquals(total, all.get("totalItems").intValue());
        assertTrue(all.path("page").isMissingNode(), "no page unless asked");

        var answer = given().get("/api/v1/indices?asOf=2024-12-31&sort=-sli,lab&page=1&size=10&fields=sli,netFlow")
                .then()
                .statusCode(200)
                .extract();
        JsonNode page;
        try {
            page = JSON.readTree(answer.asString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        assertEquals(total, page.get("totalItems").intValue());
        assertEquals(1, page.get("page").intValue());
        assertEquals(10, page.get("size").intValue());
        assertEquals(10, page.get("items").size());
        for (int i = 0; i < 10; i++) {
            JsonNode item = page.get("items").get(i);
            JsonNode same = all.get("items").get(10 + i);
            assertEquals(same.get("lab"), item.get("lab"));
            assertEquals(same.get("sli"), item.get("sli"));
            assertEquals(same.get("netFlow"), item.get("netFlow"));
            List<String> names = new java.util.ArrayList<>();
            item.fieldNames().forEachRemaining(names::add);
            assertEquals(List.of("lab", "sli", "netFlow"), names);
        }
        String links = String.join(", ", answer.headers().getValues("Link"));
        assertTrue(links.contains("rel=\"prev\"") && links.contains("rel=\"next\""), links);
        assertTrue(links.contains("page=" + ((total + 9) / 10 - 1)), "the last page is named: " + links);
        // a page past the end is empty, not an error
        given().get("/api/v1/indices?page=1000&size=200").then().statusCode(200).body("items", hasSize(0));
    }

    private static String band(double hhi) {
        return hhi < 1000 ? "UNCONCENTRATED" : hhi <= 1800 ? "MODERATE" : "HIGH";
    }

    /** The service's figures equal a row-by-row recomputation from the formulas, for several parameter sets. */
    @ParameterizedTest
    @CsvSource({
        "openai, 2024-12-31, 365, 180, , false",
        "anthropic, 2025-06-30, 730, 90, , false",
        "openai, 2023-06-30, 365, 180, alignment, false",
        "google-deepmind, 2025-12-31, 500, 60, , true",
        "meta, 2025-09-30, 200, 365, reasoning, true"
    })
    void figuresMatchARecomputationFromTheFormulas(
            String lab, String asOf, int window, double halfLife, String expertise, boolean rollup) {
        ReferenceModel ref = ReferenceModel.fromApi();
        LocalDate t = LocalDate.parse(asOf);
        String query = "asOf=" + asOf + "&window=" + window + "&halfLife=" + halfLife + "&rollup=" + rollup
                + (expertise == null ? "" : "&expertise=" + expertise);
        JsonNode served = get("/api/v1/labs/" + lab + "/indices?" + query);
        JsonNode ranking = get("/api/v1/indices?" + query);

        String group = ref.group(lab, rollup);
        Map<String, double[]> masses = ref.masses(t, expertise, rollup);
        double total = masses.values().stream().mapToDouble(m -> m[0]).sum();
        double[] m = masses.getOrDefault(group, new double[3]);
        double[] f = ref.flows(group, t, window, halfLife, expertise, rollup);
        double[] before = ref.masses(t.minusDays(window), expertise, rollup).getOrDefault(group, new double[3]);
        double hhi = masses.values().stream()
                .mapToDouble(x -> Math.pow(100 * x[0] / total, 2))
                .sum();

        assertEquals(group, served.get("lab").textValue());
        close(m[0], served.get("mass"), "mass");
        close(100 * m[0] / total, served.get("tci"), "tci");
        close(m[0] > 0 ? m[2] / (m[0] * m[0]) : 0, served.get("kpd"), "kpd");
        close(f[0], served.get("loss"), "loss");
        close(f[0] + m[0] > 0 ? 100 * f[0] / (f[0] + m[0]) : 0, served.get("sli"), "sli");
        close(f[1], served.get("gain"), "gain");
        close(f[1] + m[0] > 0 ? 100 * f[1] / (f[1] + m[0]) : 0, served.get("sgi"), "sgi");
        close(f[1] - f[0], served.get("netFlow"), "netFlow");
        close(f[0] + f[1] > 0 ? 100 * (f[1] - f[0]) / (f[1] + f[0]) : 0, served.get("flowBalance"), "flowBalance");
        assertEquals((int) m[1], served.get("headcount").intValue());
        assertEquals((int) f[2], served.get("departures").intValue());
        assertEquals((int) f[3], served.get("arrivals").intValue());
        double avg = (before[1] + m[1]) / 2;
        close(avg > 0 ? 100 * f[2] / avg : 0, served.get("attritionRate"), "attritionRate");
        assertEquals(m[1] < 3 && f[2] < 3, served.get("lowSample").booleanValue());
        close(hhi, ranking.get("hhi"), "hhi");
        assertEquals(asOf, served.get("asOf").textValue());
        assertEquals(window, served.get("window").intValue());
        assertEquals(rollup, served.get("rollup").booleanValue());
    }

    @Test
    void explanationsAddUpToTheFigures() {
        JsonNode served = get("/api/v1/labs/openai/indices?asOf=2024-12-31&explain=true");
        double mass = 0;
        double loss = 0;
        double previous = Double.MAX_VALUE;
        String index = "";
        for (JsonNode c : served.get("contributions")) {
            if (!c.get("index").textValue().equals(index)) {
                index = c.get("index").textValue();
                previous = Double.MAX_VALUE;
            }
            double value = c.get("value").doubleValue();
            assertTrue(value <= previous, "largest first");
            previous = value;
            if (index.equals("TCI")) {
                mass += value;
                close(
                        c.get("seniority").doubleValue()
                                * c.get("criticality").doubleValue()
                                * c.get("impact").doubleValue(),
                        c.get("weight"),
                        "weight");
            } else if (index.equals("SLI")) {
                loss += value;
                close(
                        c.get("weight").doubleValue()
                                * c.get("tenure").doubleValue()
                                * c.get("destination").doubleValue()
                                * c.get("confidence").doubleValue()
                                * c.get("decay").doubleValue(),
                        c.get("value"),
                        "loss term");
            }
        }
        close(mass, served.get("mass"), "mass");
        close(loss, served.get("loss"), "loss");
        given().get("/api/v1/labs/openai/indices?asOf=2024-12-31").then().body("contributions", equalTo(null));
    }

    @Test
    void aRecordedDepartureChangesTheNextAnswer() {
        String from = Fixtures.createLab();
        String to = Fixtures.createLab();
        String researcher = Fixtures.createResearcher(from, "2015-01-01");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        given().get("/api/v1/labs/" + from + "/indices")
                .then()
                .statusCode(200)
                .body("headcount", equalTo(1))
                .body("departures", equalTo(0))
                .body("sli", equalTo(0.0f));
        Fixtures.recordDeparture(researcher, from, to, today);
        given().get("/api/v1/labs/" + from + "/indices")
                .then()
                .statusCode(200)
                .body("headcount", equalTo(0))
                .body("departures", equalTo(1))
                .body("sli", equalTo(100.0f));
        given().get("/api/v1/labs/" + to + "/indices")
                .then()
                .body("arrivals", equalTo(1))
                .body("headcount", equalTo(1));
    }

    @Test
    void historyAnswersMonthlyPoints() {
        given().get("/api/v1/labs/openai/indices/history?from=2024-01-31&to=2024-12-31")
                .then()
                .statusCode(200)
                .body("lab", equalTo("openai"))
                .body("points", hasSize(12))
                .body("points[0].asOf", equalTo("2024-01-31"))
                .body("points[1].asOf", equalTo("2024-02-29"))
                .body("points[11].asOf", equalTo("2024-12-31"));
        JsonNode last = get("/api/v1/labs/openai/indices/history?from=2024-12-31&to=2024-12-31")
                .get("points")
                .get(0);
        JsonNode direct = get("/api/v1/labs/openai/indices?asOf=2024-12-31");
        close(direct.get("sli").doubleValue(), last.get("sli"), "sli");
        close(direct.get("tci").doubleValue(), last.get("tci"), "tci");
        given().get("/api/v1/labs/openai/indices/history")
                .then()
                .statusCode(200)
                .body("points", hasSize(12));
        given().get("/api/v1/labs/google-deepmind/indices/history?rollup=true&from=2024-01-01&to=2024-03-01")
                .then()
                .body("lab", equalTo("google"))
                .body("points", hasSize(3));
    }

    @Test
    void flowsAndSignalsOnTheDemoData() {
        given().get("/api/v1/flows?asOf=2024-12-31")
                .then()
                .statusCode(200)
                .body("window", equalTo(365))
                .body("edges.find { it.from == 'openai' && it.to == 'anthropic' }.count", greaterThan(0))
                .body("edges.find { it.from == 'openai' && it.to == null }", notNullValue());
        given().get("/api/v1/signals?asOf=2024-12-31&lab=openai")
                .then()
                .statusCode(200)
                .body("items.type", everyItem(equalTo("SENIOR_EXODUS")))
                .body("items.lab", everyItem(equalTo("openai")))
                .body("items.researchers.flatten()", hasItem("john-schulman"))
                .body("items[0].count", greaterThan(2));
        given().get("/api/v1/signals?asOf=2019-01-01").then().body("items", hasSize(0));
        given().get("/api/v1/signals?lab=no-such-lab-anywhere")
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void aScenarioAnswersBeforeAfterAndDeltaAndStoresNothing() {
        int departuresBefore =
                given().get("/api/v1/departures?size=1").then().extract().path("totalItems");
        String body = """
                {"asOf":"2025-12-31","departures":[{"researcherSlug":"john-jumper","toLabSlug":"openai",
                "destinationType":"COMPETITOR","date":"2025-12-01","confidence":"RUMORED"}]}""";
        JsonNode result;
        try {
            result = JSON.readTree(given().contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/v1/scenarios")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        assertEquals("2025-12-31", result.get("asOf").textValue());
        assertEquals(2, result.get("labs").size());
        JsonNode deepmind = result.get("labs").get(0);
        assertEquals("google-deepmind", deepmind.get("lab").textValue());
        assertTrue(deepmind.get("after").get("sli").doubleValue()
                > deepmind.get("before").get("sli").doubleValue());
        close(
                deepmind.get("after").get("tci").doubleValue()
                        - deepmind.get("before").get("tci").doubleValue(),
                deepmind.get("delta").get("tci"),
                "delta");
        JsonNode current = get("/api/v1/indices?asOf=2025-12-31");
        close(current.get("hhi").doubleValue(), result.get("hhiBefore"), "hhiBefore");
        given().get("/api/v1/departures?size=1").then().body("totalItems", equalTo(departuresBefore));
        given().get("/api/v1/researchers/john-jumper").then().body("currentLabSlug", equalTo("google-deepmind"));
    }

    @Test
    void scenariosAreValidatedLikeRealDepartures() {
        given().contentType(ContentType.JSON)
                .body("{\"departures\":[]}")
                .post("/api/v1/scenarios")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("departures"));
        given().contentType(ContentType.JSON)
                .body("{\"departures\":[{\"researcherSlug\":\"john-jumper\","
                        + "\"destinationType\":\"COMPETITOR\",\"date\":\"2999-01-01\",\"confidence\":\"RUMORED\"}]}")
                .post("/api/v1/scenarios")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("departures[0].date"));
        given().contentType(ContentType.JSON)
                .body("{\"departures\":[{\"researcherSlug\":\"nobody-at-all\","
                        + "\"destinationType\":\"COMPETITOR\",\"date\":\"2024-01-01\",\"confidence\":\"RUMORED\"}]}")
                .post("/api/v1/scenarios")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("departures[0].researcherSlug"));
        given().contentType(ContentType.JSON)
                .body("{\"departures\":[{\"researcherSlug\":\"john-jumper\","
                        + "\"destinationType\":\"COMPETITOR\",\"date\":\"2024-01-01\",\"confidence\":\"SURE\"}]}")
                .post("/api/v1/scenarios")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("departures[0].confidence"));
        // Leaving a lab on a date when the researcher was at none contradicts the history.
        given().contentType(ContentType.JSON)
                .body("{\"departures\":[{\"researcherSlug\":\"dario-amodei\","
                        + "\"destinationType\":\"OTHER\",\"date\":\"2010-01-01\",\"confidence\":\"RUMORED\"}]}")
                .post("/api/v1/scenarios")
                .then()
                .statusCode(409)
                .contentType(PROBLEM);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/v1/indices?asOf=2999-01-01|asOf",
                "/api/v1/indices?asOf=yesterday|asOf",
                "/api/v1/indices?window=0|window",
                "/api/v1/indices?window=1.5|window",
                "/api/v1/indices?halfLife=-3|halfLife",
                "/api/v1/indices?halfLife=abc|halfLife",
                "/api/v1/indices?expertise=astrology|expertise",
                "/api/v1/indices?rollup=maybe|rollup",
                "/api/v1/indices?sort=salary|sort",
                "/api/v1/indices?sort=-|sort",
                "/api/v1/indices?fields=tci,salary|fields",
                "/api/v1/indices?size=0|size",
                "/api/v1/indices?page=-1|page",
                "/api/v1/flows?window=99999999|window",
                "/api/v1/labs/openai/indices?explain=1|explain",
                "/api/v1/labs/openai/indices/history?from=2024-05-01&to=2024-01-01|from",
                "/api/v1/labs/openai/indices/history?from=1990-01-01&to=2024-01-01|from",
                "/api/v1/labs/openai/indices/history?step=week|step"
            })
    void nonsenseParametersAre400NamingTheParameter(String path, String field) {
        given().get(path).then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo(field));
    }

    @Test
    void unknownLabsAre404AndTheModelIsPublished() {
        given().get("/api/v1/labs/no-such-lab-anywhere/indices")
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/lab-not-found"));
        given().get("/api/v1/scoring/model")
                .then()
                .statusCode(200)
                .body("seniority.LEAD", equalTo(2.0f))
                .body("criticality.reasoning", equalTo(1.5f))
                .body("destination.FOUNDED_STARTUP", equalTo(1.25f))
                .body("confidence.RUMORED", equalTo(0.4f))
                .body("defaultWindowDays", equalTo(365))
                .body("defaultHalfLifeDays", equalTo(180.0f))
                .body("exodusSpanDays", equalTo(90));
    }
}
