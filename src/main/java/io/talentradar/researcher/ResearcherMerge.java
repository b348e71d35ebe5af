package io.talentradar.researcher;

import io.talentradar.common.audit.AuditLog;
import io.talentradar.common.error.ProblemException;
import io.talentradar.common.persistence.SlugRedirects;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges two records of one person: the duplicate's stints, departures, aliases, expertise, notable work and
 * the external ids the survivor lacks move to the survivor; the duplicate's slug becomes an alias of the
 * survivor and a redirect to it, and the duplicate is gone. Both are row-locked (in id order, so two merges
 * of the same pair cannot deadlock) for the whole check-then-move, and every check runs before anything
 * changes: a refused merge changes nothing.
 */
@ApplicationScoped
public class ResearcherMerge {

    private final ResearcherRepository researchers;
    private final AffiliationRepository affiliations;
    private final ResearcherService service;
    private final EntityManager em;
    private final AuditLog audit;
    private final SlugRedirects redirects;

    ResearcherMerge(
            ResearcherRepository researchers,
            AffiliationRepository affiliations,
            ResearcherService service,
            EntityManager em,
            AuditLog audit,
            SlugRedirects redirects) {
        this.researchers = researchers;
        this.affiliations = affiliations;
        this.service = service;
        this.em = em;
        this.audit = audit;
        this.redirects = redirects;
    }

    @Transactional
    public ResearcherDto merge(String slug, @Valid @NotNull MergeRequest request) {
        if (slug.equals(request.into())) {
            throw ProblemException.invalid("into", "must name another researcher than the one merged");
        }
        // lock both in id order; read by id first, so neither is in the session before its lock
        Map<String, Long> ids = new java.util.HashMap<>();
        em.createQuery("select r.slug, r.id from Researcher r where r.slug in :slugs", Object[].class)
                .setParameter("slugs", List.of(slug, request.into()))
                .getResultStream()
                .forEach(row -> ids.put((String) row[0], (Long) row[1]));
        if (!ids.containsKey(slug)) {
            throw ProblemException.notFound("researcher", slug);
        }
        if (!ids.containsKey(request.into())) {
            throw ProblemException.invalid("into", "no researcher with slug '" + request.into() + "'");
        }
        boolean mergedFirst = ids.get(slug) < ids.get(request.into());
        Researcher first = researchers.requireLocked(mergedFirst ? slug : request.into());
        Researcher second = researchers.requireLocked(mergedFirst ? request.into() : slug);
        Researcher merged = mergedFirst ? first : second;
        Researcher survivor = mergedFirst ? second : first;

        List<Affiliation> moving = affiliations.ofResearcher(merged);
        List<Affiliation> kept = affiliations.ofResearcher(survivor);
        Set<Long> referenced = referencedStints(merged);
        List<Affiliation> duplicates = new ArrayList<>();
        List<String> overlaps = new ArrayList<>();
        for (Affiliation stint : moving) {
            for (Affiliation other : kept) {
                if (StintHistory.sameStint(stint, other) && !referenced.contains(stint.id)) {
                    duplicates.add(stint); // the same stint recorded twice: the survivor's copy stays
                } else if (StintHistory.conflict(stint, other)) {
                    overlaps.add("'" + merged.slug + "' at '" + stint.lab.slug + "' " + StintHistory.describe(stint)
                            + " overlaps '" + survivor.slug + "' at '" + other.lab.slug + "' "
                            + StintHistory.describe(other));
                }
            }
        }
        if (!overlaps.isEmpty()) {
            throw ProblemException.conflict(
                    "merge-conflict",
                    "The histories contradict each other, nothing was merged: " + String.join("; ", overlaps)
                            + ". Edit or delete one of each pair first.");
        }
        Map<String, String> externalIds = combinedIds(merged, survivor);
        Set<String> names = new LinkedHashSet<>(survivor.aliases);
        names.addAll(merged.aliases);
        names.add(merged.name);
        names.add(merged.slug);
        names.remove(survivor.name);
        List<String> aliases = atMost("aliases", 20, names);
        List<String> notableWork = atMost("notableWork", 50, union(survivor.notableWork, merged.notableWork));
        List<String> expertise = atMost("expertise", 20, union(survivor.expertise, merged.expertise));

        Map<String, Object> before = new LinkedHashMap<>();
        before.put("merged", service.dto(merged));
        before.put("into", service.dto(survivor));
        for (Affiliation duplicate : duplicates) {
            Affiliation twin = kept.stream()
                    .filter(k -> StintHistory.sameStint(duplicate, k))
                    .findFirst()
                    .orElseThrow();
            Set<String> sources = new LinkedHashSet<>(twin.sources);
            sources.addAll(duplicate.sources);
            twin.sources = new ArrayList<>(sources);
            affiliations.delete(duplicate);
        }
        moving.stream().filter(s -> !duplicates.contains(s)).forEach(s -> s.researcher = survivor);
        em.flush();
        em.createNativeQuery("update departure set researcher_id = ?1, version = version + 1, updated_at = ?2"
                        + " where researcher_id = ?3")
                .setParameter(1, survivor.id)
                .setParameter(2, Instant.now())
                .setParameter(3, merged.id)
                .executeUpdate();
        researchers.delete(merged);
        em.flush(); // the duplicate's external ids are gone before the survivor takes them
        ExternalIds.of(externalIds).applyTo(survivor);
        survivor.aliases = new ArrayList<>(aliases);
        survivor.notableWork = new ArrayList<>(notableWork);
        survivor.expertise.clear();
        survivor.expertise.addAll(expertise);
        survivor.updatedAt = Instant.now();
        redirects.rename("researcher", merged.slug, survivor.slug);
        researchers.flush();
        ResearcherDto after = service.dto(survivor);
        audit.record(AuditLog.Action.MERGE, "researcher", merged.slug, before, after);
        return after;
    }

    /** The stints the duplicate's departures ended or opened: such a stint moves, it is never dropped. */
    private Set<Long> referencedStints(Researcher researcher) {
        Set<Long> ids = new HashSet<>();
        for (Object row : em.createNativeQuery(
                        "select ended_stint_id, opened_stint_id from departure where researcher_id = ?1")
                .setParameter(1, researcher.id)
                .getResultList()) {
            for (Object id : (Object[]) row) {
                if (id != null) {
                    ids.add(((Number) id).longValue());
                }
            }
        }
        return ids;
    }

    /** The survivor's external ids, with those only the duplicate has; two different values of one id: 409. */
    private static Map<String, String> combinedIds(Researcher merged, Researcher survivor) {
        Map<String, String> ids = new LinkedHashMap<>(ExternalIds.of(merged).given());
        ExternalIds.of(survivor).given().forEach((property, value) -> {
            String other = ids.put(property, value);
            if (other != null && !other.equals(value)) {
                throw ProblemException.conflict(
                        "merge-conflict",
                        "externalIds." + property + " differ ('" + other + "' of '" + merged.slug + "', '" + value
                                + "' of '" + survivor.slug + "'): two different people? Nothing was merged.");
            }
        });
        return ids;
    }

    private static Set<String> union(java.util.Collection<String> first, java.util.Collection<String> second) {
        Set<String> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return all;
    }

    /** What the two have together, within the limit a researcher's field has (ResearcherRequest); over it: 409. */
    private static List<String> atMost(String field, int max, Set<String> values) {
        if (values.size() > max) {
            throw ProblemException.conflict(
                    "merge-conflict",
                    "Together the two would have " + values.size() + " " + field + ", at most " + max
                            + " are allowed; edit one first. Nothing was merged.");
        }
        return List.copyOf(values);
    }
}
