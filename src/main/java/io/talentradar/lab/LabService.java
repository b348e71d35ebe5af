package io.talentradar.lab;

import io.talentradar.common.audit.AuditLog;
import io.talentradar.common.error.ProblemException;
import io.talentradar.common.paging.PageRequest;
import io.talentradar.common.paging.PageResponse;
import io.talentradar.common.persistence.SlugRedirects;
import io.talentradar.common.persistence.Where;
import io.talentradar.common.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class LabService {

    public static final Map<String, String> SORTABLE = Map.of(
            "slug",
            "slug",
            "name",
            "name",
            "type",
            "type",
            "country",
            "country",
            "foundedYear",
            "foundedYear",
            "createdAt",
            "createdAt",
            "updatedAt",
            "updatedAt");

    private final LabRepository labs;
    private final EntityManager em;
    private final AuditLog audit;
    private final SlugRedirects redirects;

    LabService(LabRepository labs, EntityManager em, AuditLog audit, SlugRedirects redirects) {
        this.redirects = redirects;
        this.labs = labs;
        this.em = em;
        this.audit = audit;
    }

    public record Filter(String q, LabType type, String country, String parent, String ror, String openalex) {}

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no JTA transaction of its own
    public PageResponse<LabDto> list(Filter filter, PageRequest page) {
        Where where = new Where()
                .contains("name", "q", filter.q())
                .and("type = :type", "type", filter.type())
                .and(
                        "country = :country",
                        "country",
                        filter.country() == null ? null : filter.country().toUpperCase(java.util.Locale.ROOT))
                .and("parent.slug = :parent", "parent", filter.parent())
                .and("ror = :ror", "ror", filter.ror())
                .and("openalex = :openalex", "openalex", filter.openalex());
        // the page read straight into its answer (a projection: no entities); the parent's slug by its key,
        // so a lab without a parent stays in the page
        List<?> rows = labs.find(
                        where.query("select new io.talentradar.lab.LabDto(l.slug, l.name, l.type, l.country,"
                                + " l.foundedYear, (select p.slug from Lab p where p.id = l.parent.id), l.website,"
                                + " l.ror, l.openalex, l.version, l.createdAt, l.updatedAt) from Lab l"),
                        page.sort(),
                        where.params())
                .page(page.page(), page.size())
                .list();
        List<LabDto> items = rows.stream().map(LabDto.class::cast).toList();
        return PageResponse.of(items, page, () -> labs.count(where.query("from Lab"), where.params()));
    }

    @Transactional
    public LabDto get(String slug) {
        return LabDto.of(labs.require(slug));
    }

    @Transactional
    public LabDto create(@Valid @NotNull LabRequest request) {
        if (labs.findBySlug(request.slug()).isPresent()) {
            throw ProblemException.conflict("duplicate-slug", "A lab with slug '" + request.slug() + "' exists.");
        }
        redirects.requireNeverUsed("lab", request.slug());
        Lab lab = new Lab();
        lab.slug = request.slug();
        apply(lab, request);
        labs.persist(lab);
        labs.flush();
        LabDto created = LabDto.of(lab);
        audit.record(AuditLog.Action.CREATE, "lab", lab.slug, null, created);
        return created;
    }

    @Transactional
    public LabDto update(String slug, @Valid @NotNull LabRequest request, Long ifMatch) {
        Lab lab = labs.require(slug);
        Versions.check(lab.version, ifMatch, request.version());
        boolean renamed = !slug.equals(request.slug());
        if (renamed) {
            Versions.requireForRename(ifMatch, request.version());
            if (labs.findBySlug(request.slug()).isPresent()) {
                throw ProblemException.conflict("duplicate-slug", "A lab with slug '" + request.slug() + "' exists.");
            }
            redirects.requireNeverUsed("lab", request.slug());
        }
        LabDto before = LabDto.of(lab);
        apply(lab, request);
        if (renamed) {
            redirects.rename("lab", slug, request.slug());
            lab.slug = request.slug();
        }
        labs.flush();
        LabDto after = LabDto.of(lab);
        audit.record(renamed ? AuditLog.Action.RENAME : AuditLog.Action.UPDATE, "lab", lab.slug, before, after);
        return after;
    }

    @Transactional
    public void delete(String slug, Long ifMatch) {
        Lab lab = labs.require(slug);
        Versions.check(lab.version, ifMatch, null);
        long children = labs.count("parent", lab);
        long stints = em.createQuery("select count(a) from Affiliation a where a.lab = :lab", Long.class)
                .setParameter("lab", lab)
                .getSingleResult();
        long departures = em.createQuery(
                        "select count(d) from Departure d where d.fromLab = :lab or d.toLab = :lab", Long.class)
                .setParameter("lab", lab)
                .getSingleResult();
        if (children + stints + departures > 0) {
            throw ProblemException.conflict(
                    "lab-referenced",
                    "Lab '" + slug + "' is referred to by " + children
                            + " child lab(s), " + stints + " affiliation(s) and " + departures
                            + " departure(s); history cannot be deleted.");
        }
        audit.record(AuditLog.Action.DELETE, "lab", slug, LabDto.of(lab), null);
        redirects.retire("lab", slug);
        labs.delete(lab);
        labs.flush();
    }

    private void apply(Lab lab, LabRequest request) {
        setFacts(lab, request);
        requireFree(lab, "ror", request.ror());
        requireFree(lab, "openalex", request.openalex());
        lab.ror = request.ror();
        lab.openalex = request.openalex();
        lab.parent = request.parentSlug() == null ? null : parentFor(lab, request.parentSlug());
    }

    /**
     * Sets a lab's own facts from a request, with the checks that need no database: not its external ids (each
     * held by one lab at most) nor its parent.
     */
    public static void setFacts(Lab lab, LabRequest request) {
        if (request.foundedYear() != null
                && request.foundedYear() > Year.now(ZoneOffset.UTC).getValue()) {
            throw ProblemException.invalid("foundedYear", "must not be in the future");
        }
        lab.name = request.name().trim();
        lab.type = request.type();
        lab.country = request.country();
        lab.foundedYear = request.foundedYear();
        lab.website = request.website();
    }

    /** An external id is held by one lab at most: 409 naming the one that holds it. */
    private void requireFree(Lab lab, String property, String value) {
        if (value == null) {
            return;
        }
        List<String> holders = em.createQuery(
                        "select l.slug from Lab l where l." + property + " = :value and l.id <> :self", String.class)
                .setParameter("value", value)
                .setParameter("self", lab.id == null ? -1L : lab.id)
                .getResultList();
        if (!holders.isEmpty()) {
            throw ProblemException.conflict(
                    "duplicate-external-id", property + " '" + value + "' is held by lab '" + holders.get(0) + "'.");
        }
    }

    private Lab parentFor(Lab lab, String parentSlug) {
        Lab parent = labs.findBySlug(parentSlug)
                .orElseThrow(() -> ProblemException.invalid("parentSlug", "no lab with slug '" + parentSlug + "'"));
        for (Lab ancestor = parent; ancestor != null; ancestor = ancestor.parent) {
            if (ancestor == lab) {
                throw ProblemException.conflict(
                        "lab-cycle",
                        "Lab '" + parentSlug + "' is '" + lab.slug
                                + "' or below it; a lab cannot be its own ancestor.");
            }
        }
        return parent;
    }
}
