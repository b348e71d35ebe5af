package io.talentradar.demo;

import io.quarkus.runtime.StartupEvent;
import io.talentradar.departure.Confidence;
import io.talentradar.departure.DatePrecision;
import io.talentradar.departure.DepartureRequest;
import io.talentradar.departure.DepartureService;
import io.talentradar.departure.DestinationType;
import io.talentradar.lab.LabRepository;
import io.talentradar.lab.LabRequest;
import io.talentradar.lab.LabService;
import io.talentradar.lab.LabType;
import io.talentradar.researcher.AffiliationRequest;
import io.talentradar.researcher.ResearcherRequest;
import io.talentradar.researcher.ResearcherService;
import io.talentradar.researcher.Seniority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the shipped dataset of publicly reported moves (src/main/resources/demo-data, copied unchanged
 * from the shared dataset) into an empty database at start. Every row goes through the same services and
 * validation as the API, in one transaction: a bad row loads nothing.
 *
 * <p>Stints that a departure implies (the destination stint opened on its date, the end of the origin
 * stint) are not written directly: the departures are replayed in date order and derive them, exactly as
 * when a client records them. The result equals affiliations.csv, which DemoDataTest checks.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    private static final String DIR = "demo-data/";

    public record Report(int labs, int researchers, int stints, int departures) {
    }

    private final LabService labService;
    private final ResearcherService researcherService;
    private final DepartureService departureService;
    private final LabRepository labs;
    private final EntityManager em;
    private final Optional<Boolean> enabled;
    private final String dbKind;

    DemoDataLoader(LabService labService, ResearcherService researcherService, DepartureService departureService,
            LabRepository labs, EntityManager em, @ConfigProperty(name = "talentradar.demo-data.enabled") Optional<Boolean> enabled,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.labService = labService;
        this.researcherService = researcherService;
        this.departureService = departureService;
        this.labs = labs;
        this.em = em;
        this.enabled = enabled;
        this.dbKind = dbKind;
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled.orElse("h2".equals(dbKind))) {
            return;
        }
        if (labs.count() > 0) {
            LOG.info("Demo data not loaded: the database already holds data");
            return;
        }
        Report report = load();
        LOG.infof("Demo data loaded: %d labs, %d researchers, %d stints recorded directly, %d departures "
                + "(which derived the other stints)", report.labs(), report.researchers(), report.stints(),
                report.departures());
    }

    @Transactional
    public Report load() {
        int labCount = loadLabs();
        int researcherCount = 0;
        for (CSVRecord row : read("researchers.csv")) {
            researcherService.create(new ResearcherRequest(row.get("slug"), row.get("name"),
                    Seniority.valueOf(row.get("seniority")), list(row.get("expertise")), list(row.get("notableWork")),
                    null, null));
            researcherCount++;
        }
        List<CSVRecord> departures = read("departures.csv");
        Set<String> opened = new HashSet<>();
        Set<String> ended = new HashSet<>();
        for (CSVRecord d : departures) {
            ended.add(key(d.get("researcherSlug"), d.get("fromLabSlug"), d.get("date")));
            if (!d.get("toLabSlug").isEmpty()) {
                opened.add(key(d.get("researcherSlug"), d.get("toLabSlug"), d.get("date")));
            }
        }
        List<Event> events = new ArrayList<>();
        for (CSVRecord a : read("affiliations.csv")) {
            if (opened.contains(key(a.get("researcherSlug"), a.get("labSlug"), a.get("start")))) {
                continue; // the departure that opened it derives it
            }
            boolean endedByDeparture = ended.contains(key(a.get("researcherSlug"), a.get("labSlug"), a.get("end")));
            events.add(new Event(date(a.get("start")), 1, () -> researcherService.addAffiliation(a.get("researcherSlug"),
                    new AffiliationRequest(a.get("labSlug"), date(a.get("start")),
                            endedByDeparture ? null : date(a.get("end")), list(a.get("sourceUrl"))))));
        }
        for (CSVRecord d : departures) {
            events.add(new Event(date(d.get("date")), 0, () -> departureService.create(new DepartureRequest(
                    d.get("researcherSlug"), d.get("fromLabSlug"), emptyToNull(d.get("toLabSlug")),
                    date(d.get("date")), DatePrecision.valueOf(d.get("datePrecision")),
                    DestinationType.valueOf(d.get("destinationType")), emptyToNull(d.get("reason")),
                    d.get("tenureYears").isEmpty() ? null : Double.valueOf(d.get("tenureYears")),
                    Confidence.valueOf(d.get("confidence")), list(d.get("sourceUrl")), null))));
        }
        // Unknown starts first, then by date; on one day a departure precedes the stint that follows it.
        events.sort(Comparator.comparing(Event::date, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingInt(Event::order));
        for (Event event : events) {
            event.action().run();
            em.clear(); // each step reads what it needs; a small persistence context keeps flushes cheap
        }
        int stints = (int) events.stream().filter(e -> e.order() == 1).count();
        return new Report(labCount, researcherCount, stints, departures.size());
    }

    private record Event(LocalDate date, int order, Runnable action) {
    }

    /** Parents before children, so every parentSlug names a lab that exists. */
    private int loadLabs() {
        Map<String, CSVRecord> pending = new LinkedHashMap<>();
        read("labs.csv").forEach(row -> pending.put(row.get("slug"), row));
        int loaded = 0;
        while (!pending.isEmpty()) {
            int before = pending.size();
            for (var it = pending.values().iterator(); it.hasNext(); ) {
                CSVRecord row = it.next();
                String parent = emptyToNull(row.get("parentSlug"));
                if (parent == null || !pending.containsKey(parent)) {
                    labService.create(new LabRequest(row.get("slug"), row.get("name"), LabType.valueOf(row.get("type")),
                            emptyToNull(row.get("country")), row.get("foundedYear").isEmpty() ? null
                                    : Integer.valueOf(row.get("foundedYear")), parent,
                            emptyToNull(row.get("website")), null));
                    it.remove();
                    loaded++;
                }
            }
            if (pending.size() == before) {
                throw new IllegalStateException("labs.csv has a parent cycle among " + pending.keySet());
            }
        }
        return loaded;
    }

    private static List<CSVRecord> read(String file) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(DIR + file);
        if (in == null) {
            throw new IllegalStateException("Missing demo data file " + file);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(String researcher, String lab, String date) {
        return researcher + "|" + lab + "|" + date;
    }

    private static LocalDate date(String s) {
        return s == null || s.isEmpty() ? null : LocalDate.parse(s);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static List<String> list(String s) {
        return s == null || s.isBlank() ? List.of()
                : Arrays.stream(s.split(";")).map(String::trim).filter(x -> !x.isEmpty()).toList();
    }
}
