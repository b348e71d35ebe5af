package io.talentradar.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.talentradar.common.feed.ChangeFeed;
import io.talentradar.common.feed.ChangeItem;
import io.talentradar.indices.ScoringService;
import io.talentradar.scoring.ExodusSignal;
import io.talentradar.scoring.IndexQuery;
import io.talentradar.scoring.LabIndices;
import io.talentradar.scoring.ScoringModel;
import io.talentradar.scoring.Snapshot;
import io.talentradar.watch.WatchlistDtos.Threshold;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Events derived from the data rather than written by a client: a senior exodus that a departure starts or
 * extends, and a watchlist threshold that an index crosses. Each is a {@code signal} entry in the feed, so it
 * reaches streams, watchlists and webhooks like any other change.
 */
@ApplicationScoped
public class Signals {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChangeFeed feed;
    private final ScoringService scoring;
    private final ScoringModel model;
    private final WatchlistService watchlists;
    private final EntityManager em;

    Signals(
            ChangeFeed feed,
            ScoringService scoring,
            ScoringModel model,
            WatchlistService watchlists,
            EntityManager em) {
        this.feed = feed;
        this.scoring = scoring;
        this.model = model;
        this.watchlists = watchlists;
        this.em = em;
    }

    /**
     * Departures (in feed order) that make their origins' senior departures an exodus (STARTED) or add to one
     * (EXTENDED). The snapshot and each origin's episodes are read once for all of them: they describe the data
     * as it is now, whichever departure asks.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void exodus(List<ChangeItem> departures) {
        if (departures.isEmpty()) {
            return;
        }
        Snapshot snapshot = currentSnapshot();
        IndexQuery query = defaultsAsOf(LocalDate.now(ZoneOffset.UTC));
        Map<String, List<ExodusSignal>> episodes = new HashMap<>();
        for (ChangeItem departure : departures) {
            JsonNode d = parse(departure.after());
            String lab = d.path("fromLabSlug").asText();
            if (snapshot.lab(lab).isPresent()) {
                exodus(
                        departure,
                        lab,
                        d.path("researcherSlug").asText(),
                        LocalDate.parse(d.path("date").asText()),
                        episodes.computeIfAbsent(lab, l -> scoring.signals(snapshot, query, l)));
            }
        }
    }

    private void exodus(
            ChangeItem departure, String lab, String researcher, LocalDate date, List<ExodusSignal> episodes) {
        for (ExodusSignal episode : episodes) {
            if (!date.isBefore(episode.start())
                    && !date.isAfter(episode.end())
                    && episode.researchers().contains(researcher)) {
                // what the episode held when this departure was recorded: its members recorded up to it
                long known = ((Number) em.createNativeQuery(
                                        "select count(*) from departure d"
                                                + " join researcher r on r.id = d.researcher_id join lab l on l.id = d.from_lab_id"
                                                + " where l.slug = ?1 and r.slug in (?2) and d.departure_date between ?3 and ?4 and d.id <= ?5")
                                .setParameter(1, lab)
                                .setParameter(2, episode.researchers())
                                .setParameter(3, episode.start())
                                .setParameter(4, episode.end())
                                .setParameter(5, Long.parseLong(departure.id()))
                                .getSingleResult())
                        .longValue();
                if (known < model.exodusMinDepartures()) {
                    return; // not yet an exodus when it was recorded; a later departure starts it
                }
                String action = known == model.exodusMinDepartures() ? "STARTED" : "EXTENDED";
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("kind", episode.type().name());
                body.put("lab", lab);
                body.put("start", episode.start().toString());
                body.put("end", episode.end().toString());
                body.put("episodeCount", episode.count());
                body.put("count", known);
                body.put("severity", episode.severity());
                body.put("researchers", episode.researchers());
                body.put("departureId", departure.id());
                feed.append(
                        "signal", action, "senior-exodus:" + lab + ":" + episode.start(), lab, "system", null, body);
                return;
            }
        }
    }

    /**
     * Every watchlist threshold, evaluated on today's figures: a threshold whose side changed since it was last
     * evaluated (or that is crossed when first seen) adds a CROSSED signal naming its watchlist.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void thresholds(Instant now) {
        List<Watchlist> withThresholds = em.createQuery(
                        "select w from Watchlist w where w.thresholds <> '[]'", Watchlist.class)
                .getResultList();
        if (withThresholds.isEmpty()) {
            return;
        }
        Snapshot snapshot = currentSnapshot();
        IndexQuery query = defaultsAsOf(now.atOffset(ZoneOffset.UTC).toLocalDate());
        for (Watchlist w : withThresholds) {
            List<Threshold> thresholds = watchlists.thresholds(w);
            for (int i = 0; i < thresholds.size(); i++) {
                Threshold t = thresholds.get(i);
                if (snapshot.lab(t.lab()).isEmpty()) {
                    continue;
                }
                LabIndices figures = scoring.lab(snapshot, t.lab(), query);
                double value = switch (t.index()) {
                    case TCI -> figures.tci();
                    case SLI -> figures.sli();
                    case KPD -> figures.kpd();
                };
                boolean crossed = t.crossed(value);
                List<?> previous = em.createNativeQuery("select crossed from watch_threshold_state where"
                                + " watchlist_id = ?1 and threshold_no = ?2")
                        .setParameter(1, w.id)
                        .setParameter(2, i)
                        .getResultList();
                if (previous.isEmpty()) {
                    em.createNativeQuery(
                                    "insert into watch_threshold_state (watchlist_id, threshold_no, crossed, figure)"
                                            + " values (?1, ?2, ?3, ?4)")
                            .setParameter(1, w.id)
                            .setParameter(2, i)
                            .setParameter(3, crossed)
                            .setParameter(4, value)
                            .executeUpdate();
                } else {
                    em.createNativeQuery("update watch_threshold_state set crossed = ?3, figure = ?4 where"
                                    + " watchlist_id = ?1 and threshold_no = ?2")
                            .setParameter(1, w.id)
                            .setParameter(2, i)
                            .setParameter(3, crossed)
                            .setParameter(4, value)
                            .executeUpdate();
                }
                boolean was = !previous.isEmpty() && Boolean.TRUE.equals(previous.get(0));
                if (crossed && !was) {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("kind", "INDEX_THRESHOLD");
                    body.put("watchlistId", w.id);
                    body.put("lab", t.lab());
                    body.put("index", t.index().name());
                    body.put(t.above() != null ? "above" : "below", t.bound());
                    body.put("value", value);
                    body.put("asOf", query.asOf().toString());
                    feed.append("signal", "CROSSED", "threshold:" + w.id + ":" + i, t.lab(), "system", null, body);
                }
            }
        }
    }

    /** The scoring snapshot is read on its own connection, outside the caller's transaction. */
    /** The model's default window and half-life as of a day, over every expertise: what signals are judged on. */
    private IndexQuery defaultsAsOf(LocalDate day) {
        return new IndexQuery(day, model.defaultWindowDays(), model.defaultHalfLifeDays(), null, false, false);
    }

    private Snapshot currentSnapshot() {
        return QuarkusTransaction.suspendingExisting().call(scoring::snapshot);
    }

    private static JsonNode parse(String raw) {
        try {
            return JSON.readTree(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
