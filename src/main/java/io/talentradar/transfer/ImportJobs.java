package io.talentradar.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.talentradar.common.error.ProblemException;
import io.talentradar.common.persistence.Background;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

/**
 * Imports as jobs. {@link #submit} stores the files with a QUEUED job and answers at once, so an accepted
 * import survives a crash. A worker on each instance claims the oldest waiting job with a lease (a job whose
 * lease ran out, its instance gone, is claimed again) and runs it through {@link CsvImporter}, saving its
 * progress as it goes. The final state of a job that wrote rows is saved in the import's own transaction: a
 * committed import is never run a second time, and one that did not commit leaves its job to be run again.
 */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class);

    public enum State {
        QUEUED,
        RUNNING,
        SUCCEEDED,
        REJECTED,
        FAILED
    }

    private final EntityManager em;
    private final CsvImporter importer;
    private final ObjectMapper json;
    private final Duration lease;
    private final Duration poll;
    private final boolean enabled;
    private ScheduledExecutorService worker;

    ImportJobs(
            EntityManager em,
            CsvImporter importer,
            ObjectMapper json,
            @ConfigProperty(name = "talentradar.imports.lease", defaultValue = "PT60S") Duration lease,
            @ConfigProperty(name = "talentradar.imports.poll", defaultValue = "PT1S") Duration poll,
            @ConfigProperty(name = "talentradar.imports.enabled", defaultValue = "true") boolean enabled) {
        this.em = em;
        this.importer = importer;
        this.json = json;
        this.lease = lease;
        this.poll = poll;
        this.enabled = enabled;
    }

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        worker = Executors.newSingleThreadScheduledExecutor(Background.daemon("import-worker"));
        worker.scheduleWithFixedDelay(this::runWaiting, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (worker != null) {
            worker.shutdownNow();
        }
    }

    /** A job as clients see it. */
    @Schema(
            name = "ImportJob",
            description = "A CSV import running in the background, and when it has ended its report")
    public record Job(
            @Schema(example = "7") long id,
            @Schema(example = "RUNNING") State state,

            @Schema(description = "Whether partial=true was asked")
            boolean partial,

            @Schema(description = "Data rows in the files", example = "101000")
            int totalRows,

            @Schema(description = "Rows tried so far (with the stints their departures open)", example = "52000")
            int rowsRead,

            @Schema(description = "Rows accepted so far; committed only when the job SUCCEEDED", example = "52000")
            int rowsWritten,

            @Schema(example = "0") int rowsRejected,
            Instant createdAt,

            @Schema(nullable = true, description = "Null while QUEUED")
            Instant startedAt,

            @Schema(nullable = true, description = "Null until the job has ended")
            Instant finishedAt,

            @Schema(description = "The import's report; only once the job has ended")
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            ImportReport report) {}

    /**
     * Stores the files (checked as CSV with the right header before) with a new QUEUED job, and answers its id.
     * The worker is told at once.
     */
    public long submit(Map<Dataset, String> files, boolean partial, String actor, String actorKey) {
        int total = 0;
        for (var file : files.entrySet()) {
            total += CsvRows.read(file.getKey(), new StringReader(file.getValue()))
                    .size();
        }
        int rows = total;
        long id = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = new ImportJob();
            job.state = State.QUEUED;
            job.partial = partial;
            job.actor = actor;
            job.actorKey = actorKey;
            job.totalRows = rows;
            job.createdAt = Instant.now();
            job.persistAndFlush();
            for (var file : files.entrySet()) {
                em.createNativeQuery("insert into import_job_file (job_id, dataset, content) values (?1, ?2, ?3)")
                        .setParameter(1, job.id)
                        .setParameter(2, file.getKey().id())
                        .setParameter(3, file.getValue())
                        .executeUpdate();
            }
            return job.id;
        });
        if (worker != null) {
            worker.execute(this::runWaiting);
        }
        return id;
    }

    public Job get(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = ImportJob.findById(id);
            if (job == null) {
                throw ProblemException.notFound("import job", Long.toString(id));
            }
            return new Job(
                    job.id,
                    job.state,
                    job.partial,
                    job.totalRows,
                    job.rowsRead,
                    job.rowsWritten,
                    job.rowsRejected,
                    job.createdAt,
                    job.startedAt,
                    job.finishedAt,
                    job.report == null ? null : read(job.report));
        });
    }

    /** Runs waiting jobs (and jobs whose lease ran out) until none is left. */
    void runWaiting() {
        try {
            for (Claim claim = claim(); claim != null; claim = claim()) {
                run(claim);
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Import worker failed; retrying");
        }
    }

    private record Claim(long id, int attempt, boolean partial, String actor, String actorKey) {}

    private Claim claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now();
            List<?> candidates = em.createNativeQuery(
                            "select id, attempt, partial_rows, actor, actor_key from import_job"
                                    + " where state = 'QUEUED' or (state = 'RUNNING' and lease_until < ?1) order by id")
                    .setParameter(1, now)
                    .setMaxResults(1)
                    .getResultList();
            if (candidates.isEmpty()) {
                return null;
            }
            Object[] r = (Object[]) candidates.get(0);
            long id = ((Number) r[0]).longValue();
            int attempt = ((Number) r[1]).intValue() + 1;
            int claimed = em.createNativeQuery(
                            "update import_job set state = 'RUNNING', attempt = ?1, lease_until = ?2,"
                                    + " started_at = ?3, rows_read = 0, rows_written = 0, rows_rejected = 0"
                                    + " where id = ?4 and attempt = ?5")
                    .setParameter(1, attempt)
                    .setParameter(2, now.plus(lease))
                    .setParameter(3, now)
                    .setParameter(4, id)
                    .setParameter(5, attempt - 1)
                    .executeUpdate();
            return claimed == 1 ? new Claim(id, attempt, (Boolean) r[2], (String) r[3], (String) r[4]) : null;
        });
    }

    private void run(Claim claim) {
        Map<Dataset, List<CsvRows.Row>> files = new EnumMap<>(Dataset.class);
        QuarkusTransaction.requiringNew().run(() -> {
            for (Object row : em.createNativeQuery("select dataset, content from import_job_file where job_id = ?1")
                    .setParameter(1, claim.id())
                    .getResultList()) {
                Object[] r = (Object[]) row;
                Dataset dataset = Dataset.of("dataset", (String) r[0]);
                files.put(dataset, CsvRows.read(dataset, new StringReader(text(r[1]))));
            }
        });
        long[] saved = {0};
        CsvImporter.Progress progress = (read, written, rejected) -> {
            if (System.nanoTime() - saved[0] > 500_000_000L) { // twice a second is enough to watch
                saved[0] = System.nanoTime();
                QuarkusTransaction.requiringNew()
                        .run(() -> em.createNativeQuery(
                                        "update import_job set rows_read = ?1,"
                                                + " rows_written = ?2, rows_rejected = ?3, lease_until = ?4 where id = ?5 and attempt = ?6")
                                .setParameter(1, read)
                                .setParameter(2, written)
                                .setParameter(3, rejected)
                                .setParameter(4, Instant.now().plus(lease))
                                .setParameter(5, claim.id())
                                .setParameter(6, claim.attempt())
                                .executeUpdate());
            }
        };
        ImportReport report;
        try {
            report = importer.run(
                    files,
                    claim.partial(),
                    new CsvImporter.Origin(claim.actor(), claim.actorKey(), "job-" + claim.id()),
                    progress,
                    committed -> finish(claim, State.SUCCEEDED, committed)); // in the import's transaction
        } catch (ProblemException e) {
            LOG.infof("Import job %d failed: %s", claim.id(), e.getMessage());
            QuarkusTransaction.requiringNew().run(() -> finish(claim, State.FAILED, failure(e)));
            return;
        }
        if (!report.committed()) {
            QuarkusTransaction.requiringNew().run(() -> finish(claim, State.REJECTED, report));
        }
    }

    private void finish(Claim claim, State state, ImportReport report) {
        int updated = em.createNativeQuery("update import_job set state = ?1, rows_read = ?2, rows_written = ?3,"
                        + " rows_rejected = ?4, finished_at = ?5, lease_until = null, report = ?6"
                        + " where id = ?7 and attempt = ?8")
                .setParameter(1, state.name())
                .setParameter(
                        2,
                        report.datasets().stream()
                                .mapToInt(ImportReport.DatasetReport::rows)
                                .sum())
                .setParameter(3, report.created())
                .setParameter(4, report.rejected())
                .setParameter(5, Instant.now())
                .setParameter(6, write(report))
                .setParameter(7, claim.id())
                .setParameter(8, claim.attempt())
                .executeUpdate();
        if (updated != 1) { // another instance took the job over: its outcome stands, this one's must not commit
            throw new IllegalStateException("Import job " + claim.id() + " was taken over");
        }
        em.createNativeQuery("delete from import_job_file where job_id = ?1")
                .setParameter(1, claim.id())
                .executeUpdate();
    }

    /** A job that could not run (its stored files no longer parse, or the data changed under it). */
    private static ImportReport failure(ProblemException e) {
        var problem = e.toProblem(null);
        return new ImportReport(
                problem.type(),
                problem.title(),
                problem.status(),
                problem.detail(),
                false,
                false,
                0,
                0,
                List.of(),
                List.of());
    }

    private static String text(Object value) {
        try {
            return value instanceof java.sql.Clob clob ? clob.getSubString(1, (int) clob.length()) : (String) value;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot read a stored import file", e);
        }
    }

    private String write(ImportReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ImportReport read(String report) {
        try {
            return json.readValue(report, ImportReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
