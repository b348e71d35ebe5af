package io.talentradar.transfer;

import io.talentradar.common.audit.AuditLog;
import io.talentradar.common.persistence.BulkInsert;
import io.talentradar.common.persistence.SetReads;
import io.talentradar.common.persistence.StringListConverter;
import io.talentradar.departure.Departure;
import io.talentradar.departure.DepartureDto;
import io.talentradar.departure.DepartureRequest;
import io.talentradar.departure.DepartureService;
import io.talentradar.lab.Lab;
import io.talentradar.lab.LabDto;
import io.talentradar.lab.LabRequest;
import io.talentradar.lab.LabService;
import io.talentradar.researcher.Affiliation;
import io.talentradar.researcher.AffiliationDto;
import io.talentradar.researcher.AffiliationRequest;
import io.talentradar.researcher.Researcher;
import io.talentradar.researcher.ResearcherDto;
import io.talentradar.researcher.ResearcherRequest;
import io.talentradar.researcher.ResearcherService;
import io.talentradar.researcher.StintHistory;
import io.talentradar.researcher.StintKind;
import io.talentradar.transfer.CsvImporter.Progress;
import io.talentradar.transfer.CsvImporter.Step;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * The set-based way of an import: every row checked in memory (the requests' own validation, the services'
 * rules on facts and on affiliation history, uniqueness within the files) and against the database with a few
 * set queries, then written in batches ({@link BulkInsert}). Researchers stored before whose history the rows
 * extend are locked and their stints read, so the history rules see what the services see. It takes what it
 * can prove valid and nothing else: a file with a fault of any kind or a redirect is declined, and
 * {@link CsvImporter} runs it row by row through the services, which name every rejected row. The caller's
 * transaction is rolled back after a decline, so a half-written batch never stays.
 *
 * <p>Each written resource gets its changes-feed entry ({@link AuditLog#record}, inside the caller's
 * {@link AuditLog#batch}) with its state as committed.
 */
@ApplicationScoped
class BulkLoad {

    private static final Logger LOG = Logger.getLogger(BulkLoad.class);
    private static final StringListConverter LIST = new StringListConverter();

    private final EntityManager em;
    private final Validator validator;
    private final AuditLog audit;

    BulkLoad(EntityManager em, Validator validator, AuditLog audit) {
        this.em = em;
        this.validator = validator;
        this.audit = audit;
    }

    /** Thrown to give up the set-based way; the reason goes to the debug log. */
    static final class Declined extends RuntimeException {
        Declined(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * Writes the steps in the caller's transaction; false when it declines (the caller then rolls back: some rows
     * may have been written).
     */
    boolean load(List<Step> steps, Progress progress) {
        try {
            em.unwrap(Session.class).doWork(connection -> new Load(connection, progress).run(steps));
            return true;
        } catch (Declined | io.talentradar.common.error.ProblemException e) { // a fault the rows will name
            LOG.debugf("The import goes row by row: %s", e.getMessage());
            return false;
        } catch (RuntimeException e) { // e.g. a constraint the database enforces: a concurrent write took a slug
            LOG.infof("The import goes row by row: %s", e.getMessage());
            return false;
        }
    }

    /** One import's state: what is written so far, by slug. */
    private final class Load {
        private final Connection connection;
        private final Progress progress;
        private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        private final java.time.OffsetDateTime stamp = now.atOffset(ZoneOffset.UTC);
        private final Map<String, Lab> labs = new HashMap<>();
        private final Map<String, Researcher> researchers = new LinkedHashMap<>(); // created by the import
        private final Map<String, Researcher> stored = new HashMap<>(); // stored before, their history extended
        private final List<Affiliation> endedStored = new ArrayList<>();
        private final Map<Researcher, List<Affiliation>> stints = new IdentityHashMap<>();
        private final Set<Affiliation> endedByDepartures = new HashSet<>();
        private final Set<String> departureDays = new HashSet<>();
        private int rows;
        private int total;

        Load(Connection connection, Progress progress) {
            this.connection = connection;
            this.progress = progress;
        }

        void run(List<Step> steps) throws SQLException {
            long started = System.nanoTime();
            total = steps.stream().mapToInt(Step::rows).sum();
            Map<Dataset, List<Step>> byDataset = new HashMap<>();
            for (Step step : steps) {
                byDataset
                        .computeIfAbsent(step.row().dataset(), d -> new ArrayList<>())
                        .add(step);
            }
            if (byDataset.containsKey(Dataset.REDIRECTS)) {
                throw new Declined("redirects are restored row by row");
            }
            List<Step> labRows = byDataset.getOrDefault(Dataset.LABS, List.of());
            List<Step> researcherRows = byDataset.getOrDefault(Dataset.RESEARCHERS, List.of());
            List<Step> history = steps.stream()
                    .filter(s ->
                            s.row().dataset() == Dataset.AFFILIATIONS || s.row().dataset() == Dataset.DEPARTURES)
                    .toList();
            // the requests first (a malformed cell or a field error declines before anything is written), on every
            // core: building and validating a request reads nothing but the row
            List<Object> built = steps.parallelStream()
                    .map(step -> {
                        Object request = step.request().get();
                        if (!validator.validate(request).isEmpty()) {
                            throw new Declined("line " + step.row().line() + " of "
                                    + step.row().dataset().id() + " is invalid");
                        }
                        return request;
                    })
                    .toList();
            Map<Step, Object> requests = new IdentityHashMap<>();
            for (int i = 0; i < steps.size(); i++) {
                requests.put(steps.get(i), built.get(i));
            }
            Set<String> newResearchers = new HashSet<>();
            researcherRows.forEach(s -> newResearchers.add(((ResearcherRequest) requests.get(s)).slug()));
            Set<String> extended = new java.util.TreeSet<>(); // researchers stored before whose history grows
            for (Step step : history) {
                String slug = step.row().dataset() == Dataset.DEPARTURES
                        ? ((DepartureRequest) requests.get(step)).researcherSlug()
                        : step.row().get("researcherSlug");
                if (!newResearchers.contains(slug)) {
                    extended.add(slug);
                }
            }
            storedHistories(extended);
            long checked = System.nanoTime();
            writeLabs(labRows.stream().map(s -> (LabRequest) requests.get(s)).toList());
            writeResearchers(researcherRows.stream()
                    .map(s -> (ResearcherRequest) requests.get(s))
                    .toList());
            writeHistory(history, requests);
            LOG.infof(
                    "Import: %d rows checked in %d ms, written the set-based way in %d ms",
                    total, (checked - started) / 1_000_000, (System.nanoTime() - checked) / 1_000_000);
        }

        private void writeLabs(List<LabRequest> requests) throws SQLException {
            List<String> slugs = requests.stream().map(LabRequest::slug).toList();
            requireNew("lab", slugs);
            for (String column : List.of("ror", "openalex")) {
                requireFree(
                        "lab",
                        column,
                        requests.stream()
                                .map(r -> column.equals("ror") ? r.ror() : r.openalex())
                                .toList());
            }
            List<String> storedParents = new ArrayList<>();
            for (LabRequest r : requests) {
                if (r.parentSlug() != null && !slugs.contains(r.parentSlug())) {
                    storedParents.add(r.parentSlug());
                }
            }
            storedLabs(storedParents);
            List<Lab> created = new ArrayList<>();
            for (LabRequest r : requests) {
                Lab lab = new Lab();
                lab.slug = r.slug();
                LabService.setFacts(lab, r);
                lab.ror = r.ror();
                lab.openalex = r.openalex();
                if (r.parentSlug() != null) {
                    // parents come first in the plan: a parent of the file not yet placed is a cycle
                    lab.parent = labs.get(r.parentSlug());
                    if (lab.parent == null) {
                        throw new Declined("lab '" + r.slug() + "' has no parent '" + r.parentSlug() + "' before it");
                    }
                }
                stamp(lab);
                labs.put(lab.slug, lab);
                created.add(lab);
            }
            long[] ids = BulkInsert.withIds(
                    connection,
                    "lab",
                    List.of(
                            "slug",
                            "name",
                            "type",
                            "country",
                            "founded_year",
                            "website",
                            "ror",
                            "openalex",
                            "version",
                            "created_at",
                            "updated_at"),
                    created.stream()
                            .map(lab -> new Object[] {
                                lab.slug,
                                lab.name,
                                lab.type.name(),
                                lab.country,
                                lab.foundedYear,
                                lab.website,
                                lab.ror,
                                lab.openalex,
                                0L,
                                stamp,
                                stamp
                            })
                            .toList());
            for (int i = 0; i < ids.length; i++) {
                created.get(i).id = ids[i];
            }
            List<Lab> children = created.stream().filter(l -> l.parent != null).toList();
            BulkInsert.batch(
                    connection,
                    "update lab set parent_id = ? where id = ?",
                    children.stream()
                            .map(lab -> new Object[] {lab.parent.id, lab.id})
                            .toList());
            created.forEach(lab -> audit.record(AuditLog.Action.CREATE, "lab", lab.slug, null, LabDto.of(lab)));
            written(created.size());
        }

        private void writeResearchers(List<ResearcherRequest> requests) throws SQLException {
            requireNew(
                    "researcher", requests.stream().map(ResearcherRequest::slug).toList());
            List<Map<String, String>> externalIds =
                    requests.stream().map(r -> r.externalIdsOrNone().given()).toList();
            for (String property : List.of("orcid", "openalex", "scholar", "dblp", "homepage", "x")) {
                requireFree(
                        "researcher",
                        property.equals("x") ? "x_handle" : property,
                        externalIds.stream().map(given -> given.get(property)).toList());
            }
            List<Researcher> created = new ArrayList<>();
            for (ResearcherRequest r : requests) {
                Researcher researcher = new Researcher();
                researcher.slug = r.slug();
                ResearcherService.apply(researcher, r);
                stamp(researcher);
                researchers.put(researcher.slug, researcher);
                stints.put(researcher, new ArrayList<>());
                created.add(researcher);
            }
            long[] ids = BulkInsert.withIds(
                    connection,
                    "researcher",
                    List.of(
                            "slug",
                            "name",
                            "seniority",
                            "notable_work",
                            "aliases",
                            "orcid",
                            "openalex",
                            "scholar",
                            "dblp",
                            "homepage",
                            "x_handle",
                            "version",
                            "created_at",
                            "updated_at"),
                    created.stream()
                            .map(r -> new Object[] {
                                r.slug,
                                r.name,
                                r.seniority.name(),
                                LIST.convertToDatabaseColumn(r.notableWork),
                                LIST.convertToDatabaseColumn(r.aliases),
                                r.orcid,
                                r.openalex,
                                r.scholar,
                                r.dblp,
                                r.homepage,
                                r.x,
                                0L,
                                stamp,
                                stamp
                            })
                            .toList());
            List<Object[]> areas = new ArrayList<>();
            for (int i = 0; i < ids.length; i++) {
                Researcher r = created.get(i);
                r.id = ids[i];
                r.expertise.forEach(area -> areas.add(new Object[] {r.id, area}));
            }
            BulkInsert.rows(connection, "researcher_expertise", List.of("researcher_id", "area"), areas);
            written(created.size());
        }

        /** Stints and departures replayed in the plan's date order by the services' rules, then written. */
        private void writeHistory(List<Step> history, Map<Step, Object> requests) throws SQLException {
            List<String> labSlugs = new ArrayList<>();
            for (Step step : history) {
                if (requests.get(step) instanceof DepartureRequest d) {
                    labSlugs.add(d.fromLabSlug());
                    if (d.toLabSlug() != null) {
                        labSlugs.add(d.toLabSlug());
                    }
                } else {
                    labSlugs.add(((AffiliationRequest) requests.get(step)).labSlug());
                }
            }
            storedLabs(labSlugs.stream().filter(s -> !labs.containsKey(s)).toList());
            List<Object> rows = new ArrayList<>(); // the stints and departures of the rows, in the plan's order
            List<Departure> departures = new ArrayList<>();
            List<Affiliation> all = new ArrayList<>();
            for (Step step : history) {
                Object request = requests.get(step);
                if (request instanceof DepartureRequest d) {
                    Departure departure = departure(d);
                    departures.add(departure);
                    rows.add(departure);
                    if (departure.openedStint != null) {
                        all.add(departure.openedStint);
                    }
                } else {
                    Affiliation stint = stint(
                            researcher(step.row().get("researcherSlug")), stintFacts((AffiliationRequest) request));
                    rows.add(stint);
                    all.add(stint);
                }
            }
            long[] ids = BulkInsert.withIds(
                    connection,
                    "affiliation",
                    List.of(
                            "researcher_id",
                            "lab_id",
                            "start_date",
                            "end_date",
                            "sources",
                            "kind",
                            "stint_role",
                            "version",
                            "created_at",
                            "updated_at"),
                    all.stream()
                            .map(a -> new Object[] {
                                a.researcher.id,
                                a.lab.id,
                                a.start,
                                a.end,
                                LIST.convertToDatabaseColumn(a.sources),
                                a.kind.name(),
                                a.role,
                                0L,
                                stamp,
                                stamp
                            })
                            .toList());
            for (int i = 0; i < ids.length; i++) {
                all.get(i).id = ids[i];
            }
            ids = BulkInsert.withIds(
                    connection,
                    "departure",
                    List.of(
                            "researcher_id",
                            "from_lab_id",
                            "to_lab_id",
                            "departure_date",
                            "date_precision",
                            "destination_type",
                            "reason",
                            "stated_tenure_years",
                            "tenure_years",
                            "confidence",
                            "sources",
                            "ended_stint_id",
                            "ended_stint_prior_end",
                            "opened_stint_id",
                            "version",
                            "created_at",
                            "updated_at"),
                    departures.stream()
                            .map(d -> new Object[] {
                                d.researcher.id,
                                d.fromLab.id,
                                d.toLab == null ? null : d.toLab.id,
                                d.date,
                                d.datePrecision.name(),
                                d.destinationType.name(),
                                d.reason,
                                d.statedTenureYears,
                                d.tenureYears,
                                d.confidence.name(),
                                LIST.convertToDatabaseColumn(d.sources),
                                d.endedStint.id,
                                d.endedStintPriorEnd,
                                d.openedStint == null ? null : d.openedStint.id,
                                0L,
                                stamp,
                                stamp
                            })
                            .toList());
            for (int i = 0; i < ids.length; i++) {
                departures.get(i).id = ids[i];
            }
            // stored stints a departure ended, and the researchers stored before whose history changed: their
            // versions move on, as a service write moves them (once per row, as there)
            BulkInsert.update(
                    connection,
                    "update affiliation set end_date = ?, version = version + 1, updated_at = ? where id = ?",
                    "update affiliation a set end_date = v.end_date::date, version = a.version + 1,"
                            + " updated_at = v.updated_at::timestamptz from unnest(?::text[], ?::text[], ?::text[])"
                            + " v(end_date, updated_at, id) where a.id = v.id::bigint",
                    endedStored.stream()
                            .map(a -> new Object[] {a.end, stamp, a.id})
                            .toList());
            Map<Researcher, Integer> changes = new IdentityHashMap<>();
            for (Object row : rows) {
                Researcher r = row instanceof Departure d ? d.researcher : ((Affiliation) row).researcher;
                if (r.id != null && stored.containsKey(r.slug)) {
                    changes.merge(r, 1, Integer::sum);
                }
            }
            BulkInsert.update(
                    connection,
                    "update researcher set version = version + ?, updated_at = ? where id = ?",
                    "update researcher r set version = r.version + v.n::bigint, updated_at = v.updated_at::timestamptz"
                            + " from unnest(?::text[], ?::text[], ?::text[]) v(n, updated_at, id)"
                            + " where r.id = v.id::bigint",
                    changes.entrySet().stream()
                            .map(change -> new Object[] {(long) change.getValue(), stamp, change.getKey().id})
                            .toList());
            // the feed: each researcher as written (with the lab the history leaves them at), then each row's
            researchers
                    .values()
                    .forEach(r -> audit.record(
                            AuditLog.Action.CREATE, "researcher", r.slug, null, ResearcherDto.of(r, currentLab(r))));
            for (Object row : rows) {
                if (row instanceof Departure d) {
                    audit.record(AuditLog.Action.CREATE, "departure", Long.toString(d.id), null, DepartureDto.of(d));
                } else {
                    Affiliation a = (Affiliation) row;
                    audit.record(
                            AuditLog.Action.CREATE,
                            "affiliation",
                            a.researcher.slug + "/" + a.id,
                            null,
                            AffiliationDto.of(a));
                }
            }
            written(all.size() + departures.size());
        }

        /** As {@code ResearcherService.addAffiliation}: the stint checked against the others, in memory. */
        private Affiliation stint(Researcher researcher, StintHistory.Facts facts) {
            Affiliation stint = StintHistory.stint(researcher, stintsOf(researcher), facts);
            stamp(stint);
            stints.get(researcher).add(stint);
            return stint;
        }

        /** As {@code DepartureService.create}: ends the stint it leaves, opens the one it goes to, in memory. */
        private Departure departure(DepartureRequest request) {
            Departure d = new Departure();
            d.researcher = researcher(request.researcherSlug());
            DepartureService.setFacts(
                    d,
                    request,
                    labs.get(request.fromLabSlug()),
                    request.toLabSlug() == null ? null : labs.get(request.toLabSlug()));
            if (!departureDays.add(d.researcher.slug + "|" + d.date)) {
                throw new Declined("two departures of '" + d.researcher.slug + "' on " + d.date);
            }
            StintHistory.EndedStint ended = StintHistory.end(
                    stintsOf(d.researcher), d.researcher, d.fromLab, d.date, endedByDepartures::contains);
            endedByDepartures.add(ended.stint());
            if (ended.stint().id != null) {
                endedStored.add(ended.stint());
            }
            d.endedStint = ended.stint();
            d.endedStintPriorEnd = ended.priorEnd();
            if (d.toLab != null) {
                d.openedStint = stint(d.researcher, StintHistory.Facts.opened(d.toLab, d.date, d.sources));
            }
            d.tenureYears = DepartureService.tenure(ended.stint().start, d.date, d.statedTenureYears);
            stamp(d);
            return d;
        }

        private StintHistory.Facts stintFacts(AffiliationRequest request) {
            return request.facts(labs.get(request.labSlug()));
        }

        private Researcher researcher(String slug) {
            Researcher r = researchers.get(slug);
            return r != null ? r : stored.get(slug);
        }

        /**
         * Researchers stored before whose history the rows extend: row-locked in id order (as a service write locks
         * one), with their stints and the days and stints of their departures, so the rules see what the services
         * would. A slug that names nobody (or a renamed one) declines: the row-by-row way answers it.
         */
        private void storedHistories(Collection<String> slugs) throws SQLException {
            if (slugs.isEmpty()) {
                return;
            }
            List<Long> ids = new ArrayList<>();
            for (String[] row : query("select id, slug from researcher where slug in (%s)", List.copyOf(slugs), 2)) {
                Researcher r = new Researcher();
                r.id = Long.valueOf(row[0]);
                r.slug = row[1];
                stored.put(r.slug, r);
                stints.put(r, new ArrayList<>());
                ids.add(r.id);
            }
            if (stored.size() != slugs.size()) {
                throw new Declined("a history row names a researcher that is not stored");
            }
            ids.sort(null);
            query("select id from researcher where id in (%s) order by id for update", ids, 1);
            Map<Long, Researcher> byId = new HashMap<>();
            stored.values().forEach(r -> byId.put(r.id, r));
            Map<Long, Affiliation> stintsById = new HashMap<>();
            for (String[] row : query(
                    "select a.id, a.researcher_id, l.id, l.slug, a.start_date, a.end_date, a.kind from affiliation a"
                            + " join lab l on l.id = a.lab_id where a.researcher_id in (%s) order by a.start_date nulls first, a.id",
                    ids, 7)) {
                Affiliation a = new Affiliation();
                a.id = Long.valueOf(row[0]);
                a.researcher = byId.get(Long.valueOf(row[1]));
                a.lab = labs.computeIfAbsent(row[3], slug -> {
                    Lab lab = new Lab();
                    lab.id = Long.valueOf(row[2]);
                    lab.slug = slug;
                    return lab;
                });
                a.start = row[4] == null ? null : LocalDate.parse(row[4]);
                a.end = row[5] == null ? null : LocalDate.parse(row[5]);
                a.kind = StintKind.valueOf(row[6]);
                stints.get(a.researcher).add(a);
                stintsById.put(a.id, a);
            }
            for (String[] row : query(
                    "select researcher_id, departure_date, ended_stint_id from departure where researcher_id in (%s)",
                    ids, 3)) {
                departureDays.add(byId.get(Long.valueOf(row[0])).slug + "|" + LocalDate.parse(row[1]));
                endedByDepartures.add(stintsById.get(Long.valueOf(row[2])));
            }
        }

        /** A researcher's stints in the order the service reads them: unknown start first, then by start. */
        private List<Affiliation> stintsOf(Researcher researcher) {
            List<Affiliation> list = new ArrayList<>(stints.get(researcher));
            list.sort(Comparator.comparing(a -> a.start, Comparator.nullsFirst(Comparator.naturalOrder())));
            return list;
        }

        private String currentLab(Researcher researcher) {
            return stints.get(researcher).stream()
                    .filter(a -> a.isPrimary() && a.end == null)
                    .map(a -> a.lab.slug)
                    .findFirst()
                    .orElse(null);
        }

        private void stamp(io.talentradar.common.persistence.VersionedEntity entity) {
            entity.createdAt = now;
            entity.updatedAt = now;
        }

        private void written(int count) {
            rows += count;
            progress.rows(rows, rows, 0);
        }

        /** Slugs neither stored nor ever used (renamed or deleted), and each once in the file. */
        private void requireNew(String type, List<String> slugs) throws SQLException {
            if (new HashSet<>(slugs).size() != slugs.size()) {
                throw new Declined("a " + type + " slug is given twice");
            }
            if (!select("select slug from " + type + " where slug in (%s)", slugs)
                            .isEmpty()
                    || !select(
                                    "select old_slug from slug_redirect where resource_type = '" + type
                                            + "' and old_slug in (%s)",
                                    slugs)
                            .isEmpty()) {
                throw new Declined("a " + type + " slug is taken or was used");
            }
        }

        /** External ids held by nobody yet, and each once in the file. */
        private void requireFree(String table, String column, List<String> values) throws SQLException {
            List<String> given = values.stream().filter(v -> v != null).toList();
            if (new HashSet<>(given).size() != given.size()
                    || !select("select " + column + " from " + table + " where " + column + " in (%s)", given)
                            .isEmpty()) {
                throw new Declined(table + " " + column + " is given twice or held");
            }
        }

        /** Labs of the database the rows refer to, by slug (with their ids: all a stint or departure needs). */
        private void storedLabs(Collection<String> slugs) throws SQLException {
            List<String> wanted = slugs.stream().distinct().toList();
            for (String[] row : query("select id, slug from lab where slug in (%s)", wanted, 2)) {
                Lab lab = new Lab();
                lab.id = Long.valueOf(row[0]);
                lab.slug = row[1];
                labs.put(lab.slug, lab);
            }
            for (String slug : wanted) {
                if (!labs.containsKey(slug)) {
                    throw new Declined("no lab '" + slug + "'");
                }
            }
        }

        /** {@code sql} (its {@code %s}: the values' placeholders) over the values: the first columns as text. */
        private List<String[]> query(String sql, List<?> values, int columns) throws SQLException {
            List<String[]> found = new ArrayList<>();
            SetReads.forChunks(connection, sql, values, rs -> {
                String[] row = new String[columns];
                for (int c = 0; c < columns; c++) {
                    row[c] = rs.getString(c + 1);
                }
                found.add(row);
            });
            return found;
        }

        /** The first column of {@code sql} over the values. */
        private List<String> select(String sql, List<String> values) throws SQLException {
            return query(sql, values, 1).stream().map(row -> row[0]).toList();
        }
    }
}
