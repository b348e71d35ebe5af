package io.talentradar.watch;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.talentradar.common.AdminKeyExtension;
import io.talentradar.common.Fixtures;
import io.talentradar.common.feed.ChangeFeed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The changes feed, its stream, watchlists and webhooks, against real HTTP clients and a real receiver. */
@QuarkusTest
class WatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    @Inject
    ChangeFeed feed;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    /** The committed head of the feed (the retention test removes its start, so it is not read from 0). */
    private long latest() {
        return feed.latest();
    }

    private static List<Map<String, Object>> changesAfter(long after, String types) {
        var spec = given().queryParam("after", after).queryParam("limit", 1000);
        if (types != null) {
            spec.queryParam("types", types);
        }
        return spec.get("/api/v1/changes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }

    @Test
    void everyCommittedWriteIsOneEntryWithItsRepresentationsAndARolledBackOneNone() {
        long start = latest();
        String slug = Fixtures.createLab();
        Fixtures.Lab body = Fixtures.lab(slug);
        body = body.withName("Renamed " + slug);
        given().contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/labs/" + slug)
                .then()
                .statusCode(200);
        // refused writes leave no entry: a duplicate (409) and an invalid body (400)
        given().contentType(ContentType.JSON)
                .body(Fixtures.lab(slug))
                .post("/api/v1/labs")
                .then()
                .statusCode(409);
        given().delete("/api/v1/labs/" + slug).then().statusCode(204);

        List<Map<String, Object>> items = changesAfter(start, "lab");
        List<Map<String, Object>> mine =
                items.stream().filter(i -> slug.equals(i.get("slug"))).toList();
        assertEquals(
                List.of("CREATED", "UPDATED", "DELETED"),
                mine.stream().map(i -> i.get("action")).toList());
        assertEquals(null, mine.get(0).get("before"));
        assertEquals("Lab " + slug, ((Map<?, ?>) mine.get(0).get("after")).get("name"));
        assertEquals("Lab " + slug, ((Map<?, ?>) mine.get(1).get("before")).get("name"));
        assertEquals("Renamed " + slug, ((Map<?, ?>) mine.get(1).get("after")).get("name"));
        assertEquals(null, mine.get(2).get("after"));
        assertEquals("bootstrap-admin", mine.get(0).get("actor"));
        List<Long> seqs =
                mine.stream().map(i -> ((Number) i.get("seq")).longValue()).toList();
        assertTrue(seqs.get(0) < seqs.get(1) && seqs.get(1) < seqs.get(2), "seq grows with commit order");
    }

    @Test
    void feedParametersAreChecked() {
        given().queryParam("limit", 0)
                .get("/api/v1/changes")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().queryParam("limit", 1001).get("/api/v1/changes").then().statusCode(400);
        given().queryParam("after", -1)
                .get("/api/v1/changes")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("after"));
        given().queryParam("types", "lab,spaceship")
                .get("/api/v1/changes")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("types"));
        long head = latest();
        given().queryParam("after", head)
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .body("next", equalTo((int) head));
    }

    @Test
    void aReaderFollowingNextMissesNothingWhileManyWritersCommit() throws Exception {
        long start = latest();
        int writers = 8;
        int each = 15;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<String> created = java.util.Collections.synchronizedList(new ArrayList<>());
        List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            futures.add(pool.submit(() -> {
                for (int i = 0; i < each; i++) {
                    String slug = Fixtures.slug("feedw");
                    given().header("X-API-Key", AdminKeyExtension.ADMIN_KEY)
                            .contentType(ContentType.JSON)
                            .body(Fixtures.lab(slug))
                            .post("/api/v1/labs")
                            .then()
                            .statusCode(201);
                    created.add(slug);
                }
            }));
        }
        // the reader follows next while the writers commit
        List<Long> seen = new ArrayList<>();
        java.util.Set<String> slugs = new java.util.HashSet<>();
        long next = start;
        while (true) {
            boolean writing = futures.stream().anyMatch(f -> !f.isDone());
            JsonPath page = given().queryParam("after", next)
                    .queryParam("limit", 7)
                    .get("/api/v1/changes")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
                seen.add(((Number) item.get("seq")).longValue());
                slugs.add((String) item.get("slug"));
            }
            next = page.getLong("next");
            if (!writing && page.getList("items").isEmpty()) {
                break;
            }
        }
        for (var f : futures) {
            f.get();
        }
        pool.shutdown();
        assertEquals(writers * each, created.size());
        assertTrue(slugs.containsAll(created), "every committed write was read by the follower");
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) > seen.get(i - 1), "in seq order, no repeats");
        }
    }

    @Test
    void aPositionOlderThanTheRetainedFeedIsGoneButNothingUndeliveredIsRemoved() throws Exception {
        Fixtures.createLab();
        long head = latest();
        // the fan-out has taken everything up to head, so the purge below is not held back by it
        waitFor(
                () -> QuarkusTransaction.requiringNew()
                                .call(() -> ((Number)
                                                em.createNativeQuery("select seq from dispatch_cursor where id = 1")
                                                        .getSingleResult())
                                        .longValue())
                        >= head,
                "the fan-out");
        // age every entry past the retention; the purge may remove them only up to what the fan-out has taken
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update change_event set occurred_at = ?1 where seq <= ?2")
                        .setParameter(1, Instant.now().minus(Duration.ofDays(91)))
                        .setParameter(2, head)
                        .executeUpdate());
        assertTrue(feed.purge(head - 2) > 0);
        assertEquals(head - 2, feed.purgedThrough(), "entries after the consumed position are kept, however old");
        given().queryParam("after", head - 3)
                .get("/api/v1/changes")
                .then()
                .statusCode(410)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("CSV"));
        given().queryParam("after", head - 2)
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .body("items.seq", org.hamcrest.Matchers.hasItems((int) head - 1, (int) head));
    }

    @Test
    void theStreamSendsEachCommittedChangeAndResumesFromLastEventId() throws Exception {
        long start = latest();
        HttpClient client = HttpClient.newHttpClient();
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/changes/stream?types=lab&after=" + start))
                .header("Accept", "text/event-stream")
                .build();
        var response = client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        ExecutorService reader = Executors.newSingleThreadExecutor();
        reader.submit(() -> {
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(response.get().body(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            }
            return null;
        });
        String slug = Fixtures.createLab();
        Map<String, String> event = nextEvent(lines);
        assertEquals("lab.created", event.get("event"));
        JsonNode data = JSON.readTree(event.get("data"));
        assertEquals(slug, data.get("slug").asText());
        assertEquals(event.get("id"), data.get("seq").asText());
        reader.shutdownNow();
        response.cancel(true);

        // reconnecting with Last-Event-ID resumes right after it
        String second = Fixtures.createLab();
        LinkedBlockingQueue<String> again = new LinkedBlockingQueue<>();
        var resumed = client.sendAsync(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/changes/stream?types=lab"))
                        .header("Last-Event-ID", event.get("id"))
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        ExecutorService reader2 = Executors.newSingleThreadExecutor();
        reader2.submit(() -> {
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(resumed.get().body(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    again.add(line);
                }
            }
            return null;
        });
        Map<String, String> next = nextEvent(again);
        assertEquals(second, JSON.readTree(next.get("data")).get("slug").asText());
        reader2.shutdownNow();
        resumed.cancel(true);
    }

    private static Map<String, String> nextEvent(LinkedBlockingQueue<String> lines) throws InterruptedException {
        Map<String, String> event = new java.util.HashMap<>();
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line == null || line.startsWith(":")) {
                continue;
            }
            if (line.isEmpty()) {
                if (event.containsKey("data")) {
                    return event;
                }
                continue;
            }
            int colon = line.indexOf(':');
            event.put(line.substring(0, colon), line.substring(colon + 1).trim());
        }
        throw new AssertionError("no event within 10 s; got " + event);
    }

    private static long createWatchlist(Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/watchlists")
                .then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/watchlists/"))
                .extract()
                .jsonPath()
                .getLong("id");
    }

    @Test
    void aWatchlistSelectsDeparturesByLabWithRollUpSeniorityAndExpertise() {
        String parent = Fixtures.createLab();
        Fixtures.Lab childBody = Fixtures.lab(Fixtures.slug("child"));
        childBody = childBody.withParentSlug(parent);
        String child = Fixtures.createLab(childBody);
        String other = Fixtures.createLab();
        String lead = Fixtures.createResearcher(Fixtures.slug("lead"), "LEAD", List.of("safety"), child, "2020-01-01");
        String junior = Fixtures.createResearcher(Fixtures.slug("ic"), "IC", List.of("safety"), child, "2020-01-01");
        String expert =
                Fixtures.createResearcher(Fixtures.slug("exp"), "EXECUTIVE", List.of("robotics"), other, "2020-01-01");
        long start = latest();
        long byLab = createWatchlist(Map.of(
                "name",
                "parent group",
                "labs",
                List.of(parent),
                "minSeniority",
                "LEAD",
                "events",
                List.of("departure.created")));
        long byArea = createWatchlist(
                Map.of("name", "robotics", "expertise", List.of("robotics"), "events", List.of("departure.created")));
        Fixtures.recordDeparture(lead, child, other, "2024-01-01");
        Fixtures.recordDeparture(junior, child, null, "2024-01-02");
        Fixtures.recordDeparture(expert, other, null, "2024-01-03");

        List<String> forLab = given().queryParam("after", start)
                .get("/api/v1/watchlists/" + byLab + "/changes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.after.researcherSlug");
        assertEquals(List.of(lead), forLab, "the lead's move from the child lab, not the IC's, not the other lab's");
        List<String> forArea = given().queryParam("after", start)
                .get("/api/v1/watchlists/" + byArea + "/changes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.after.researcherSlug");
        assertEquals(List.of(expert), forArea);
    }

    @Test
    void aWatchlistFollowsItsLabsAndResearchersThroughRenamesAndMerges() {
        String lab = Fixtures.createLab();
        String duplicate = Fixtures.createResearcher(null, null);
        String survivor = Fixtures.createResearcher(lab, "2020-01-01");
        long id = createWatchlist(Map.of(
                "name",
                "followed",
                "labs",
                List.of(lab),
                "researchers",
                List.of(duplicate),
                "thresholds",
                List.of(Map.of("lab", lab, "index", "SLI", "above", 99)),
                "events",
                List.of("departure.created")));
        String renamed = Fixtures.slug("lab");
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Fixtures.lab(renamed))
                .put("/api/v1/labs/" + lab)
                .then()
                .statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("into", survivor))
                .post("/api/v1/researchers/" + duplicate + "/merge")
                .then()
                .statusCode(200);
        given().get("/api/v1/watchlists/" + id)
                .then()
                .body("labs", org.hamcrest.Matchers.equalTo(List.of(renamed)))
                .body("researchers", org.hamcrest.Matchers.equalTo(List.of(survivor)))
                .body("thresholds[0].lab", org.hamcrest.Matchers.equalTo(renamed));
        // and goes on matching them: the survivor's departure from the renamed lab
        long start = latest();
        Fixtures.recordDeparture(survivor, renamed, null, "2024-01-01");
        List<String> seen = given().queryParam("after", start)
                .get("/api/v1/watchlists/" + id + "/changes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.after.researcherSlug");
        assertEquals(List.of(survivor), seen);
    }

    @Test
    void aKeySeesOnlyItsOwnWatchlistsAndWebhooks() {
        String editorA = createKey("watcher-a");
        String editorB = createKey("watcher-b");
        long id = given().header("X-API-Key", editorA)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "mine", "events", List.of("departure.created")))
                .post("/api/v1/watchlists")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        given().header("X-API-Key", editorB)
                .get("/api/v1/watchlists/" + id)
                .then()
                .statusCode(404);
        given().header("X-API-Key", editorB)
                .get("/api/v1/watchlists/" + id + "/changes")
                .then()
                .statusCode(404);
        given().header("X-API-Key", editorB)
                .contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/x", "watchlistId", id))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("watchlistId"));
        given().header("X-API-Key", editorB)
                .get("/api/v1/watchlists")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem((int) id)));
        given().header("X-API-Key", editorA)
                .get("/api/v1/watchlists")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) id));
        given().get("/api/v1/watchlists/" + id).then().statusCode(200); // the admin sees all
        given().header("X-API-Key", editorA)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "bad", "events", List.of("departure.exploded")))
                .post("/api/v1/watchlists")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("events[0]"));
    }

    private static String createKey(String name) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "role", "editor"))
                .post("/api/v1/api-keys")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("key");
    }

    @Test
    void webhooksToPrivateAddressesAreRefusedUnlessAllowed() {
        long watchlist = createWatchlist(Map.of("name", "ssrf", "events", List.of("departure.created")));
        String saved = System.getProperty("talentradar.webhooks.allow-private-targets");
        System.setProperty("talentradar.webhooks.allow-private-targets", "false");
        try {
            for (String url : List.of(
                    "http://127.0.0.1:8080/x",
                    "http://localhost/x",
                    "http://10.1.2.3/x",
                    "http://169.254.169.254/latest/meta-data",
                    "http://[::1]/x",
                    "http://192.168.1.1/")) {
                given().contentType(ContentType.JSON)
                        .body(Map.of("url", url, "watchlistId", watchlist))
                        .post("/api/v1/webhooks")
                        .then()
                        .statusCode(400)
                        .body("errors[0].field", equalTo("url"));
            }
        } finally {
            if (saved == null) {
                System.clearProperty("talentradar.webhooks.allow-private-targets");
            } else {
                System.setProperty("talentradar.webhooks.allow-private-targets", saved);
            }
        }
        for (String url :
                List.of("ftp://example.com/x", "file:///etc/passwd", "not a url", "http://user:pw@example.com/")) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("url", url, "watchlistId", watchlist))
                    .post("/api/v1/webhooks")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("url"));
        }
    }

    @Test
    void aDeliveryIsSignedAsTheSpecSaysRetriedWithOneIdAndOrdered() throws Exception {
        try (Receiver receiver = new Receiver()) {
            receiver.script.add(500); // the first attempt fails, the retry succeeds
            String lab = Fixtures.createLab();
            long watchlist = createWatchlist(Map.of(
                    "name",
                    "hooked",
                    "labs",
                    List.of(lab),
                    "events",
                    List.of("departure.created", "departure.deleted")));
            JsonPath hook = given().contentType(ContentType.JSON)
                    .body(Map.of("url", receiver.url(), "watchlistId", watchlist, "description", "test"))
                    .post("/api/v1/webhooks")
                    .then()
                    .statusCode(201)
                    .body("secret", startsWith("whsec_"))
                    .extract()
                    .jsonPath();
            String secret = hook.getString("secret");
            long hookId = hook.getLong("id");
            given().get("/api/v1/webhooks/" + hookId).then().statusCode(200).body("secret", nullValue());

            String first = Fixtures.createResearcher(lab, "2020-01-01");
            String second = Fixtures.createResearcher(lab, "2020-01-01");
            long d1 = Fixtures.recordDeparture(first, lab, null, "2024-01-01");
            long d2 = Fixtures.recordDeparture(second, lab, null, "2024-02-01");
            given().delete("/api/v1/departures/" + d2).then().statusCode(204);

            waitFor(() -> receiver.received.size() >= 4, "three events, one of them twice");
            List<Receiver.Request> got = receiver.received;
            // the failed first attempt and its retry carry one webhook-id
            assertEquals(got.get(0).header("webhook-id"), got.get(1).header("webhook-id"));
            assertEquals(got.get(0).body(), got.get(1).body());
            // ordered by seq: the retry held back the later events
            List<String> events = new ArrayList<>();
            List<Long> seqs = new ArrayList<>();
            for (Receiver.Request r : got.subList(1, got.size())) {
                JsonNode body = JSON.readTree(r.body());
                events.add(body.get("type").asText() + "." + body.get("action").asText());
                seqs.add(body.get("seq").asLong());
                assertEquals(watchlist, body.get("watchlistId").asLong());
                verifySignature(secret, r);
            }
            assertEquals(List.of("departure.CREATED", "departure.CREATED", "departure.DELETED"), events);
            assertTrue(seqs.get(0) < seqs.get(1) && seqs.get(1) < seqs.get(2));
            assertEquals(
                    Long.toString(d1),
                    JSON.readTree(got.get(1).body()).get("id").asText());

            // the deliveries tell the story: the first took two attempts
            JsonPath deliveries = given().queryParam("sort", "id")
                    .get("/api/v1/webhooks/" + hookId + "/deliveries")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertEquals(3, deliveries.getList("items").size());
            assertEquals(2, deliveries.getInt("items[0].attempts"));
            assertEquals("DELIVERED", deliveries.getString("items[0].status"));
            assertEquals(200, deliveries.getInt("items[0].lastStatusCode"));

            // ping, then a retry of a delivered event: same webhook-id again
            given().post("/api/v1/webhooks/" + hookId + "/ping").then().statusCode(202);
            waitFor(() -> receiver.received.size() >= 5, "the ping");
            assertEquals(
                    "ping",
                    JSON.readTree(receiver.received.get(4).body()).get("type").asText());
            long firstDelivery = deliveries.getLong("items[0].id");
            given().post("/api/v1/webhooks/" + hookId + "/deliveries/" + firstDelivery + "/retry")
                    .then()
                    .statusCode(202);
            waitFor(() -> receiver.received.size() >= 6, "the manual retry");
            assertEquals(
                    got.get(0).header("webhook-id"), receiver.received.get(5).header("webhook-id"));

            // a rotated secret signs what follows
            String rotated = given().post("/api/v1/webhooks/" + hookId + "/rotate-secret")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getString("secret");
            given().post("/api/v1/webhooks/" + hookId + "/ping").then().statusCode(202);
            waitFor(() -> receiver.received.size() >= 7, "the ping after rotation");
            verifySignature(rotated, receiver.received.get(6));
        }
    }

    /** Standard Webhooks, as a receiver checks it: HMAC-SHA256 of "id.timestamp.body" keyed by the base64 secret. */
    private static void verifySignature(String secret, Receiver.Request request) throws Exception {
        String id = request.header("webhook-id");
        String timestamp = request.header("webhook-timestamp");
        assertNotNull(id);
        assertTrue(Math.abs(Long.parseLong(timestamp) - Instant.now().getEpochSecond()) < 300, "a fresh timestamp");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String expected = Base64.getEncoder()
                .encodeToString(
                        mac.doFinal((id + "." + timestamp + "." + request.body()).getBytes(StandardCharsets.UTF_8)));
        List<String> signatures = List.of(request.header("webhook-signature").split(" "));
        assertTrue(signatures.contains("v1," + expected), "signature " + signatures + " is not v1," + expected);
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    @Test
    void aSeniorExodusIsASignalInTheFeed() throws InterruptedException {
        String lab = Fixtures.createLab();
        long start = latest();
        for (int i = 0; i < 3; i++) {
            String person =
                    Fixtures.createResearcher(Fixtures.slug("sr"), "LEAD", List.of("reasoning"), lab, "2020-01-01");
            Fixtures.recordDeparture(person, lab, null, "2025-0" + (i + 1) + "-10");
        }
        List<Map<String, Object>> signals = signalsOf(lab, start, 1);
        assertEquals(1, signals.size(), "the third senior departure in the span starts one episode");
        assertEquals("STARTED", signals.get(0).get("action"));
        assertEquals(3, ((Map<?, ?>) signals.get(0).get("after")).get("count"));

        // a fourth in the span extends it
        String fourth = Fixtures.createResearcher(Fixtures.slug("sr"), "LEAD", List.of("reasoning"), lab, "2020-01-01");
        Fixtures.recordDeparture(fourth, lab, null, "2025-04-10");
        signals = signalsOf(lab, start, 2);
        assertEquals(2, signals.size(), "the fourth extends the episode");
        assertEquals("EXTENDED", signals.get(1).get("action"));
        assertEquals(4, ((Map<?, ?>) signals.get(1).get("after")).get("count"));
    }

    /** The lab's signals after a feed position, once there are {@code wanted} (or after 20 s). */
    private static List<Map<String, Object>> signalsOf(String lab, long after, int wanted) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        List<Map<String, Object>> signals = List.of();
        while (signals.size() < wanted && System.currentTimeMillis() < deadline) {
            signals = changesAfter(after, "signal").stream()
                    .filter(s -> lab.equals(s.get("slug")))
                    .toList();
            Thread.sleep(50); // not a busy loop: on a small machine it would starve the dispatcher it waits for
        }
        return signals;
    }

    @Test
    void aThresholdCrossedByAWriteIsASignalForItsWatchlistOnly() throws Exception {
        String lab = Fixtures.createLab();
        String person =
                Fixtures.createResearcher(Fixtures.slug("thr"), "LEAD", List.of("reasoning"), lab, "2015-01-01");
        long watching = createWatchlist(Map.of(
                "name",
                "loss at " + lab,
                "labs",
                List.of(lab),
                "events",
                List.of("index.threshold"),
                "thresholds",
                List.of(Map.of("lab", lab, "index", "SLI", "above", 0.5))));
        long other = createWatchlist(Map.of("name", "other", "events", List.of("index.threshold")));
        long start = latest();
        Fixtures.recordDeparture(
                person,
                lab,
                null,
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(10).toString());

        long deadline = System.currentTimeMillis() + 20_000;
        List<Map<String, Object>> crossed = List.of();
        while (crossed.isEmpty() && System.currentTimeMillis() < deadline) {
            crossed = changesAfter(start, "signal").stream()
                    .filter(c -> "CROSSED".equals(c.get("action")) && lab.equals(c.get("slug")))
                    .toList();
            Thread.sleep(50);
        }
        assertEquals(1, crossed.size(), "the departure pushed the SLI above the bound once");
        Map<?, ?> signal = (Map<?, ?>) crossed.get(0).get("after");
        assertEquals(watching, ((Number) signal.get("watchlistId")).longValue());
        assertTrue(((Number) signal.get("value")).doubleValue() > 0.5);
        List<Object> forWatching = given().queryParam("after", start)
                .get("/api/v1/watchlists/" + watching + "/changes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.action");
        assertEquals(List.of("CROSSED"), forWatching);
        given().queryParam("after", start)
                .get("/api/v1/watchlists/" + other + "/changes")
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void anEndpointFailingForFiveDaysIsDisabledAndTheFeedSaysSo() throws Exception {
        try (Receiver receiver = new Receiver()) {
            for (int i = 0; i < 10; i++) {
                receiver.script.add(503);
            }
            long watchlist = createWatchlist(Map.of("name", "doomed", "events", List.of("lab.created")));
            long hookId = given().contentType(ContentType.JSON)
                    .body(Map.of("url", receiver.url(), "watchlistId", watchlist))
                    .post("/api/v1/webhooks")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
            // it has been failing for six days already
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery("update webhook set failing_since = ?1 where id = ?2")
                            .setParameter(1, Instant.now().minus(Duration.ofDays(6)))
                            .setParameter(2, hookId)
                            .executeUpdate());
            long start = latest();
            Fixtures.createLab();
            waitFor(() -> !receiver.received.isEmpty(), "the failing attempt");
            long deadline = System.currentTimeMillis() + 10_000;
            List<Map<String, Object>> disabled = List.of();
            while (disabled.isEmpty() && System.currentTimeMillis() < deadline) {
                disabled = changesAfter(start, "webhook");
                Thread.sleep(50);
            }
            assertEquals(1, disabled.size());
            assertEquals("DISABLED", disabled.get(0).get("action"));
            assertEquals(Long.toString(hookId), disabled.get(0).get("id"));
            given().get("/api/v1/webhooks/" + hookId)
                    .then()
                    .statusCode(200)
                    .body("disabledAt", org.hamcrest.Matchers.notNullValue());
            int attempts = receiver.received.size();
            Fixtures.createLab();
            Thread.sleep(1500);
            assertEquals(attempts, receiver.received.size(), "a disabled endpoint gets nothing more");
        }
    }
}
