package io.talentradar.demo;

import io.quarkus.runtime.StartupEvent;
import io.talentradar.lab.LabRepository;
import io.talentradar.transfer.CsvImporter;
import io.talentradar.transfer.CsvRows;
import io.talentradar.transfer.Dataset;
import io.talentradar.transfer.ImportReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the shipped dataset of publicly reported moves (src/main/resources/demo-data, copied unchanged
 * from the shared dataset) into an empty database at start, through the CSV import: the same services and
 * validation as the API, one transaction, a bad row loads nothing. The departures, replayed in date
 * order, derive the stints they open and end; the result equals affiliations.csv, which DemoDataTest checks.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    private static final String DIR = "demo-data/";

    private final CsvImporter importer;
    private final LabRepository labs;
    private final Optional<Boolean> enabled;
    private final String dbKind;

    DemoDataLoader(
            CsvImporter importer,
            LabRepository labs,
            @ConfigProperty(name = "talentradar.demo-data.enabled") Optional<Boolean> enabled,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.importer = importer;
        this.labs = labs;
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
        long started = System.nanoTime();
        ImportReport report = load();
        LOG.infof(
                "Demo data loaded in %d ms: %s",
                (System.nanoTime() - started) / 1_000_000,
                report.datasets().stream()
                        .map(d -> d.created() + " " + d.dataset()
                                + (d.derived() > 0 ? " (+" + d.derived() + " opened by departures)" : ""))
                        .collect(Collectors.joining(", ")));
    }

    public ImportReport load() {
        Map<Dataset, List<CsvRows.Row>> files = new EnumMap<>(Dataset.class);
        for (Dataset dataset : Dataset.values()) {
            if (dataset != Dataset.REDIRECTS) { // the shared dataset has the four files; no slug was renamed yet
                files.put(dataset, read(dataset));
            }
        }
        ImportReport report = importer.run(files, false);
        if (!report.committed()) {
            throw new IllegalStateException("The demo data has invalid rows: " + report.rejections());
        }
        return report;
    }

    private static List<CsvRows.Row> read(Dataset dataset) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(DIR + dataset.fileName());
        if (in == null) {
            throw new IllegalStateException("Missing demo data file " + dataset.fileName());
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CsvRows.read(dataset, reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
