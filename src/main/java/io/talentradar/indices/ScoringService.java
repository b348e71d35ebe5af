package io.talentradar.indices;

import io.talentradar.common.error.ProblemException;
import io.talentradar.common.feed.FeedFollower;
import io.talentradar.common.persistence.Background;
import io.talentradar.common.persistence.DataVersion;
import io.talentradar.scoring.ExodusSignal;
import io.talentradar.scoring.FlowEdge;
import io.talentradar.scoring.HistoryConflictException;
import io.talentradar.scoring.HypotheticalDeparture;
import io.talentradar.scoring.IndexQuery;
import io.talentradar.scoring.LabIndices;
import io.talentradar.scoring.Ranking;
import io.talentradar.scoring.Scenario;
import io.talentradar.scoring.Snapshot;
import io.talentradar.scoring.TalentIndexCalculator;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Answers index queries from a cached {@link Snapshot}. The cache is keyed by the database's data version
 * (one cheap read per request), so a write committed through any instance is reflected by the next answer
 * of every instance. After a write the snapshot is brought up to date by applying the changes feed's entries
 * since it (only the researchers they name are read again), so a reader waits for those changes, not for a
 * full reload; a full read happens at start and when the feed no longer holds the entries needed. A write
 * through this instance starts that patch as soon as it commits, in the background, so the next reader
 * usually finds the snapshot current; writes through other instances are patched in at the next read, and in
 * the background every minute ({@link FeedFollower}), so an idle instance does not fall behind the feed.
 */
@ApplicationScoped
public class ScoringService implements FeedFollower.View {

    private static final Logger LOG = Logger.getLogger(ScoringService.class);

    private final SnapshotLoader loader;
    private final TalentIndexCalculator calculator;
    private final Object rebuildLock = new Object();
    private volatile SnapshotLoader.Versioned cached;
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private final ExecutorService refresher =
            Executors.newSingleThreadExecutor(Background.daemon("scoring-snapshot-refresh"));

    ScoringService(SnapshotLoader loader, TalentIndexCalculator calculator) {
        this.loader = loader;
        this.calculator = calculator;
    }

    /**
     * The snapshot of the current data version, brought up to date when a write has committed since the last
     * one. A request takes it once and hands it to the methods below, so it reads the version once.
     */
    public Snapshot snapshot() {
        long version = loader.currentVersion();
        SnapshotLoader.Versioned current = cached;
        if (current != null && current.version() >= version) {
            return current.snapshot();
        }
        synchronized (rebuildLock) {
            current = cached;
            if (current != null && current.version() >= version) {
                return current.snapshot();
            }
            long started = System.nanoTime();
            SnapshotLoader.Versioned loaded = current == null ? loader.load() : loader.update(current);
            LOG.debugf(
                    "Scoring snapshot at data version %d %s in %d ms",
                    (Object) loaded.version(),
                    loaded.patched() ? "patched" : "read whole",
                    (System.nanoTime() - started) / 1_000_000);
            cached = loaded;
            return loaded.snapshot();
        }
    }

    /**
     * After a write of this instance commits: bring the snapshot up to date in the background (one refresh
     * queued at a time; it patches in every write committed by the time it runs). Nothing before the first read.
     */
    void afterWrite(@Observes(during = TransactionPhase.AFTER_SUCCESS) DataVersion.Bumped bumped) {
        if (cached != null && refreshQueued.compareAndSet(false, true)) {
            refresher.execute(() -> {
                refreshQueued.set(false);
                try {
                    snapshot();
                } catch (RuntimeException e) { // the next reader tries again, and reports it
                    LOG.debugf(e, "Scoring snapshot: the refresh after a write failed");
                }
            });
        }
    }

    /** Follows writes through other instances on an instance not read from ({@link FeedFollower}). */
    @Override
    public void follow() {
        if (cached != null) {
            snapshot();
        }
    }

    @PreDestroy
    void stop() {
        Background.stop(refresher);
    }

    /** The cached snapshot with its labels (null before the first request). */
    SnapshotLoader.Versioned current() {
        return cached;
    }

    public int requireLab(Snapshot snapshot, String slug) {
        return snapshot.lab(slug).orElseThrow(() -> ProblemException.notFound("lab", slug));
    }

    public LabIndices lab(Snapshot s, String slug, IndexQuery query) {
        return calculator.lab(s, requireLab(s, slug), query);
    }

    /** Monthly points from {@code from} (day of month kept, clamped) while not after {@code to}. */
    public IndexResponses.History history(Snapshot s, String slug, IndexQuery query, LocalDate from, LocalDate to) {
        int lab = requireLab(s, slug);
        List<IndexResponses.Point> points = new ArrayList<>();
        for (int i = 0; !from.plusMonths(i).isAfter(to); i++) {
            LocalDate date = from.plusMonths(i);
            LabIndices f = calculator.lab(s, lab, query.at(date).explained(false));
            points.add(new IndexResponses.Point(date, f.tci(), f.sli(), f.sgi(), f.netFlow()));
        }
        String shown = query.rollup() ? s.labSlug(s.topOf(lab)) : slug;
        return new IndexResponses.History(
                shown, query.window(), query.halfLife(), query.expertise(), query.rollup(), points);
    }

    public Ranking ranking(Snapshot s, IndexQuery query) {
        return calculator.rank(s, query);
    }

    public List<FlowEdge> flows(Snapshot s, IndexQuery query) {
        return calculator.flows(s, query);
    }

    public List<ExodusSignal> signals(Snapshot s, IndexQuery query, String labSlug) {
        return calculator.signals(s, query, labSlug == null ? -1 : requireLab(s, labSlug));
    }

    public record ScenarioOutcome(IndexQuery query, Ranking before, Ranking after, List<String> labs) {}

    /** Applies the hypothetical departures on top of the current snapshot; stores nothing. */
    public ScenarioOutcome scenario(@Valid @NotNull ScenarioRequest request, IndexParams params) {
        Snapshot s = snapshot();
        IndexQuery parsed = params.toQuery(calculator.model(), s);
        IndexQuery query = request.asOf() == null ? parsed : parsed.at(request.asOf());
        List<HypotheticalDeparture> moves = request.departures().stream()
                .map(m -> new HypotheticalDeparture(
                        m.researcherSlug(), m.toLabSlug(), m.destinationType(), m.date(), m.confidence()))
                .toList();
        for (int i = 0; i < moves.size(); i++) {
            HypotheticalDeparture move = moves.get(i);
            if (s.researcher(move.researcher()).isEmpty()) {
                throw ProblemException.invalid(
                        "departures[" + i + "].researcherSlug", "no researcher with slug '" + move.researcher() + "'");
            }
            if (move.toLab() != null && s.lab(move.toLab()).isEmpty()) {
                throw ProblemException.invalid(
                        "departures[" + i + "].toLabSlug", "no lab with slug '" + move.toLab() + "'");
            }
        }
        Scenario scenario;
        try {
            scenario = Scenario.apply(s, moves);
        } catch (HistoryConflictException e) {
            throw ProblemException.conflict("history-conflict", e.getMessage());
        }
        List<String> labs = new ArrayList<>();
        for (String lab : scenario.labs()) {
            String shown = query.rollup() ? s.labSlug(s.topOf(s.lab(lab).orElseThrow())) : lab;
            if (!labs.contains(shown)) {
                labs.add(shown);
            }
        }
        return new ScenarioOutcome(query, calculator.rank(s, query), calculator.rank(scenario.after(), query), labs);
    }
}
