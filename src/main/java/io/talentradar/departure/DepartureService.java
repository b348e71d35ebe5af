package io.talentradar.departure;

import io.talentradar.common.audit.AuditLog;
import io.talentradar.common.error.ProblemException;
import io.talentradar.common.paging.PageRequest;
import io.talentradar.common.paging.PageResponse;
import io.talentradar.common.persistence.Where;
import io.talentradar.common.web.Versions;
import io.talentradar.lab.Lab;
import io.talentradar.lab.LabRepository;
import io.talentradar.researcher.Researcher;
import io.talentradar.researcher.ResearcherRepository;
import io.talentradar.researcher.StintHistory;
import io.talentradar.scoring.DestinationType;
import io.talentradar.scoring.Seniority;
import io.talentradar.scoring.Tenure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Records departures and keeps the affiliation history consistent with them: a departure ends the
 * researcher's stint at the origin on its date and opens one at the destination when it is known.
 * Editing or deleting a departure re-derives exactly the stints it made, in the same transaction.
 */
@ApplicationScoped
public class DepartureService {

    /** Qualified with the query's alias: the page query joins the researcher and labs, which have ids too. */
    public static final Map<String, String> SORTABLE = Map.of(
            "date",
            "d.date",
            "id",
            "d.id",
            "tenureYears",
            "d.tenureYears",
            "createdAt",
            "d.createdAt",
            "updatedAt",
            "d.updatedAt");

    private final DepartureRepository departures;
    private final ResearcherRepository researchers;
    private final LabRepository labs;
    private final StintHistory history;
    private final AuditLog audit;

    DepartureService(
            DepartureRepository departures,
            ResearcherRepository researchers,
            LabRepository labs,
            StintHistory history,
            AuditLog audit) {
        this.audit = audit;
        this.departures = departures;
        this.researchers = researchers;
        this.labs = labs;
        this.history = history;
    }

    public record Filter(
            String lab,
            String fromLab,
            String toLab,
            String researcher,
            LocalDate since,
            LocalDate until,
            DestinationType destinationType,
            String expertise,
            Seniority minSeniority) {

        public Filter withFromLab(String slug) {
            return new Filter(lab, slug, toLab, researcher, since, until, destinationType, expertise, minSeniority);
        }

        public Filter withToLab(String slug) {
            return new Filter(lab, fromLab, slug, researcher, since, until, destinationType, expertise, minSeniority);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no JTA transaction of its own
    public PageResponse<DepartureDto> list(Filter f, PageRequest page) {
        if (f.since() != null && f.until() != null && f.since().isAfter(f.until())) {
            throw ProblemException.invalid("until", "must not be before since");
        }
        Where where = new Where()
                // a subquery, not a join on toLab: an undisclosed destination must not drop the row
                .and(
                        "(d.fromLab.slug = :lab or d.toLab.id in (select l.id from Lab l where l.slug = :lab))",
                        "lab",
                        f.lab())
                .and("d.fromLab.slug = :fromLab", "fromLab", f.fromLab())
                .and("d.toLab.slug = :toLab", "toLab", f.toLab())
                .and("d.researcher.slug = :researcher", "researcher", f.researcher())
                .and("d.date >= :since", "since", f.since())
                .and("d.date <= :until", "until", f.until())
                .and("d.destinationType = :destinationType", "destinationType", f.destinationType())
                .and(":expertise member of d.researcher.expertise", "expertise", f.expertise())
                .and(
                        "d.researcher.seniority in :seniorities",
                        "seniorities",
                        f.minSeniority() == null
                                ? null
                                : Arrays.stream(Seniority.values())
                                        .filter(s -> s.compareTo(f.minSeniority()) >= 0)
                                        .toList());
        // the page read straight into its answer (a projection: no entities to hydrate, track or check),
        // researcher and labs joined in the same query; the count on its own
        List<?> rows = departures
                .find(
                        where.query("select new io.talentradar.departure.DepartureDto(d.id, r.slug, f.slug, t.slug,"
                                + " d.date, d.datePrecision, d.destinationType, d.reason, d.tenureYears, d.confidence,"
                                + " d.sources, d.version, d.createdAt, d.updatedAt)"
                                + " from Departure d join d.researcher r join d.fromLab f left join d.toLab t"),
                        page.sort(),
                        where.params())
                .page(page.page(), page.size())
                .list();
        List<DepartureDto> items = rows.stream().map(DepartureDto.class::cast).toList();
        return PageResponse.of(items, page, () -> departures.count(where.query("from Departure d"), where.params()));
    }

    @Transactional
    public DepartureDto get(long id) {
        return DepartureDto.of(departures.require(id));
    }

    @Transactional
    public DepartureDto create(@Valid @NotNull DepartureRequest request) {
        Researcher researcher = lockResearcher(request.researcherSlug());
        Departure departure = new Departure();
        departure.researcher = researcher;
        setFacts(departure, request);
        derive(departure);
        departures.persist(departure);
        departures.flush();
        DepartureDto created = DepartureDto.of(departure);
        audit.record(AuditLog.Action.CREATE, "departure", Long.toString(departure.id), null, created);
        return created;
    }

    @Transactional
    public DepartureDto update(long id, @Valid @NotNull DepartureRequest request, Long ifMatch) {
        Departure departure = departures.require(id);
        Researcher researcher = lockAndRefresh(departure);
        Versions.check(departure.version, ifMatch, request.version());
        if (!researcher.slug.equals(request.researcherSlug())) {
            throw ProblemException.invalid(
                    "researcherSlug", "cannot change; delete the departure and record a new one");
        }
        DepartureDto before = DepartureDto.of(departure);
        Lab oldFrom = departure.fromLab;
        Lab oldTo = departure.toLab;
        LocalDate oldDate = departure.date;
        Double oldStated = departure.statedTenureYears;
        setFacts(departure, request);
        boolean historyChanged = !oldFrom.id.equals(departure.fromLab.id)
                || !Objects.equals(oldTo, departure.toLab)
                || !oldDate.equals(departure.date);
        if (historyChanged) {
            undo(departure, researcher);
            departures.flush();
            derive(departure);
        } else if (!Objects.equals(oldStated, departure.statedTenureYears)) {
            departure.tenureYears = tenure(departure.endedStint.start, departure.date, departure.statedTenureYears);
        }
        departures.flush();
        DepartureDto after = DepartureDto.of(departure);
        audit.record(AuditLog.Action.UPDATE, "departure", Long.toString(id), before, after);
        return after;
    }

    @Transactional
    public void delete(long id, Long ifMatch) {
        Departure departure = departures.require(id);
        Researcher researcher = lockAndRefresh(departure);
        Versions.check(departure.version, ifMatch, null);
        audit.record(AuditLog.Action.DELETE, "departure", Long.toString(id), DepartureDto.of(departure), null);
        undo(departure, researcher);
        departures.delete(departure);
        departures.flush();
    }

    /** Takes the researcher's lock, then re-reads the departure: a writer we waited for may have changed it. */
    private Researcher lockAndRefresh(Departure departure) {
        Researcher researcher = lockResearcher(departure.researcher.slug);
        departures.getEntityManager().refresh(departure);
        return researcher;
    }

    private Researcher lockResearcher(String slug) {
        return researchers
                .find("slug", slug)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .orElseThrow(
                        () -> ProblemException.invalid("researcherSlug", "no researcher with slug '" + slug + "'"));
    }

    private void setFacts(Departure d, DepartureRequest request) {
        Lab from = labs.findBySlug(request.fromLabSlug())
                .orElseThrow(() ->
                        ProblemException.invalid("fromLabSlug", "no lab with slug '" + request.fromLabSlug() + "'"));
        Lab to = request.toLabSlug() == null || request.toLabSlug().equals(request.fromLabSlug())
                ? null // setFacts refuses the second
                : labs.findBySlug(request.toLabSlug())
                        .orElseThrow(() -> ProblemException.invalid(
                                "toLabSlug", "no lab with slug '" + request.toLabSlug() + "'"));
        setFacts(d, request, from, to);
    }

    /** Sets a departure's facts from a request whose labs were found: the checks that need no database. */
    public static void setFacts(Departure d, DepartureRequest request, Lab from, Lab to) {
        if (request.toLabSlug() != null && request.toLabSlug().equals(request.fromLabSlug())) {
            throw ProblemException.invalid("toLabSlug", "must differ from fromLabSlug");
        }
        d.fromLab = from;
        d.toLab = to;
        d.datePrecision = request.precisionOrDefault();
        boolean dateFits = switch (d.datePrecision) {
            case DAY -> true;
            case MONTH -> request.date().getDayOfMonth() == 1;
            case YEAR -> request.date().getDayOfYear() == 1;
        };
        if (!dateFits) {
            throw ProblemException.invalid(
                    "date", "must be the first of the month for MONTH precision, January 1 for YEAR precision");
        }
        d.date = request.date();
        d.destinationType = request.destinationType();
        d.reason = request.reason() == null || request.reason().isBlank()
                ? null
                : request.reason().trim();
        d.statedTenureYears = request.tenureYears();
        d.confidence = request.confidence();
        d.sources = new ArrayList<>(request.sourcesOrEmpty());
    }

    /** Ends the origin stint and opens the destination one; 409 when the history does not allow it. */
    private void derive(Departure d) {
        departures.onDate(d.researcher, d.date, d.id).ifPresent(other -> {
            throw ProblemException.conflict(
                    "history-conflict",
                    "Researcher '" + d.researcher.slug
                            + "' already has departure " + other.id + " on " + d.date + " (from '" + other.fromLab.slug
                            + "'); a researcher leaves once a day: change that departure instead.");
        });
        StintHistory.EndedStint ended =
                history.end(d.researcher, d.fromLab, d.date, departures.stintsEndedByOthers(d.researcher, d.id));
        d.endedStint = ended.stint();
        d.endedStintPriorEnd = ended.priorEnd();
        d.openedStint = d.toLab == null
                ? null
                : history.open(d.researcher, StintHistory.Facts.opened(d.toLab, d.date, d.sources));
        d.tenureYears = tenure(ended.stint().start, d.date, d.statedTenureYears);
    }

    /** Reverses {@link #derive}; refused when a later departure ended the stint this one opened. */
    private void undo(Departure d, Researcher researcher) {
        if (departures.endsStint(d.openedStint)) {
            throw ProblemException.conflict(
                    "history-conflict",
                    "A later departure of '" + researcher.slug
                            + "' from '" + d.openedStint.lab.slug + "' depends on the stint this departure opened; "
                            + "change or delete that one first.");
        }
        if (d.openedStint != null) {
            var opened = d.openedStint;
            d.openedStint = null;
            departures.flush();
            history.remove(researcher, opened);
        }
        history.restore(researcher, new StintHistory.EndedStint(d.endedStint, d.endedStintPriorEnd));
    }

    public static Double tenure(LocalDate start, LocalDate date, Double stated) {
        if (start == null) {
            return stated;
        }
        return Tenure.years(start, date);
    }
}
