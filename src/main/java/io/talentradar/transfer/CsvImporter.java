package io.talentradar.transfer;

import io.talentradar.common.audit.AuditLog;
import io.talentradar.common.error.Problem;
import io.talentradar.common.error.ProblemException;
import io.talentradar.common.error.ProblemMappers;
import io.talentradar.common.persistence.PlannerStatistics;
import io.talentradar.common.persistence.SlugRedirects;
import io.talentradar.common.web.Params;
import io.talentradar.departure.DatePrecision;
import io.talentradar.departure.DepartureRequest;
import io.talentradar.departure.DepartureService;
import io.talentradar.lab.LabRequest;
import io.talentradar.lab.LabService;
import io.talentradar.lab.LabType;
import io.talentradar.researcher.AffiliationRequest;
import io.talentradar.researcher.ExternalIds;
import io.talentradar.researcher.ResearcherRequest;
import io.talentradar.researcher.ResearcherService;
import io.talentradar.researcher.StintKind;
import io.talentradar.scoring.Confidence;
import io.talentradar.scoring.DestinationType;
import io.talentradar.scoring.Seniority;
import io.talentradar.transfer.CsvRows.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.validation.ConstraintViolationException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * Imports the four datasets (and redirects) with the same validation and rules as the API, so an imported row
 * is exactly what a client could have written.
 *
 * <p>Order: labs (parents first), researchers, the redirects of old slugs, then stints and departures replayed
 * in date order. A stint that a departure of the same import opens is not written on its own: the departure
 * derives it (and the end a departure gives a stint), exactly as when a client records departures.
 *
 * <p>Two ways, one result. First the set-based way ({@link BulkLoad}): every row checked in memory and with a
 * few set queries, then JDBC batches; it takes only files it can prove valid. Otherwise, row by row through the
 * services: all rows tried in one transaction, each behind a savepoint, so one bad row neither hides the
 * others' faults nor leaves half of itself behind. With no rejection the transaction commits. Otherwise it
 * rolls back, and with {@code partial} the accepted rows are written again in a second transaction (a row that
 * depends on a rejected one was rejected with it).
 */
@ApplicationScoped
public class CsvImporter {

    private final LabService labService;
    private final ResearcherService researcherService;
    private final DepartureService departureService;
    private final EntityManager em;
    private final Duration timeout;
    private final TransactionManager transactions;
    private final AuditLog audit;
    private final SlugRedirects redirects;
    private final BulkLoad bulk;
    private final io.micrometer.core.instrument.Counter setBasedImports;
    private final io.micrometer.core.instrument.Counter rowByRowImports;

    CsvImporter(
            LabService labService,
            ResearcherService researcherService,
            DepartureService departureService,
            EntityManager em,
            TransactionManager transactions,
            AuditLog audit,
            SlugRedirects redirects,
            BulkLoad bulk,
            io.micrometer.core.instrument.MeterRegistry metrics,
            @ConfigProperty(name = "talentradar.import.timeout", defaultValue = "PT30M") Duration timeout) {
        this.bulk = bulk;
        // which way imports went: a file the set-based way declines (a fault of any kind, a redirect)
        // goes row by row, at a fourth of the speed or less
        this.setBasedImports = metrics.counter("talentradar.imports", "path", "set-based");
        this.rowByRowImports = metrics.counter("talentradar.imports", "path", "row-by-row");
        this.redirects = redirects;
        this.transactions = transactions;
        this.audit = audit;
        this.labService = labService;
        this.researcherService = researcherService;
        this.departureService = departureService;
        this.em = em;
        this.timeout = timeout;
    }

    /**
     * One write: the row it comes from, the stint rows it derives (rejected along with it), and the request the
     * row makes (built when asked: a malformed cell throws the API's own 400).
     */
    record Step(Row row, List<Row> derived, Supplier<Object> request) {
        int rows() {
            return 1 + derived.size();
        }
    }

    /** A row of redirects.csv, as {@link SlugRedirects#restore} takes it. */
    record RedirectRow(String type, String oldSlug, String newSlug, java.time.Instant at) {}

    /** Told after each row tried: rows tried so far (with the stints they derive), accepted, rejected. */
    public interface Progress {
        Progress NONE = (read, written, rejected) -> {};

        void rows(int read, int written, int rejected);
    }

    /**
     * Who asked for an import, when not the current request (a job runs on its own thread), and what its audit
     * entry names.
     */
    public record Origin(String actor, String actorKey, String id) {
        public static final Origin REQUEST = new Origin(null, null, "request");
    }

    public ImportReport run(Map<Dataset, List<Row>> files, boolean partial) {
        return run(files, partial, Origin.REQUEST, Progress.NONE, report -> {});
    }

    /**
     * Imports the files; {@code progress} hears about each row, and {@code onCommit} gets the report in the
     * import's own transaction just before it commits (so what it writes commits with the rows, or not at all).
     */
    public ImportReport run(
            Map<Dataset, List<Row>> files,
            boolean partial,
            Origin origin,
            Progress progress,
            Consumer<ImportReport> onCommit) {
        return run(files, partial, origin, progress, onCommit, true);
    }

    /** {@code setBased}: first try {@link BulkLoad}, which takes files it can prove valid (false: row by row only). */
    ImportReport run(
            Map<Dataset, List<Row>> files,
            boolean partial,
            Origin origin,
            Progress progress,
            Consumer<ImportReport> onCommit,
            boolean setBased) {
        List<Step> steps = plan(files);
        Map<Step, String> rejected = new IdentityHashMap<>();
        Runnable beforeCommit = () -> onCommit.accept(report(files, steps, rejected, true, partial));
        int rows = steps.stream().mapToInt(Step::rows).sum();
        if (setBased && inTransaction(origin, rows, () -> bulk.load(steps, progress), beforeCommit)) {
            setBasedImports.increment();
            return report(files, steps, rejected, true, partial);
        }
        rowByRowImports.increment();
        boolean committed = inTransaction(origin, rows, () -> attempt(steps, rejected, progress) == 0, beforeCommit);
        if (!committed && partial) {
            List<Step> accepted =
                    steps.stream().filter(s -> !rejected.containsKey(s)).toList();
            Map<Step, String> late = new IdentityHashMap<>();
            int acceptedRows = accepted.stream().mapToInt(Step::rows).sum();
            if (!inTransaction(origin, acceptedRows, () -> attempt(accepted, late, progress) == 0, beforeCommit)) {
                Step first = late.keySet().iterator().next();
                throw ProblemException.conflict(
                        "import-raced",
                        "The stored data changed during the import ("
                                + first.row().dataset().id() + " line "
                                + first.row().line() + ": " + late.get(first)
                                + "); nothing was written. Send it again.");
            }
            committed = true;
        }
        return report(files, steps, rejected, committed, partial);
    }

    /**
     * Runs the writes in a new transaction: commits when they all succeed (true), else rolls everything back.
     * The rows leave one audit entry and one data-version bump for the whole import, and a feed entry each;
     * the tables they grew are analyzed before the commit ({@link PlannerStatistics}).
     */
    private boolean inTransaction(Origin origin, int rows, BooleanSupplier writes, Runnable beforeCommit) {
        try {
            transactions.setTransactionTimeout((int) timeout.toSeconds());
            transactions.begin();
            boolean succeeded;
            try {
                boolean[] ok = {false};
                audit.batch(origin.actor(), origin.actorKey(), () -> {
                    ok[0] = writes.getAsBoolean();
                    return ok[0] ? new AuditLog.Summary("import", origin.id(), Map.of("rows", rows)) : null;
                });
                succeeded = ok[0];
                if (succeeded) {
                    beforeCommit.run();
                    em.flush();
                    em.unwrap(Session.class).doWork(PlannerStatistics::refresh);
                }
            } catch (RuntimeException | Error e) {
                transactions.rollback();
                throw e;
            }
            if (succeeded) {
                transactions.commit();
                return true;
            }
            transactions.rollback();
            return false;
        } catch (SystemException
                | NotSupportedException
                | RollbackException
                | HeuristicMixedException
                | HeuristicRollbackException e) {
            throw new IllegalStateException("The import transaction failed", e);
        } finally {
            try {
                transactions.setTransactionTimeout(0);
            } catch (SystemException e) {
                // only resets the default for this thread
            }
        }
    }

    /** Tries each step behind a savepoint; answers how many rows were rejected. */
    private int attempt(List<Step> steps, Map<Step, String> rejected, Progress progress) {
        Session session = em.unwrap(Session.class);
        int read = 0;
        int refused = 0;
        for (Step step : steps) {
            sql(session, "savepoint import_row");
            try {
                write(step);
                em.flush();
                sql(session, "release savepoint import_row");
            } catch (ProblemException | ConstraintViolationException | PersistenceException e) {
                em.clear();
                sql(session, "rollback to savepoint import_row");
                rejected.put(step, reason(e));
                refused += step.rows();
            }
            em.clear(); // each step reads what it needs; a small persistence context keeps flushes cheap
            read += step.rows();
            progress.rows(read, read - refused, refused);
        }
        return refused;
    }

    /** The row's write through the API's own service. */
    private void write(Step step) {
        Object request = step.request().get();
        Row row = step.row();
        switch (row.dataset()) {
            case LABS -> labService.create((LabRequest) request);
            case RESEARCHERS -> researcherService.create((ResearcherRequest) request);
            case REDIRECTS -> {
                RedirectRow r = (RedirectRow) request;
                redirects.restore(r.type(), r.oldSlug(), r.newSlug(), r.at());
            }
            case AFFILIATIONS ->
                researcherService.addAffiliation(row.get("researcherSlug"), (AffiliationRequest) request);
            case DEPARTURES -> departureService.create((DepartureRequest) request);
        }
    }

    /** Savepoints as SQL (the same on H2 and PostgreSQL): the pool refuses JDBC rollback calls in a JTA transaction. */
    private static void sql(Session session, String statement) {
        session.doWork(connection -> {
            try (Statement s = connection.createStatement()) {
                s.execute(statement);
            }
        });
    }

    /** What the API would answer for the row, in one line: its field errors, else the problem's detail. */
    static String reason(RuntimeException e) {
        Problem problem = e instanceof ProblemException p
                ? p.toProblem(null)
                : e instanceof ConstraintViolationException invalid
                        ? new Problem(null, null, 400, null, null, ProblemMappers.fieldErrors(invalid))
                        : new Problem(null, null, 409, "conflicts with the stored data", null, null);
        return problem.errors() == null || problem.errors().isEmpty()
                ? problem.detail()
                : problem.errors().stream()
                        .map(f -> f.field() + ": " + f.message())
                        .collect(Collectors.joining("; "));
    }

    private static ImportReport report(
            Map<Dataset, List<Row>> input,
            List<Step> steps,
            Map<Step, String> rejected,
            boolean committed,
            boolean partial) {
        Map<Dataset, int[]> counts = new EnumMap<>(Dataset.class); // rows, derived, rejected
        input.forEach((dataset, rows) -> counts.put(dataset, new int[] {rows.size(), 0, 0}));
        List<ImportReport.Rejection> rejections = new ArrayList<>();
        for (Step step : steps) {
            step.derived().forEach(d -> counts.get(d.dataset())[1]++);
            String reason = rejected.get(step);
            if (reason != null) {
                counts.get(step.row().dataset())[2]++;
                rejections.add(rejection(step.row(), reason));
                for (Row derived : step.derived()) {
                    counts.get(derived.dataset())[2]++;
                    counts.get(derived.dataset())[1]--;
                    rejections.add(rejection(
                            derived,
                            "the departure on line " + step.row().line() + " that opens this stint was rejected"));
                }
            }
        }
        rejections.sort(
                Comparator.comparing(ImportReport.Rejection::dataset).thenComparingLong(ImportReport.Rejection::line));
        List<ImportReport.DatasetReport> datasets = new ArrayList<>();
        int created = 0;
        int rejectedRows = 0;
        for (var entry : counts.entrySet()) {
            int[] c = entry.getValue();
            int createdRows = committed ? c[0] - c[1] - c[2] : 0;
            created += createdRows;
            rejectedRows += c[2];
            datasets.add(new ImportReport.DatasetReport(entry.getKey().id(), c[0], createdRows, c[1], c[2]));
        }
        List<ImportReport.Rejection> listed =
                List.copyOf(rejections.subList(0, Math.min(rejections.size(), ImportReport.MAX_LISTED)));
        if (committed) {
            return new ImportReport(null, null, null, null, true, partial, created, rejectedRows, datasets, listed);
        }
        return new ImportReport(
                "/problems/import-rejected",
                "Import rejected",
                422,
                rejectedRows + " of "
                        + counts.values().stream().mapToInt(c -> c[0]).sum()
                        + " rows are invalid, so nothing was written. "
                        + "Correct them, or send partial=true to write the valid rows.",
                false,
                partial,
                0,
                rejectedRows,
                datasets,
                listed);
    }

    private static ImportReport.Rejection rejection(Row row, String reason) {
        return new ImportReport.Rejection(row.dataset().id(), row.line(), reason);
    }

    // ---- the plan: which service call each row becomes, in which order

    /**
     * A row whose cell count differs from its header's is rejected as it is; the plan works on the others
     * only, so it may read any column of a row.
     */
    private List<Step> plan(Map<Dataset, List<Row>> files) {
        List<Step> steps = new ArrayList<>();
        Map<Dataset, List<Row>> input = new EnumMap<>(Dataset.class);
        files.forEach((dataset, rows) -> {
            List<Row> wellFormed = new ArrayList<>(rows.size());
            for (Row row : rows) {
                if (row.record().isConsistent()) {
                    wellFormed.add(row);
                } else {
                    steps.add(new Step(row, List.of(), () -> {
                        throw ProblemException.invalid(
                                "row",
                                "has " + row.record().size() + " cells; the header has "
                                        + row.record()
                                                .getParser()
                                                .getHeaderNames()
                                                .size());
                    }));
                }
            }
            input.put(dataset, wellFormed);
        });
        for (Row row : parentsFirst(input.getOrDefault(Dataset.LABS, List.of()))) {
            steps.add(new Step(
                    row,
                    List.of(),
                    () -> new LabRequest(
                            row.get("slug"),
                            row.get("name"),
                            Params.enumValue("type", required(row, "type"), LabType.class),
                            row.optional("country"),
                            integer(row, "foundedYear"),
                            row.optional("parentSlug"),
                            row.optional("website"),
                            row.optional("ror"),
                            row.optional("openalex"),
                            null)));
        }
        for (Row row : input.getOrDefault(Dataset.RESEARCHERS, List.of())) {
            steps.add(new Step(
                    row,
                    List.of(),
                    () -> new ResearcherRequest(
                            row.get("slug"),
                            row.get("name"),
                            Params.enumValue("seniority", required(row, "seniority"), Seniority.class),
                            row.list("expertise"),
                            row.list("notableWork"),
                            new ExternalIds(
                                    row.optional("orcid"),
                                    row.optional("openalex"),
                                    row.optional("scholar"),
                                    row.optional("dblp"),
                                    row.optional("homepage"),
                                    row.optional("x")),
                            row.list("aliases"),
                            null,
                            null)));
        }
        for (Row row : input.getOrDefault(Dataset.REDIRECTS, List.of())) {
            steps.add(new Step(
                    row,
                    List.of(),
                    () -> new RedirectRow(
                            required(row, "resourceType"),
                            Params.slug("oldSlug", required(row, "oldSlug")),
                            Params.slug("newSlug", row.optional("newSlug")),
                            instant(row, "at"))));
        }
        steps.addAll(history(
                input.getOrDefault(Dataset.AFFILIATIONS, List.of()),
                input.getOrDefault(Dataset.DEPARTURES, List.of())));
        return steps;
    }

    /** Stints and departures in date order (unknown starts first; on one day, a departure before a stint). */
    private List<Step> history(List<Row> stints, List<Row> departures) {
        // each departure to a known lab opens the stint (researcher, lab, date): the stint rows it derives
        Map<String, List<Row>> openedBy = new HashMap<>();
        Set<String> ended = new HashSet<>();
        for (Row d : departures) {
            ended.add(key(d.get("researcherSlug"), d.get("fromLabSlug"), d.get("date")));
            if (d.optional("toLabSlug") != null) {
                openedBy.putIfAbsent(
                        key(d.get("researcherSlug"), d.get("toLabSlug"), d.get("date")), new ArrayList<>());
            }
        }
        List<Row> direct = new ArrayList<>();
        for (Row a : stints) {
            List<Row> opener = "SECONDARY".equals(a.optional("kind"))
                    ? null // a departure opens a PRIMARY stint only
                    : openedBy.get(key(a.get("researcherSlug"), a.get("labSlug"), a.get("start")));
            (opener != null ? opener : direct).add(a);
        }
        record Timed(LocalDate date, int order, Step step) {}
        List<Timed> events = new ArrayList<>();
        for (Row a : direct) {
            boolean endedByDeparture = !"SECONDARY".equals(a.optional("kind"))
                    && ended.contains(key(a.get("researcherSlug"), a.get("labSlug"), a.get("end")));
            events.add(new Timed(
                    sortDate(a, "start"),
                    1,
                    new Step(
                            a,
                            List.of(),
                            () -> new AffiliationRequest(
                                    a.get("labSlug"),
                                    Params.date("start", a.get("start")),
                                    endedByDeparture ? null : Params.date("end", a.get("end")),
                                    a.list("sourceUrl"),
                                    kind(a),
                                    a.optional("role"),
                                    null))));
        }
        for (Row d : departures) {
            List<Row> derived = d.optional("toLabSlug") == null
                    ? List.of()
                    : openedBy.get(key(d.get("researcherSlug"), d.get("toLabSlug"), d.get("date")));
            events.add(new Timed(
                    sortDate(d, "date"),
                    0,
                    new Step(
                            d,
                            derived,
                            () -> new DepartureRequest(
                                    d.get("researcherSlug"),
                                    d.get("fromLabSlug"),
                                    d.optional("toLabSlug"),
                                    Params.date("date", d.get("date")),
                                    Params.enumValue("datePrecision", d.get("datePrecision"), DatePrecision.class),
                                    Params.enumValue(
                                            "destinationType", required(d, "destinationType"), DestinationType.class),
                                    d.optional("reason"),
                                    decimal(d, "tenureYears"),
                                    Params.enumValue("confidence", required(d, "confidence"), Confidence.class),
                                    d.list("sourceUrl"),
                                    null))));
        }
        events.sort(Comparator.comparing(Timed::date, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingInt(Timed::order));
        return events.stream().map(Timed::step).toList();
    }

    /** Parents before children, so a parentSlug can name a lab of the same file. */
    private static List<Row> parentsFirst(List<Row> labs) {
        Map<String, Integer> waiting = new HashMap<>();
        labs.forEach(r -> waiting.merge(r.get("slug"), 1, Integer::sum));
        List<Row> ordered = new ArrayList<>(labs.size());
        List<Row> pending = new ArrayList<>(labs);
        while (!pending.isEmpty()) {
            List<Row> next = new ArrayList<>();
            List<Row> placed = new ArrayList<>();
            for (Row row : pending) {
                String parent = row.optional("parentSlug");
                boolean ready =
                        parent == null || parent.equals(row.get("slug")) || waiting.getOrDefault(parent, 0) == 0;
                (ready ? placed : next).add(row);
            }
            ordered.addAll(placed);
            placed.forEach(r -> waiting.merge(r.get("slug"), -1, Integer::sum));
            if (next.size() == pending.size()) {
                ordered.addAll(next); // a parent cycle: in file order, the service rejects the missing parent
                break;
            }
            pending = next;
        }
        return ordered;
    }

    private static String key(String researcher, String lab, String date) {
        return researcher + "|" + lab + "|" + date;
    }

    private static LocalDate sortDate(Row row, String column) {
        try {
            return row.optional(column) == null ? null : LocalDate.parse(row.optional(column));
        } catch (DateTimeParseException e) {
            return null; // the step rejects it
        }
    }

    private static java.time.Instant instant(Row row, String column) {
        String value = row.optional(column);
        try {
            return value == null ? null : java.time.Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(column, "must be an instant such as 2025-01-31T12:00:00Z");
        }
    }

    private static StintKind kind(Row row) {
        return Params.enumValue("kind", row.optional("kind"), StintKind.class);
    }

    private static String required(Row row, String column) {
        String value = row.optional(column);
        if (value == null) {
            throw ProblemException.invalid(column, "must not be empty");
        }
        return value;
    }

    private static Integer integer(Row row, String column) {
        String value = row.optional(column);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(column, "must be an integer");
        }
    }

    private static Double decimal(Row row, String column) {
        String value = row.optional(column);
        try {
            return value == null ? null : Double.valueOf(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(column, "must be a number");
        }
    }
}
