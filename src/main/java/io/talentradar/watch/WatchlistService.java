package io.talentradar.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentradar.common.error.ProblemException;
import io.talentradar.common.paging.PageRequest;
import io.talentradar.common.paging.PageResponse;
import io.talentradar.common.persistence.SlugMoved;
import io.talentradar.common.web.Versions;
import io.talentradar.lab.LabRepository;
import io.talentradar.researcher.ResearcherRepository;
import io.talentradar.watch.WatchlistDtos.Threshold;
import io.talentradar.watch.WatchlistDtos.WatchlistDto;
import io.talentradar.watch.WatchlistDtos.WatchlistRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class WatchlistService {

    public static final Map<String, String> SORTABLE = Map.of("id", "id", "name", "name", "createdAt", "createdAt");

    private final EntityManager em;
    private final ObjectMapper json;
    private final LabRepository labs;
    private final ResearcherRepository researchers;
    private final Owner owner;

    WatchlistService(
            EntityManager em, ObjectMapper json, LabRepository labs, ResearcherRepository researchers, Owner owner) {
        this.em = em;
        this.json = json;
        this.labs = labs;
        this.researchers = researchers;
        this.owner = owner;
    }

    @Transactional
    public PageResponse<WatchlistDto> list(PageRequest page) {
        var query = owner.isAdmin()
                ? Watchlist.<Watchlist>findAll(page.sort())
                : Watchlist.<Watchlist>find("ownerKey", page.sort(), owner.key());
        List<WatchlistDto> items = query.page(page.page(), page.size()).<Watchlist>list().stream()
                .map(this::dto)
                .toList();
        return PageResponse.of(items, page, query::count);
    }

    @Transactional
    public WatchlistDto get(long id) {
        return dto(require(id));
    }

    @Transactional
    public WatchlistDto create(@Valid @NotNull WatchlistRequest request) {
        Watchlist w = new Watchlist();
        w.ownerKey = owner.key();
        apply(w, request);
        w.persist();
        em.flush();
        return dto(w);
    }

    @Transactional
    public WatchlistDto update(long id, @Valid @NotNull WatchlistRequest request, Long ifMatch) {
        Watchlist w = require(id);
        Versions.check(w.version, ifMatch, request.version());
        apply(w, request);
        em.flush();
        return dto(w);
    }

    @Transactional
    public void delete(long id, Long ifMatch) {
        Watchlist w = require(id);
        Versions.check(w.version, ifMatch, null);
        long hooks = em.createQuery("select count(h) from Webhook h where h.watchlist = :w", Long.class)
                .setParameter("w", w)
                .getSingleResult();
        if (hooks > 0) {
            throw ProblemException.conflict(
                    "watchlist-in-use", "Watchlist " + id + " is used by " + hooks + " webhook(s); delete them first.");
        }
        w.delete();
    }

    /** The watchlist, if the caller may see it. */
    public Watchlist require(long id) {
        Watchlist w = Watchlist.findById(id);
        if (w == null) {
            throw ProblemException.notFound("watchlist", Long.toString(id));
        }
        owner.requireOwnerOf(w.ownerKey, "watchlist", id);
        return w;
    }

    private void apply(Watchlist w, WatchlistRequest request) {
        List<String> labSlugs = request.labsOrEmpty();
        for (int i = 0; i < labSlugs.size(); i++) {
            if (labs.findBySlug(labSlugs.get(i)).isEmpty()) {
                throw ProblemException.invalid("labs[" + i + "]", "no lab with slug '" + labSlugs.get(i) + "'");
            }
        }
        List<String> people = request.researchersOrEmpty();
        for (int i = 0; i < people.size(); i++) {
            if (researchers.find("slug", people.get(i)).firstResultOptional().isEmpty()) {
                throw ProblemException.invalid(
                        "researchers[" + i + "]", "no researcher with slug '" + people.get(i) + "'");
            }
        }
        List<Threshold> thresholds = request.thresholdsOrEmpty();
        for (int i = 0; i < thresholds.size(); i++) {
            if (labs.findBySlug(thresholds.get(i).lab()).isEmpty()) {
                throw ProblemException.invalid(
                        "thresholds[" + i + "].lab",
                        "no lab with slug '" + thresholds.get(i).lab() + "'");
            }
        }
        w.name = request.name().trim();
        w.labs = new ArrayList<>(labSlugs);
        w.researchers = new ArrayList<>(people);
        w.expertise = new ArrayList<>(request.expertiseOrEmpty());
        w.minSeniority = request.minSeniority();
        w.events = new ArrayList<>(request.events().stream().distinct().toList());
        w.thresholds = write(thresholds);
    }

    WatchlistDto dto(Watchlist w) {
        return new WatchlistDto(
                w.id,
                w.name,
                List.copyOf(w.labs),
                List.copyOf(w.researchers),
                List.copyOf(w.expertise),
                w.minSeniority,
                List.copyOf(w.events),
                thresholds(w),
                w.ownerKey,
                w.version,
                w.createdAt,
                w.updatedAt);
    }

    /**
     * A watched lab or researcher was renamed or merged: its watchlists name it by its new slug, in the same
     * transaction, so they go on matching it (a watchlist never silently stops watching).
     */
    void follow(@Observes SlugMoved moved) {
        String pattern = "%" + moved.from() + "%";
        List<?> ids = em.createNativeQuery(
                        "select id from watchlist where labs like ?1 or researchers like ?1 or thresholds like ?1")
                .setParameter(1, pattern)
                .getResultList();
        for (Object id : ids) {
            Watchlist w = em.find(Watchlist.class, ((Number) id).longValue());
            if (moved.type().equals("lab")) {
                w.labs = replaced(w.labs, moved.from(), moved.to());
                List<Threshold> thresholds = thresholds(w).stream()
                        .map(t -> t.lab().equals(moved.from())
                                ? new Threshold(moved.to(), t.index(), t.above(), t.below())
                                : t)
                        .toList();
                w.thresholds = write(thresholds);
            } else {
                w.researchers = replaced(w.researchers, moved.from(), moved.to());
            }
        }
    }

    private static List<String> replaced(List<String> slugs, String from, String to) {
        return slugs.stream().map(s -> s.equals(from) ? to : s).distinct().toList();
    }

    List<Threshold> thresholds(Watchlist w) {
        try {
            return json.readValue(w.thresholds, new TypeReference<List<Threshold>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
