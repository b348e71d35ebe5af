package io.talentradar.researcher;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.talentradar.common.audit.AuditLog;
import io.talentradar.common.error.ProblemException;
import io.talentradar.common.paging.PageRequest;
import io.talentradar.common.paging.PageResponse;
import io.talentradar.common.persistence.ReadOnly;
import io.talentradar.common.persistence.SlugRedirects;
import io.talentradar.common.persistence.Where;
import io.talentradar.common.web.Versions;
import io.talentradar.lab.Lab;
import io.talentradar.lab.LabRepository;
import io.talentradar.scoring.Seniority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
public class ResearcherService {

    public static final Map<String, String> SORTABLE = Map.of(
            "slug",
            "slug",
            "name",
            "name",
            "seniority",
            "seniority",
            "createdAt",
            "createdAt",
            "updatedAt",
            "updatedAt");
    /** Qualified with the aliases of the query that joins the researcher (r) and the lab (l). */
    public static final Map<String, String> ALL_AFFILIATIONS_SORTABLE =
            Map.of("id", "a.id", "start", "a.start", "end", "a.end", "labSlug", "l.slug", "researcherSlug", "r.slug");

    public static final Map<String, String> AFFILIATION_SORTABLE =
            Map.of("start", "start", "end", "end", "labSlug", "lab.slug");

    private final ResearcherRepository researchers;
    private final AffiliationRepository affiliations;
    private final LabRepository labs;
    private final StintHistory history;
    private final EntityManager em;
    private final AuditLog audit;
    private final SlugRedirects redirects;

    ResearcherService(
            ResearcherRepository researchers,
            AffiliationRepository affiliations,
            LabRepository labs,
            StintHistory history,
            EntityManager em,
            AuditLog audit,
            SlugRedirects redirects) {
        this.redirects = redirects;
        this.audit = audit;
        this.researchers = researchers;
        this.affiliations = affiliations;
        this.labs = labs;
        this.history = history;
        this.em = em;
    }

    public record Filter(String q, String lab, String expertise, Seniority seniority, String orcid, String openalex) {}

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no JTA transaction of its own
    public PageResponse<ResearcherDto> list(Filter filter, PageRequest page) {
        return page(
                new Where()
                        .containsAny(List.of("name", "aliasesText"), "q", filter.q())
                        .and("orcid = :orcid", "orcid", filter.orcid())
                        .and("openalex = :openalex", "openalex", filter.openalex())
                        .and(
                                "exists (select 1 from Affiliation a where a.researcher = r and a.end is null"
                                        + " and a.kind = io.talentradar.researcher.StintKind.PRIMARY and a.lab.slug = :lab)",
                                "lab",
                                filter.lab())
                        .and(":expertise member of r.expertise", "expertise", filter.expertise())
                        .and("seniority = :seniority", "seniority", filter.seniority()),
                page);
    }

    /**
     * The roster: researchers whose PRIMARY stint at the lab covers {@code asOf}; with {@code includeSecondary},
     * also those holding a SECONDARY role there then (a researcher with both is listed once, as PRIMARY).
     */
    @Transactional
    public PageResponse<RosterMember> roster(
            String labSlug, LocalDate asOf, boolean includeSecondary, PageRequest page) {
        Lab lab = labs.require(labSlug);
        String covering = "from Affiliation a where a.researcher = r and a.lab = :lab"
                + " and (a.start is null or a.start <= :asOf) and (a.end is null or a.end > :asOf)"
                + (includeSecondary ? "" : " and a.kind = io.talentradar.researcher.StintKind.PRIMARY");
        PageResponse<ResearcherDto> researchersThere = page(
                new Where()
                        .and("exists (select 1 " + covering + ")", "lab", lab)
                        .bind("asOf", asOf),
                page);
        Map<String, Affiliation> stints = new java.util.HashMap<>();
        if (!researchersThere.items().isEmpty()) {
            em.createQuery(
                            "select a " + covering.replace("a.researcher = r", "a.researcher.slug in :slugs")
                                    + " order by a.kind, a.id",
                            Affiliation.class)
                    .setParameter(
                            "slugs",
                            researchersThere.items().stream()
                                    .map(ResearcherDto::slug)
                                    .toList())
                    .setParameter("lab", lab)
                    .setParameter("asOf", asOf)
                    .getResultStream()
                    .forEach(a -> stints.putIfAbsent(a.researcher.slug, a));
        }
        return researchersThere.map(r -> RosterMember.of(r, stints.get(r.slug())));
    }

    /**
     * A page read as a projection in one query: each row's areas (joined in one string) and current lab come
     * from correlated subqueries, so a page is one statement (plus the count when the page is full), not a
     * statement per row or an {@code in} list per page.
     */
    private PageResponse<ResearcherDto> page(Where where, PageRequest page) {
        ReadOnly.session(em);
        List<?> projected = researchers
                .find(
                        where.query("select new io.talentradar.researcher.ResearcherRow(r.id, r.slug, r.name,"
                                + " r.seniority, r.notableWork, r.aliases, r.orcid, r.openalex, r.scholar, r.dblp,"
                                + " r.homepage, r.x, r.version, r.createdAt, r.updatedAt,"
                                + " (select listagg(e, ',') within group (order by e) from Researcher r2"
                                + " join r2.expertise e where r2.id = r.id),"
                                + " (select min(a.lab.slug) from Affiliation a where a.researcher.id = r.id"
                                + " and a.end is null and a.kind = io.talentradar.researcher.StintKind.PRIMARY))"
                                + " from Researcher r"),
                        page.sort(),
                        where.params())
                .page(page.page(), page.size())
                .list();
        return PageResponse.of(
                projected.stream().map(row -> ((ResearcherRow) row).dto()).toList(),
                page,
                () -> researchers.count(where.query("from Researcher r"), where.params()));
    }

    /** Current labs of many researchers in one query, not one per row. */
    private Map<Long, String> currentLabs(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(
                        "select a.researcher.id, a.lab.slug from Affiliation a"
                                + " where a.end is null and a.kind = io.talentradar.researcher.StintKind.PRIMARY and a.researcher.id in :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1], (a, b) -> a));
    }

    ResearcherDto dto(Researcher r) {
        return ResearcherDto.of(r, currentLabs(List.of(r.id)).get(r.id));
    }

    @Transactional
    public ResearcherDto get(String slug) {
        return dto(researchers.require(slug));
    }

    @Transactional
    public ResearcherDto create(@Valid @NotNull ResearcherRequest request) {
        if (researchers.findBySlug(request.slug()).isPresent()) {
            throw ProblemException.conflict(
                    "duplicate-slug", "A researcher with slug '" + request.slug() + "' exists.");
        }
        redirects.requireNeverUsed("researcher", request.slug());
        requireFree(null, request.externalIdsOrNone());
        Researcher researcher = new Researcher();
        researcher.slug = request.slug();
        apply(researcher, request);
        researchers.persist(researcher);
        if (request.affiliation() != null) {
            Lab lab = labs.findBySlug(request.affiliation().labSlug())
                    .orElseThrow(() -> ProblemException.invalid(
                            "affiliation.labSlug",
                            "no lab with slug '" + request.affiliation().labSlug() + "'"));
            history.open(
                    researcher,
                    StintHistory.Facts.opened(lab, request.affiliation().since(), List.of()));
        }
        researchers.flush();
        ResearcherDto created = dto(researcher);
        audit.record(AuditLog.Action.CREATE, "researcher", researcher.slug, null, created);
        return created;
    }

    @Transactional
    public ResearcherDto update(String slug, @Valid @NotNull ResearcherRequest request, Long ifMatch) {
        Researcher researcher = researchers.require(slug);
        Versions.check(researcher.version, ifMatch, request.version());
        boolean renamed = !slug.equals(request.slug());
        if (renamed) {
            Versions.requireForRename(ifMatch, request.version());
            if (researchers.findBySlug(request.slug()).isPresent()) {
                throw ProblemException.conflict(
                        "duplicate-slug", "A researcher with slug '" + request.slug() + "' exists.");
            }
            redirects.requireNeverUsed("researcher", request.slug());
        }
        if (request.affiliation() != null) {
            throw ProblemException.invalid(
                    "affiliation", "only on create; add stints with POST /researchers/{slug}/affiliations");
        }
        requireFree(researcher, request.externalIdsOrNone());
        ResearcherDto before = dto(researcher);
        apply(researcher, request);
        if (renamed) {
            redirects.rename("researcher", slug, request.slug());
            researcher.slug = request.slug();
        }
        researchers.flush();
        ResearcherDto after = dto(researcher);
        audit.record(
                renamed ? AuditLog.Action.RENAME : AuditLog.Action.UPDATE,
                "researcher",
                researcher.slug,
                before,
                after);
        return after;
    }

    @Transactional
    public void delete(String slug, Long ifMatch) {
        Researcher researcher = researchers.requireLocked(slug);
        Versions.check(researcher.version, ifMatch, null);
        long departures = em.createQuery("select count(d) from Departure d where d.researcher = :r", Long.class)
                .setParameter("r", researcher)
                .getSingleResult();
        if (departures > 0) {
            throw ProblemException.conflict(
                    "researcher-referenced",
                    "Researcher '" + slug + "' has " + departures
                            + " departure(s); delete them first, history cannot be dropped silently.");
        }
        audit.record(AuditLog.Action.DELETE, "researcher", slug, dto(researcher), null);
        redirects.retire("researcher", slug);
        affiliations.delete("researcher", researcher);
        researchers.delete(researcher);
        researchers.flush();
    }

    @Transactional
    public PageResponse<AffiliationDto> affiliations(String slug, PageRequest page) {
        Researcher researcher = researchers.require(slug);
        ReadOnly.session(em);
        PanacheQuery<Affiliation> q = affiliations.find("researcher", page.sort(), researcher);
        return PageResponse.of(
                q.page(page.page(), page.size()).list().stream()
                        .map(AffiliationDto::of)
                        .toList(),
                page,
                () -> affiliations.count("researcher", researcher));
    }

    /** Every stint, of every researcher (optionally of one researcher, at one lab): /affiliations and its CSV. */
    @Transactional
    public PageResponse<AffiliationDto> allAffiliations(String researcher, String lab, PageRequest page) {
        Where where = new Where()
                .and("a.researcher.slug = :researcher", "researcher", researcher)
                .and("a.lab.slug = :lab", "lab", lab);
        List<AffiliationDto> items = affiliations
                .find(
                        where.query("from Affiliation a join fetch a.researcher r" + " join fetch a.lab l"),
                        page.sort(),
                        where.params())
                .page(page.page(), page.size())
                .list()
                .stream()
                .map(AffiliationDto::of)
                .toList();
        return PageResponse.of(
                items, page, () -> affiliations.count(where.query("from Affiliation a"), where.params()));
    }

    @Transactional
    public AffiliationDto affiliation(String slug, long id) {
        return AffiliationDto.of(stintOf(researchers.require(slug), id));
    }

    @Transactional
    public AffiliationDto addAffiliation(String slug, @Valid @NotNull AffiliationRequest request) {
        Researcher researcher = researchers.requireLocked(slug);
        Lab lab = labOf(request);
        Affiliation stint = history.open(researcher, request.facts(lab));
        affiliations.flush();
        AffiliationDto created = AffiliationDto.of(stint);
        audit.record(AuditLog.Action.CREATE, "affiliation", slug + "/" + stint.id, null, created);
        return created;
    }

    /**
     * Changes a stint: how a SECONDARY one ends, a title is given, a mistake is mended. A stint a departure ended
     * or opened keeps its lab, dates and kind (they change through the departure): only its role and sources.
     */
    @Transactional
    public AffiliationDto updateAffiliation(
            String slug, long id, @Valid @NotNull AffiliationRequest request, Long ifMatch) {
        Researcher researcher = researchers.requireLocked(slug);
        Affiliation stint = stintOf(researcher, id);
        Versions.check(stint.version, ifMatch, request.version());
        Lab lab = labOf(request);
        boolean factsChange = !lab.id.equals(stint.lab.id)
                || !java.util.Objects.equals(request.start(), stint.start)
                || !java.util.Objects.equals(request.end(), stint.end)
                || request.kindOrPrimary() != stint.kind;
        if (factsChange && departureRefersTo(stint)) {
            throw ProblemException.conflict(
                    "stint-of-a-departure",
                    "A departure ended or opened this stint: its lab, dates and kind change through the departure"
                            + " (only role and sources here).");
        }
        AffiliationDto before = AffiliationDto.of(stint);
        history.edit(stint, request.facts(lab));
        affiliations.flush();
        AffiliationDto after = AffiliationDto.of(stint);
        audit.record(AuditLog.Action.UPDATE, "affiliation", slug + "/" + id, before, after);
        return after;
    }

    /** Deletes a stint no departure refers to. */
    @Transactional
    public void deleteAffiliation(String slug, long id, Long ifMatch) {
        Researcher researcher = researchers.requireLocked(slug);
        Affiliation stint = stintOf(researcher, id);
        Versions.check(stint.version, ifMatch, null);
        if (departureRefersTo(stint)) {
            throw ProblemException.conflict(
                    "stint-of-a-departure", "A departure ended or opened this stint: delete the departure instead.");
        }
        audit.record(AuditLog.Action.DELETE, "affiliation", slug + "/" + id, AffiliationDto.of(stint), null);
        history.remove(researcher, stint);
        affiliations.flush();
    }

    private Lab labOf(AffiliationRequest request) {
        return labs.findBySlug(request.labSlug())
                .orElseThrow(() -> ProblemException.invalid("labSlug", "no lab with slug '" + request.labSlug() + "'"));
    }

    private Affiliation stintOf(Researcher researcher, long id) {
        Affiliation stint = affiliations.findById(id);
        if (stint == null || !stint.researcher.id.equals(researcher.id)) {
            throw ProblemException.notFound("affiliation", Long.toString(id));
        }
        return stint;
    }

    private boolean departureRefersTo(Affiliation stint) {
        return ((Number) em.createNativeQuery(
                                        "select count(*) from departure where ended_stint_id = ?1 or opened_stint_id = ?1")
                                .setParameter(1, stint.id)
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    /** Each external id is held by one researcher at most: 409 naming the one that holds it. */
    private void requireFree(Researcher self, ExternalIds ids) {
        ids.given().forEach((property, value) -> {
            List<String> holders = em.createQuery(
                            "select r.slug from Researcher r where r." + property + " = :value and r.id <> :self",
                            String.class)
                    .setParameter("value", value)
                    .setParameter("self", self == null ? -1L : self.id)
                    .getResultList();
            if (!holders.isEmpty()) {
                throw ProblemException.conflict(
                        "duplicate-external-id",
                        "externalIds." + property + " '" + value + "' is held by researcher '" + holders.get(0) + "'.");
            }
        });
    }

    /** Sets a researcher's facts from a request (every check of them is the request's own validation). */
    public static void apply(Researcher researcher, ResearcherRequest request) {
        request.externalIdsOrNone().applyTo(researcher);
        researcher.aliases = new ArrayList<>(request.aliasesOrEmpty());
        researcher.name = request.name().trim();
        researcher.seniority = request.seniority();
        researcher.expertise.clear();
        researcher.expertise.addAll(new LinkedHashSet<>(request.expertiseOrEmpty()));
        researcher.notableWork = new ArrayList<>(request.notableWorkOrEmpty());
    }
}
