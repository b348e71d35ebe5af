package io.talentradar.search;

import static io.talentradar.common.persistence.SetReads.each;
import static io.talentradar.common.persistence.SetReads.forChunks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.talentradar.common.feed.FeedChanges;
import io.talentradar.common.feed.FeedFollower;
import io.talentradar.common.persistence.SetReads;
import io.talentradar.search.SearchIndex.Entry;
import io.talentradar.search.SearchIndex.Field;
import io.talentradar.search.SearchIndex.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Keeps the search index exact: every search reads the data version (one row); when it moved, the researchers
 * and labs the changes feed names since the index's position are read again and replace their entries (the
 * whole index is read at the first search, when the feed was purged past it, or after very many changes). So
 * a write through any instance is found by the next search on every instance, as with the indices. An
 * instance nobody searches follows the feed in the background ({@link FeedFollower}), so it does not fall
 * behind the feed's retention.
 */
@ApplicationScoped
public class SearchService implements FeedFollower.View {

    private static final Logger LOG = Logger.getLogger(SearchService.class);
    private static final int MAX_PATCH_ENTRIES = 10_000;

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private SearchIndex index;
    private long dataVersion = -1;
    private long feedSeq;

    SearchService(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** Reads the index once the service has started, off the start's path, so the first search is quick too. */
    void warmUp(@Observes StartupEvent started) {
        Thread warm = new Thread(
                () -> {
                    try {
                        search("warm up", Set.of("lab"), 1);
                    } catch (RuntimeException e) {
                        LOG.warnf("Search index not read at start (%s); the first search reads it", e.getMessage());
                    }
                },
                "search-warm-up");
        warm.setDaemon(true);
        warm.start();
    }

    public List<SearchResource.Hit> search(String query, Set<String> types, int limit) {
        long version = currentVersion();
        lock.readLock().lock();
        try {
            if (index != null && dataVersion == version) {
                return answer(query, types, limit);
            }
        } finally {
            lock.readLock().unlock();
        }
        lock.writeLock().lock();
        try {
            bringTo(version, true);
            lock.readLock().lock(); // downgrade: answer from the index just brought up to date
        } finally {
            lock.writeLock().unlock();
        }
        try {
            return answer(query, types, limit);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Follows writes through other instances on an instance not searched ({@link FeedFollower}). */
    @Override
    public void follow() {
        long version = currentVersion();
        lock.writeLock().lock();
        try {
            bringTo(version, false);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Under the write lock: the index brought up to {@code version}; none is read unless {@code build}. */
    private void bringTo(long version, boolean build) {
        if (index == null ? build : dataVersion != version) {
            SetReads.inSnapshot(dataSource, this::catchUp);
        }
    }

    /** The data version the index answers for (-1 before it is read). */
    long version() {
        lock.readLock().lock();
        try {
            return dataVersion;
        } finally {
            lock.readLock().unlock();
        }
    }

    private List<SearchResource.Hit> answer(String query, Set<String> types, int limit) {
        return index.search(query, types, limit).stream()
                .map(h -> new SearchResource.Hit(
                        h.entry().type(),
                        h.entry().slug(),
                        h.entry().name(),
                        index.labSlug(h.entry().labId()),
                        h.match().name(),
                        h.field().label(),
                        h.field().text()))
                .toList();
    }

    private long currentVersion() {
        return SetReads.dataVersion(dataSource);
    }

    /** Under the write lock, in one repeatable-read transaction. */
    private Void catchUp(Connection c) throws SQLException {
        FeedChanges.Position position = FeedChanges.position(c);
        FeedChanges.Touched touched = index == null || position.purgedThrough() > feedSeq
                ? null
                : FeedChanges.touched(c, json, feedSeq, position.feedSeq(), MAX_PATCH_ENTRIES);
        if (touched == null || index.dead() > index.size()) {
            long start = System.nanoTime();
            SearchIndex fresh = new SearchIndex();
            read(c, fresh, null, null);
            index = fresh;
            LOG.infof("Search index: %d entries read in %d ms", fresh.size(), (System.nanoTime() - start) / 1_000_000);
        } else {
            touched.labs().forEach(slug -> index.remove("lab", slug));
            touched.researchers().forEach(slug -> index.remove("researcher", slug));
            read(c, index, List.copyOf(touched.labs()), List.copyOf(touched.researchers()));
        }
        dataVersion = position.dataVersion();
        feedSeq = position.feedSeq();
        return null;
    }

    private static final String LABS = "select id, slug, name, ror, openalex from lab";
    private static final String RESEARCHERS = "select id, slug, name, aliases, notable_work, orcid, openalex,"
            + " scholar, dblp, homepage, x_handle from researcher";

    /** Reads every lab and researcher, or (given slugs) those, into {@code into}. */
    private static void read(Connection c, SearchIndex into, List<String> labSlugs, List<String> researcherSlugs)
            throws SQLException {
        SetReads.Row lab = rs -> into.put(lab(rs));
        if (labSlugs == null) {
            each(c, LABS, lab);
        } else {
            forChunks(c, LABS + " where slug in (%s)", labSlugs, lab);
        }
        Map<Long, List<Field>> people = new HashMap<>();
        Map<Long, String[]> names = new HashMap<>();
        SetReads.Row researcher = rs -> {
            long id = rs.getLong(1);
            names.put(id, new String[] {rs.getString(2), rs.getString(3)});
            people.put(id, researcherFields(rs));
        };
        if (researcherSlugs == null) {
            each(c, RESEARCHERS, researcher);
        } else {
            forChunks(c, RESEARCHERS + " where slug in (%s)", researcherSlugs, researcher);
        }
        List<Long> ids = List.copyOf(people.keySet());
        SetReads.Row area = rs -> {
            List<Field> fields = people.get(rs.getLong(1));
            if (fields != null) {
                fields.add(new Field(Kind.EXPERTISE, "expertise", rs.getString(2)));
            }
        };
        Map<Long, Long> labOf = new HashMap<>();
        SetReads.Row current = rs -> labOf.put(rs.getLong(1), rs.getLong(2));
        String openStints = "select researcher_id, lab_id from affiliation where end_date is null and kind = 'PRIMARY'";
        if (researcherSlugs == null) {
            each(c, "select researcher_id, area from researcher_expertise", area);
            each(c, openStints, current);
        } else {
            forChunks(c, "select researcher_id, area from researcher_expertise where researcher_id in (%s)", ids, area);
            forChunks(c, openStints + " and researcher_id in (%s)", ids, current);
        }
        people.forEach((id, fields) ->
                into.put(new Entry("researcher", id, names.get(id)[0], names.get(id)[1], labOf.get(id), fields)));
    }

    private static Entry lab(ResultSet rs) throws SQLException {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(Kind.NAME, "name", rs.getString(3)));
        fields.add(new Field(Kind.SLUG, "slug", rs.getString(2)));
        optional(fields, "ror", rs.getString(4));
        optional(fields, "openalex", rs.getString(5));
        return new Entry("lab", rs.getLong(1), rs.getString(2), rs.getString(3), null, fields);
    }

    private static List<Field> researcherFields(ResultSet rs) throws SQLException {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(Kind.NAME, "name", rs.getString(3)));
        fields.add(new Field(Kind.SLUG, "slug", rs.getString(2)));
        SetReads.lines(rs.getString(4)).forEach(a -> fields.add(new Field(Kind.ALIAS, "alias", a)));
        String[] ids = {"orcid", "openalex", "scholar", "dblp", "homepage", "x"};
        for (int i = 0; i < ids.length; i++) {
            optional(fields, ids[i], rs.getString(6 + i));
        }
        SetReads.lines(rs.getString(5)).forEach(w -> fields.add(new Field(Kind.NOTABLE_WORK, "notableWork", w)));
        return fields;
    }

    private static void optional(List<Field> fields, String label, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(new Field(Kind.EXTERNAL_ID, label, value));
        }
    }
}
