package io.talentradar.dashboard;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in real headless Chromium (Debian's chromium and chromium-driver): it loads the demo
 * data, shows what the API answers, draws the Sankey and history charts, and fetches again when the date
 * changes. Run with {@code mvn -B verify -Pbrowser}; leaves target/dashboard.png (docs/dashboard.png is a copy).
 */
@QuarkusTest
@Tag("browser")
class DashboardBrowserTest {

    private static ChromeDriver browser;
    private static Path profile;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void startBrowser() throws IOException {
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1440,1280",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    private static WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    private static void waitUntilLoaded(String asOf) {
        waitUpTo(30).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", asOf));
    }

    private static JsonPath api(String path) {
        return given().get(path).then().statusCode(200).extract().jsonPath();
    }

    private static String hhiText(double hhi) {
        return String.format(java.util.Locale.US, "%,d", Math.round(hhi));
    }

    private static int svgShapes(String chartId) {
        return browser.findElements(By.cssSelector("#" + chartId + " svg path")).size();
    }

    @Test
    void theDashboardShowsTheIndicesAndFetchesAgainForANewDate() throws IOException {
        browser.get(root + "?asOf=2025-06-30");
        waitUntilLoaded("2025-06-30");

        // the ranking table and the field's HHI are what the API answers for that date
        JsonPath ranking = api("/api/v1/indices?asOf=2025-06-30&window=365");
        List<String> labs = ranking.getList("items.lab");
        List<WebElement> rows = browser.findElements(By.cssSelector("#rankingTable tbody tr"));
        assertEquals(labs.size(), rows.size());
        assertTrue(labs.size() >= 33, "the demo data's labs: " + labs.size());
        assertEquals(
                Map.copyOf(labs.stream().collect(java.util.stream.Collectors.toMap(l -> l, l -> 1))),
                Map.copyOf(rows.stream()
                        .collect(java.util.stream.Collectors.toMap(r -> r.getAttribute("data-lab"), r -> 1))));
        assertEquals(
                hhiText(ranking.getDouble("hhi")),
                browser.findElement(By.id("hhi")).getText());
        assertEquals(
                ranking.getString("hhiBand").toLowerCase(),
                browser.findElement(By.id("hhiBand")).getText());

        // the Sankey and the history charts are drawn (SVG renderer: shapes and labels in the DOM)
        assertTrue(svgShapes("sankey") > 10, "sankey shapes: " + svgShapes("sankey"));
        String sankeyText = browser.findElement(By.id("sankey")).getText();
        String firstMover = api("/api/v1/flows?asOf=2025-06-30&window=365").getString("edges[0].from");
        assertTrue(sankeyText.contains(firstMover + " ›"), sankeyText);
        String topLab = browser.findElement(By.id("historyLab")).getText();
        assertTrue(labs.contains(topLab), topLab);
        assertTrue(svgShapes("historyChart") > 3, "history shapes: " + svgShapes("historyChart"));

        // each panel links to the call behind it
        String rankingCall =
                browser.findElement(By.cssSelector("a.api[data-for=ranking]")).getAttribute("href");
        assertTrue(rankingCall.endsWith("/api/v1/indices?asOf=2025-06-30&window=365"), rankingCall);
        Files.write(Path.of("target", "dashboard.png"), browser.getScreenshotAs(OutputType.BYTES));

        // sorting by SLI puts the lab with the highest SLI first
        browser.findElement(By.cssSelector("th[data-key=sli]")).click();
        double maxSli = ranking.getList("items.sli", Double.class).stream()
                .mapToDouble(Double::doubleValue)
                .max()
                .orElseThrow();
        String firstLab =
                browser.findElement(By.cssSelector("#rankingTable tbody tr")).getAttribute("data-lab");
        assertEquals(maxSli, ranking.getDouble("items.find { it.lab == '" + firstLab + "' }.sli"), 1e-9);

        // a new date: every panel is fetched again and shows that date's figures
        browser.executeScript("const input = document.getElementById('asOf'); input.value = '2020-01-01';"
                + "input.dispatchEvent(new Event('change', {bubbles: true}));");
        waitUntilLoaded("2020-01-01");
        JsonPath earlier = api("/api/v1/indices?asOf=2020-01-01&window=365");
        assertEquals(
                hhiText(earlier.getDouble("hhi")),
                browser.findElement(By.id("hhi")).getText());
        Object fetched = browser.executeScript("return performance.getEntriesByType('resource')"
                + ".map(e => e.name).filter(n => n.includes('asOf=2020-01-01') || n.includes('to=2020-01-01'))");
        assertTrue(fetched.toString().contains("/api/v1/indices?asOf=2020-01-01"), fetched.toString());
        assertTrue(fetched.toString().contains("/api/v1/flows?asOf=2020-01-01"), fetched.toString());
        assertTrue(fetched.toString().contains("/indices/history?"), fetched.toString());
        assertTrue(browser.getCurrentUrl().contains("asOf=2020-01-01"), "the date is kept in the address");

        // the live panel: the latest changes, and a write made now arrives through the stream
        String bands = browser.findElement(By.id("hhiHint")).getText();
        JsonPath model = api("/api/v1/scoring/model");
        assertTrue(
                bands.contains(String.format(java.util.Locale.ROOT, "%,d", (long) model.getDouble("hhiModerateFrom"))),
                "the bands come from the model: " + bands);
        String slug = "live-" + System.nanoTime() % 100000;
        io.restassured.RestAssured.given()
                .contentType("application/json")
                .body(Map.of("slug", slug, "name", "Live Lab", "type", "STARTUP"))
                .post("/api/v1/labs")
                .then()
                .statusCode(201);
        long deadline = System.currentTimeMillis() + 10_000;
        String changes = "";
        while (System.currentTimeMillis() < deadline && !changes.contains(slug)) {
            changes = browser.findElement(By.id("changeList")).getText();
        }
        assertTrue(changes.contains("lab.created: " + slug), changes);
        assertEquals("live", browser.findElement(By.id("changesState")).getText());
    }

    @Test
    void searchFindsAPersonDespiteATypoAndOpensTheirPage() {
        browser.get(root + "?asOf=2025-06-30");
        waitUntilLoaded("2025-06-30");
        WebElement search = browser.findElement(By.id("search"));
        search.sendKeys("Illya Sutskevar");
        waitUpTo(10)
                .until(ExpectedConditions.attributeToBe(
                        By.cssSelector("#searchResults li[data-slug]"), "data-slug", "ilya-sutskever"));
        browser.findElement(By.cssSelector("#searchResults li[data-slug]")).click();
        waitUpTo(10).until(ExpectedConditions.attributeToBe(By.id("person"), "data-slug", "ilya-sutskever"));

        JsonPath person = api("/api/v1/researchers/ilya-sutskever");
        assertEquals(
                person.getString("name"),
                browser.findElement(By.id("personName")).getText());
        // every stint is a bar of the timeline, every departure a line with its sources
        int stints =
                api("/api/v1/researchers/ilya-sutskever/affiliations?size=200").getInt("totalItems");
        assertTrue(stints > 0);
        assertTrue(svgShapes("personTimeline") >= stints, "timeline shapes: " + svgShapes("personTimeline"));
        int departures =
                api("/api/v1/departures?researcher=ilya-sutskever&size=200").getInt("totalItems");
        assertEquals(
                Math.max(1, departures),
                browser.findElements(By.cssSelector("#personDepartures li")).size());
        assertTrue(browser.getCurrentUrl().contains("researcher=ilya-sutskever"), "the page is kept in the address");
    }
}
