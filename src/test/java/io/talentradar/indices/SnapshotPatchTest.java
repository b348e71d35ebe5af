package io.talentradar.indices;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.talentradar.common.Fixtures;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * After any sequence of writes, the snapshot the service brought up to date by applying the changes feed
 * equals one read whole from the database: same rows, same order, so the same figures to the last bit.
 * The writes are random (a fixed seed, so a failure repeats) and go through the API, as a client's would.
 */
@QuarkusTest
class SnapshotPatchTest {

    private static final long SEED = 20261129L;
    private static final List<String> SENIORITY = List.of("IC", "LEAD", "EXECUTIVE", "FOUNDER");
    private static final List<String> AREAS = List.of("reasoning", "alignment", "rl", "vision", "systems");

    @Inject
    ScoringService scoring;

    @Inject
    SnapshotLoader loader;

    private final Random random = new Random(SEED);
    private final List<String> labs = new ArrayList<>();
    private final List<String> researchers = new ArrayList<>();
    private final List<Long> departures = new ArrayList<>();
    private int patched;
    private int imports;

    @Test
    void applyingTheFeedEqualsReadingEverythingAfterAnySequenceOfWrites() {
        for (int i = 0; i < 4; i++) {
            labs.add(Fixtures.createLab());
        }
        // a write the scoring does not read (a key) moves only the labels
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "patch-test", "role", "reader"))
                .post("/api/v1/api-keys")
                .then()
                .statusCode(201);
        scoring.snapshot();
        for (int step = 0; step < 100; step++) {
            String what = write();
            var current = scoring.snapshot();
            assertEquals(loader.load().snapshot(), current, "after step " + step + " (" + what + "), seed " + SEED);
            if (scoring.current().patched()) {
                patched++;
            }
        }
        assertTrue(patched >= 75, "most steps were applied as patches, not full reads: " + patched);
        assertTrue(imports >= 3, "imports were among the writes applied: " + imports);
    }

    @Test
    void aWriteOfThisInstanceIsPatchedInWithoutWaitingForARead() throws InterruptedException {
        scoring.snapshot();
        String lab = Fixtures.createLab();
        long written = loader.currentVersion();
        // no read asks for it: the refresh that the write's commit started brings the snapshot up to date
        assertTrue(
                Fixtures.awaitVersion(() -> scoring.current().version(), written) >= written,
                "the snapshot followed the write by itself");
        assertTrue(scoring.current().snapshot().lab(lab).isPresent(), "with the new lab in it");
    }

    /** One random write (it may be refused: the check holds either way); answers what it tried. */
    private String write() {
        int op = random.nextInt(15);
        switch (op) {
            case 0 -> {
                String parent = random.nextBoolean() ? pick(labs) : null;
                labs.add(Fixtures.createLab(Fixtures.lab(Fixtures.slug("lab")).withParentSlug(parent)));
                return "lab under " + parent;
            }
            case 1 -> {
                String lab = pick(labs);
                String parent = pick(labs);
                given().contentType(ContentType.JSON)
                        .body(Fixtures.lab(lab).withParentSlug(parent.equals(lab) ? null : parent))
                        .put("/api/v1/labs/" + lab);
                return "lab " + lab + " moved under " + parent;
            }
            case 2, 3 -> {
                String slug = Fixtures.createResearcher(
                        Fixtures.slug("r"), pick(SENIORITY), areas(), pick(labs), day(2010, 2016));
                researchers.add(slug);
                return "researcher " + slug;
            }
            case 4 -> {
                if (researchers.isEmpty()) {
                    return "nothing";
                }
                String slug = pick(researchers);
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("slug", slug);
                body.put("name", "Renamed " + slug);
                body.put("seniority", pick(SENIORITY));
                body.put("expertise", areas());
                body.put("notableWork", random.nextBoolean() ? List.of("One", "Two") : List.of());
                given().contentType(ContentType.JSON).body(body).put("/api/v1/researchers/" + slug);
                return "researcher " + slug + " edited";
            }
            case 5, 6 -> {
                if (researchers.isEmpty()) {
                    return "nothing";
                }
                String slug = pick(researchers);
                String from = given().get("/api/v1/researchers/" + slug)
                        .then()
                        .extract()
                        .path("currentLabSlug");
                if (from == null) {
                    return "researcher " + slug + " has no lab";
                }
                String to = random.nextInt(3) == 0 ? null : pick(labs);
                var answer = given().contentType(ContentType.JSON)
                        .body(Fixtures.departure(slug, from, from.equals(to) ? null : to, day(2017, 2025)))
                        .post("/api/v1/departures");
                if (answer.statusCode() == 201) {
                    departures.add(answer.jsonPath().getLong("id"));
                }
                return "departure of " + slug + " from " + from + ": " + answer.statusCode();
            }
            case 7 -> {
                if (departures.isEmpty()) {
                    return "nothing";
                }
                Long id = pick(departures);
                int status = given().delete("/api/v1/departures/" + id).statusCode();
                if (status == 204) {
                    departures.remove(id);
                }
                return "departure " + id + " deleted: " + status;
            }
            case 8 -> {
                if (researchers.isEmpty()) {
                    return "nothing";
                }
                String slug = pick(researchers);
                int status = given().delete("/api/v1/researchers/" + slug).statusCode();
                if (status == 204) {
                    researchers.remove(slug);
                }
                return "researcher " + slug + " deleted: " + status;
            }
            case 11 -> {
                String lab = pick(labs);
                String renamed = Fixtures.slug("lab");
                long version = given().get("/api/v1/labs/" + lab)
                        .then()
                        .extract()
                        .jsonPath()
                        .getLong("version");
                int status = given().contentType(ContentType.JSON)
                        .header("If-Match", "\"" + version + "\"")
                        .body(Fixtures.lab(renamed))
                        .put("/api/v1/labs/" + lab)
                        .statusCode();
                if (status == 200) {
                    labs.set(labs.indexOf(lab), renamed);
                }
                return "lab " + lab + " renamed " + renamed + ": " + status;
            }
            case 12 -> {
                if (researchers.isEmpty()) {
                    return "nothing";
                }
                String slug = pick(researchers);
                String renamed = Fixtures.slug("r");
                var current = given().get("/api/v1/researchers/" + slug)
                        .then()
                        .extract()
                        .jsonPath();
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("slug", renamed);
                body.put("name", current.getString("name"));
                body.put("seniority", current.getString("seniority"));
                body.put("expertise", current.getList("expertise"));
                int status = given().contentType(ContentType.JSON)
                        .header("If-Match", "\"" + current.getLong("version") + "\"")
                        .body(body)
                        .put("/api/v1/researchers/" + slug)
                        .statusCode();
                if (status == 200) {
                    researchers.set(researchers.indexOf(slug), renamed);
                }
                return "researcher " + slug + " renamed " + renamed + ": " + status;
            }
            case 13 -> {
                if (researchers.size() < 2) {
                    return "nothing";
                }
                String slug = pick(researchers);
                String into = pick(researchers);
                int status = given().contentType(ContentType.JSON)
                        .body(Map.of("into", into))
                        .post("/api/v1/researchers/" + slug + "/merge")
                        .statusCode();
                if (status == 200) {
                    researchers.remove(slug);
                }
                return "researcher " + slug + " merged into " + into + ": " + status;
            }
            case 14 -> { // an import: its feed entries are appended together at its end
                String from = pick(labs);
                String to = pick(labs);
                StringBuilder people = new StringBuilder("slug,name,seniority,expertise,notableWork\n");
                StringBuilder stints = new StringBuilder("researcherSlug,labSlug,start,end,sourceUrl\n");
                StringBuilder moves = new StringBuilder("researcherSlug,fromLabSlug,toLabSlug,date,datePrecision,"
                        + "tenureYears,destinationType,reason,confidence,sourceUrl\n");
                List<String> added = new ArrayList<>();
                for (int i = 1 + random.nextInt(3); i > 0; i--) {
                    String slug = Fixtures.slug("r");
                    added.add(slug);
                    people.append(slug + ",Imported," + pick(SENIORITY) + "," + String.join(";", areas()) + ",\n");
                    stints.append(slug + "," + from + ",2015-01-01,,https://example.com/s\n");
                    if (!from.equals(to) && random.nextBoolean()) {
                        moves.append(slug + "," + from + "," + to + "," + day(2020, 2024)
                                + ",DAY,,COMPETITOR,,REPORTED,https://example.com/d\n");
                    }
                }
                int status = given().multiPart(
                                "researchers",
                                "researchers.csv",
                                people.toString().getBytes(),
                                "text/csv")
                        .multiPart(
                                "affiliations",
                                "affiliations.csv",
                                stints.toString().getBytes(),
                                "text/csv")
                        .multiPart(
                                "departures", "departures.csv", moves.toString().getBytes(), "text/csv")
                        .post("/api/v1/import")
                        .statusCode();
                if (status == 200) {
                    researchers.addAll(added);
                    imports++;
                }
                return "import of " + added + ": " + status;
            }
            case 10 -> {
                String lab = pick(labs);
                int status = given().delete("/api/v1/labs/" + lab).statusCode();
                if (status == 204) {
                    labs.remove(lab);
                }
                return "lab " + lab + " deleted: " + status;
            }
            default -> {
                if (researchers.isEmpty()) {
                    return "nothing";
                }
                String slug = pick(researchers);
                int status = given().contentType(ContentType.JSON)
                        .body(Map.of("labSlug", pick(labs), "start", "2001-01-01", "end", day(2002, 2008)))
                        .post("/api/v1/researchers/" + slug + "/affiliations")
                        .statusCode();
                return "earlier stint of " + slug + ": " + status;
            }
        }
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private List<String> areas() {
        List<String> chosen = new ArrayList<>();
        for (String area : AREAS) {
            if (random.nextInt(3) == 0) {
                chosen.add(area);
            }
        }
        return chosen;
    }

    private String day(int fromYear, int toYear) {
        LocalDate from = LocalDate.of(fromYear, 1, 1);
        return from.plusDays(random.nextInt((toYear - fromYear) * 365)).toString();
    }
}
