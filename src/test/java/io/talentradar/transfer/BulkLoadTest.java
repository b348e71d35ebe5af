package io.talentradar.transfer;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.talentradar.common.feed.ChangeFeed;
import io.talentradar.common.feed.ChangeItem;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The set-based import writes exactly what the row-by-row import (the API's own services) writes: the demo
 * dataset, with its slugs prefixed and external ids, aliases and SECONDARY stints added, imported both ways.
 */
@QuarkusTest
class BulkLoadTest {

    private static final Set<String> SLUG_COLUMNS =
            Set.of("slug", "parentSlug", "researcherSlug", "labSlug", "fromLabSlug", "toLabSlug");

    @Inject
    CsvImporter importer;

    @Inject
    ChangeFeed feed;

    @Inject
    MeterRegistry metrics;

    @Test
    void theSetBasedWayWritesWhatTheRowByRowWayWrites() throws IOException {
        // this run's slugs and ids (the PostgreSQL suite keeps its database between runs)
        String run = String.format("%05d", System.nanoTime() % 100_000);
        String rowWise = "rw" + run + "-";
        String setBased = "sb" + run + "-";
        String rowIds = run + "1";
        String setIds = run + "2";

        long start = feed.latest();
        ImportReport slow = importer.run(
                files(rowWise, rowIds), false, CsvImporter.Origin.REQUEST, CsvImporter.Progress.NONE, r -> {}, false);
        long middle = feed.latest();
        double setBasedBefore = count("set-based");
        ImportReport fast = importer.run(
                files(setBased, setIds), false, CsvImporter.Origin.REQUEST, CsvImporter.Progress.NONE, r -> {}, true);
        long end = feed.latest();

        assertTrue(slow.committed(), () -> slow.rejections().toString());
        assertTrue(fast.committed(), () -> fast.rejections().toString());
        assertEquals(1.0, count("set-based") - setBasedBefore, "the second import went the set-based way");
        assertEquals(slow.created(), fast.created());
        assertEquals(
                slow.datasets().stream()
                        .map(d -> d.dataset() + d.created() + "/" + d.derived())
                        .toList(),
                fast.datasets().stream()
                        .map(d -> d.dataset() + d.created() + "/" + d.derived())
                        .toList());
        for (String list : List.of("labs", "researchers", "affiliations", "departures")) {
            List<String> a = exported(list, rowWise, "A" + rowIds, "I" + rowIds);
            List<String> b = exported(list, setBased, "A" + setIds, "I" + setIds);
            assertFalse(a.isEmpty(), list);
            assertEquals(a, b, list);
        }
        // one feed entry per written row either way (the derived stints have none)
        Map<String, Long> expected = slow.datasets().stream()
                .collect(Collectors.toMap(
                        d -> d.dataset().replaceAll("s$", "") + " CREATED", // labs: lab
                        d -> (long) d.created(),
                        Long::sum,
                        TreeMap::new));
        assertEquals(expected, feedTypes(start, middle));
        assertEquals(expected, feedTypes(middle, end));

        // later rows extending the stored histories (departures, with and without a destination, and stints):
        // the set-based way takes them too, ends the stored stints and moves the versions on
        List<String[]> current = exported("affiliations", rowWise, "A" + rowIds, "I" + rowIds).stream()
                .map(line -> line.split(",", -1))
                .filter(cells -> cells[3].isEmpty() && cells[5].equals("PRIMARY"))
                .limit(120)
                .toList();
        // enough that the database's way for many rows is taken (BulkInsert: COPY and set-wise updates from 100)
        assertTrue(current.size() >= 100, () -> current.size() + " current stints");
        StringBuilder moves = new StringBuilder(
                "researcherSlug,fromLabSlug,toLabSlug,date,datePrecision,tenureYears,destinationType,reason,confidence,"
                        + "sourceUrl\n");
        StringBuilder roles = new StringBuilder("researcherSlug,labSlug,start,end,sourceUrl,kind,role\n");
        for (int i = 0; i < current.size(); i++) {
            String[] stint = current.get(i);
            String to = i % 4 == 3 ? "" : "@" + (stint[1].equals("openai") ? "anthropic" : "openai");
            moves.append(String.join(
                            ",",
                            "@" + stint[0],
                            "@" + stint[1],
                            to,
                            "2026-06-01",
                            "MONTH",
                            "",
                            to.isEmpty() ? "UNDISCLOSED" : "COMPETITOR",
                            "",
                            "REPORTED",
                            "https://example.org/m/" + i))
                    .append('\n');
            roles.append(String.join(",", "@" + stint[0], "@mit", "2026-07-01", "", "", "SECONDARY", "Visiting"))
                    .append('\n');
        }
        String someone = current.get(0)[0];
        long versionBefore = version(rowWise + someone);
        long setBasedVersionBefore = version(setBased + someone);
        importer.run(
                later(moves, roles, rowWise),
                false,
                CsvImporter.Origin.REQUEST,
                CsvImporter.Progress.NONE,
                r -> {},
                false);
        double setBasedBeforeLater = count("set-based");
        assertTrue(importer.run(later(moves, roles, setBased), false).committed());
        assertEquals(1.0, count("set-based") - setBasedBeforeLater, "later rows went the set-based way");
        for (String list : List.of("researchers", "affiliations", "departures")) {
            assertEquals(
                    exported(list, rowWise, "A" + rowIds, "I" + rowIds),
                    exported(list, setBased, "A" + setIds, "I" + setIds),
                    list + " later");
        }
        // the ETag moves on either way (by how much is the services' flushing, not a contract)
        assertTrue(version(rowWise + someone) > versionBefore);
        assertTrue(version(setBased + someone) > setBasedVersionBefore);

        // a faulty row: the set-based way declines, the row-by-row way names it, nothing is written
        double rowByRowBefore = count("row-by-row");
        Map<Dataset, List<CsvRows.Row>> faulty = later(
                new StringBuilder(moves.toString().replace("2026-06-01", "2026-09-01")), new StringBuilder(), setBased);
        ImportReport refused = importer.run(faulty, false);
        assertFalse(refused.committed());
        assertEquals(current.size(), refused.rejected());
        assertTrue(
                refused.rejections().get(0).reason().contains("not affiliated"),
                refused.rejections().get(0).reason());
        assertEquals(1.0, count("row-by-row") - rowByRowBefore);
    }

    private static long version(String researcher) {
        return given().get("/api/v1/researchers/" + researcher)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("version");
    }

    /** The later files under a prefix ('@' marks a slug). */
    private static Map<Dataset, List<CsvRows.Row>> later(StringBuilder moves, StringBuilder roles, String prefix) {
        Map<Dataset, List<CsvRows.Row>> files = new EnumMap<>(Dataset.class);
        files.put(
                Dataset.DEPARTURES,
                CsvRows.read(
                        Dataset.DEPARTURES, new StringReader(moves.toString().replace("@", prefix))));
        if (roles.length() > 0) {
            files.put(
                    Dataset.AFFILIATIONS,
                    CsvRows.read(
                            Dataset.AFFILIATIONS,
                            new StringReader(roles.toString().replace("@", prefix))));
        }
        return files;
    }

    private double count(String path) {
        return metrics.counter("talentradar.imports", "path", path).count();
    }

    private Map<String, Long> feedTypes(long after, long through) {
        // the import's entries; the signals the detector appends meanwhile are not its
        List<ChangeItem> items = feed.read(
                        after, (int) (through - after), List.of("lab", "researcher", "affiliation", "departure"))
                .items();
        return items.stream()
                .collect(Collectors.groupingBy(i -> i.type() + " " + i.action(), TreeMap::new, Collectors.counting()));
    }

    /** A list's CSV export, the rows of the prefix, with the prefix and the id stems taken out, sorted. */
    private static List<String> exported(String list, String prefix, String author, String institution) {
        String csv = given().accept("text/csv")
                .get("/api/v1/" + list)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        return csv.lines()
                .filter(line -> line.startsWith(prefix))
                .map(line -> line.replace(prefix, "").replace(author, "A7x").replace(institution, "I7x"))
                .sorted()
                .toList();
    }

    /** The demo dataset under new slugs, with ids, aliases and SECONDARY stints added. */
    private static Map<Dataset, List<CsvRows.Row>> files(String prefix, String stem) throws IOException {
        Map<Dataset, List<CsvRows.Row>> files = new EnumMap<>(Dataset.class);
        files.put(
                Dataset.LABS,
                rewrite(
                        Dataset.LABS,
                        prefix,
                        (r, i) -> Map.of("openalex", i % 3 == 0 ? "I" + stem + (10_000 + i) : "")));
        files.put(
                Dataset.RESEARCHERS,
                rewrite(
                        Dataset.RESEARCHERS,
                        prefix,
                        (r, i) -> Map.of(
                                "openalex", i % 2 == 0 ? "A" + stem + (10_000 + i) : "",
                                "aliases", i % 5 == 0 ? r.get("name").toUpperCase() : "")));
        List<CsvRows.Row> stints = new ArrayList<>(rewrite(Dataset.AFFILIATIONS, prefix, (r, i) -> Map.of()));
        List<String> researchers = files.get(Dataset.RESEARCHERS).stream()
                .map(r -> r.get("slug"))
                .limit(12)
                .toList();
        StringBuilder secondary = new StringBuilder("researcherSlug,labSlug,start,end,sourceUrl,kind,role\n");
        for (int i = 0; i < researchers.size(); i++) {
            secondary
                    .append(researchers.get(i))
                    .append(',')
                    .append(prefix)
                    .append(i % 2 == 0 ? "stanford" : "mit")
                    .append(",2019-0")
                    .append(1 + i % 9)
                    .append("-01,")
                    .append(i % 3 == 0 ? "2023-01-01" : "")
                    .append(",https://example.org/")
                    .append(i)
                    .append(",SECONDARY,Adjunct Professor\n");
        }
        stints.addAll(CsvRows.read(Dataset.AFFILIATIONS, new StringReader(secondary.toString())));
        files.put(Dataset.AFFILIATIONS, stints);
        files.put(Dataset.DEPARTURES, rewrite(Dataset.DEPARTURES, prefix, (r, i) -> Map.of()));
        return files;
    }

    private interface Extra extends java.util.function.BiFunction<CSVRecord, Integer, Map<String, String>> {}

    private static List<CsvRows.Row> rewrite(Dataset dataset, String prefix, Extra extra) throws IOException {
        String text;
        try (InputStream in =
                BulkLoadTest.class.getClassLoader().getResourceAsStream("demo-data/" + dataset.fileName())) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<CSVRecord> records = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))
                .getRecords();
        List<String> header = new ArrayList<>(records.get(0).getParser().getHeaderNames());
        List<String> added = new ArrayList<>(new TreeMap<>(extra.apply(records.get(0), 0)).keySet());
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            List<String> columns = new ArrayList<>(header);
            columns.addAll(added);
            printer.printRecord(columns);
            for (int i = 0; i < records.size(); i++) {
                CSVRecord r = records.get(i);
                Function<String, String> cell =
                        c -> SLUG_COLUMNS.contains(c) && !r.get(c).isEmpty() ? prefix + r.get(c) : r.get(c);
                List<String> values = new ArrayList<>(header.stream().map(cell).toList());
                Map<String, String> more = extra.apply(r, i);
                added.forEach(c -> values.add(more.get(c)));
                printer.printRecord(values);
            }
        }
        return CsvRows.read(dataset, new StringReader(out.toString()));
    }
}
