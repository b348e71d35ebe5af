package io.talentradar.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Computes the talent-concentration and strategic-loss indices of docs/scoring.md from a {@link Snapshot}.
 * Plain Java: no framework types, so it is unit-tested against hand calculations and benchmarked alone.
 * A ranking is one pass over the stints and one over the departures inside the window.
 */
public final class TalentIndexCalculator {

    private final ScoringModel model;

    public TalentIndexCalculator(ScoringModel model) {
        this.model = model;
    }

    public ScoringModel model() {
        return model;
    }

    /** Every lab's figures; under roll-up only top-most labs, each summing its descendants. */
    public Ranking rank(Snapshot s, IndexQuery q) {
        Pass p = pass(s, q);
        List<LabIndices> labs = new ArrayList<>();
        double hhi = 0;
        for (int lab = 0; lab < s.labCount(); lab++) {
            if (group(s, lab, q) != lab) {
                continue;
            }
            LabIndices figures = figures(s, p, lab, null);
            hhi += figures.tci() * figures.tci();
            labs.add(figures);
        }
        return new Ranking(hhi, model.hhiBand(hhi), p.totalMass, labs);
    }

    /**
     * One lab's figures (its top-most ancestor's under roll-up), explained when the query asks. Reads only
     * the lab's own stints and departures through the snapshot's per-lab indexes; the field's total mass
     * comes from a prefix-sum timeline, so the cost does not grow with the size of the field.
     */
    public LabIndices lab(Snapshot s, int lab, IndexQuery q) {
        int target = group(s, lab, q);
        Weights w = weights(s, q.expertise());
        int t = (int) q.asOf().toEpochDay();
        int before = t - q.window();
        Pass p = new Pass(s.labCount());
        p.totalMass = w.timeline(s).massOn(t);
        List<Contribution> contributions = q.explain() ? new ArrayList<>() : null;
        Snapshot.LabRows lr = s.labRows();
        for (int member : members(s, target, q)) {
            for (int i = lr.stintOffset[member]; i < lr.stintOffset[member + 1]; i++) {
                int k = lr.stints[i];
                int r = s.stintResearcher[k];
                if (w.counts(r)) {
                    addStint(
                            p,
                            target,
                            w.weight[r],
                            s.stintStart[k] <= t && t < s.stintEnd[k],
                            s.stintStart[k] <= before && before < s.stintEnd[k]);
                    if (contributions != null && s.stintStart[k] <= t && t < s.stintEnd[k]) {
                        contributions.add(Contribution.ofMass(s.researcherSlug[r], w.factors(r)));
                    }
                }
            }
            int[][] sides = {
                {lr.fromOffset[member], lr.fromOffset[member + 1]}, {lr.toOffset[member], lr.toOffset[member + 1]}
            };
            int[][] rows = {lr.from, lr.to};
            for (int side = 0; side < 2; side++) {
                int end = s.firstAfter(rows[side], sides[side][0], sides[side][1], t);
                for (int i = s.firstAfter(rows[side], sides[side][0], sides[side][1], before); i < end; i++) {
                    int d = rows[side][i];
                    int from = group(s, s.departureFrom[d], q);
                    int to = s.departureTo[d] < 0 ? -1 : group(s, s.departureTo[d], q);
                    // each move once: as a loss when read from its origin, as a gain from its destination
                    if (w.counts(s.departureResearcher[d]) && from != to && (side == 0 ? from : to) == target) {
                        addMove(s, p, w, d, from, to, t, q.halfLife(), side == 0, contributions);
                    }
                }
            }
        }
        if (contributions != null) {
            contributions.sort(Comparator.comparing(Contribution::index)
                    .thenComparing(
                            Comparator.comparingDouble(Contribution::value).reversed())
                    .thenComparing(Contribution::researcher));
        }
        return figures(s, p, target, contributions);
    }

    private static int[] members(Snapshot s, int target, IndexQuery q) {
        return q.rollup()
                ? Arrays.copyOfRange(
                        s.labRows().groupMembers, s.labRows().groupOffset[target], s.labRows().groupOffset[target + 1])
                : new int[] {target};
    }

    /** Edges between labs over the window, largest mass first. */
    public List<FlowEdge> flows(Snapshot s, IndexQuery q) {
        Weights w = weights(s, q.expertise());
        int t = (int) q.asOf().toEpochDay();
        Map<Long, double[]> edges = new HashMap<>();
        for (int d = s.firstDepartureAfter(t - q.window()); d < s.departureCount() && s.departureDate[d] <= t; d++) {
            int r = s.departureResearcher[d];
            if (!w.counts(r)) {
                continue;
            }
            int from = group(s, s.departureFrom[d], q);
            int to = s.departureTo[d] < 0 ? -1 : group(s, s.departureTo[d], q);
            if (from == to) {
                continue; // an internal move under roll-up
            }
            double[] edge = edges.computeIfAbsent(((long) from << 32) | (to & 0xffffffffL), k -> new double[2]);
            edge[0]++;
            edge[1] += w.weight[r];
        }
        List<FlowEdge> result = new ArrayList<>(edges.size());
        edges.forEach((key, edge) -> {
            int to = (int) (long) key;
            result.add(
                    new FlowEdge(s.labSlug[(int) (key >> 32)], to < 0 ? null : s.labSlug[to], (int) edge[0], edge[1]));
        });
        result.sort(Comparator.comparingDouble(FlowEdge::mass)
                .reversed()
                .thenComparing(FlowEdge::from)
                .thenComparing(e -> e.to() == null ? "" : e.to()));
        return result;
    }

    /** Senior-exodus episodes up to the as-of date, latest first; {@code onlyLab} &lt; 0 for every lab. */
    public List<ExodusSignal> signals(Snapshot s, IndexQuery q, int onlyLab) {
        Weights w = weights(s, q.expertise());
        int t = (int) q.asOf().toEpochDay();
        Map<Integer, List<Integer>> byLab = new HashMap<>();
        int end = s.firstDepartureAfter(t);
        int only = onlyLab < 0 ? -1 : group(s, onlyLab, q);
        int[] candidates = only < 0 ? null : candidates(s, q, only, end);
        for (int i = 0, n = candidates == null ? end : candidates.length; i < n; i++) {
            int d = candidates == null ? i : candidates[i];
            int r = s.departureResearcher[d];
            int from = group(s, s.departureFrom[d], q);
            boolean internal = s.departureTo[d] >= 0 && group(s, s.departureTo[d], q) == from;
            if (w.counts(r)
                    && !internal
                    && s.seniority[r].compareTo(model.exodusMinSeniority()) >= 0
                    && (only < 0 || from == only)) {
                byLab.computeIfAbsent(from, k -> new ArrayList<>()).add(d);
            }
        }
        List<ExodusSignal> signals = new ArrayList<>();
        byLab.forEach((lab, deps) -> episodes(s, w, q, lab, deps, signals));
        signals.sort(Comparator.comparing(ExodusSignal::end).reversed().thenComparing(ExodusSignal::lab));
        return signals;
    }

    /**
     * The departures before {@code end} (in date order) that may count for lab {@code only}: its own (and,
     * rolled up, its group's) through the per-lab index, so a signal check per recorded departure does not read
     * the whole field.
     */
    private static int[] candidates(Snapshot s, IndexQuery q, int only, int end) {
        Snapshot.LabRows lr = s.labRows();
        int[] members = members(s, only, q);
        int count = 0;
        for (int member : members) {
            count += lr.fromOffset[member + 1] - lr.fromOffset[member];
        }
        int[] found = new int[count];
        int n = 0;
        for (int member : members) {
            for (int i = lr.fromOffset[member]; i < lr.fromOffset[member + 1] && lr.from[i] < end; i++) {
                found[n++] = lr.from[i];
            }
        }
        found = Arrays.copyOf(found, n);
        Arrays.sort(found); // positions are date order: members' rows merged back into it
        return found;
    }

    private void episodes(Snapshot s, Weights w, IndexQuery q, int lab, List<Integer> deps, List<ExodusSignal> out) {
        int n = deps.size();
        int episodeFirst = -1;
        int episodeLast = -1;
        int j = 0;
        for (int i = 0; i < n; i++) {
            // deps[i..j) all fall within one span of exodusSpanDays starting at deps[i]
            j = Math.max(j, i);
            while (j < n && s.departureDate[deps.get(j)] - s.departureDate[deps.get(i)] < model.exodusSpanDays()) {
                j++;
            }
            if (j - i >= model.exodusMinDepartures()) {
                if (episodeFirst >= 0 && i <= episodeLast) {
                    episodeLast = Math.max(episodeLast, j - 1);
                } else {
                    if (episodeFirst >= 0) {
                        out.add(signal(s, w, q, lab, deps.subList(episodeFirst, episodeLast + 1)));
                    }
                    episodeFirst = i;
                    episodeLast = j - 1;
                }
            }
        }
        if (episodeFirst >= 0) {
            out.add(signal(s, w, q, lab, deps.subList(episodeFirst, episodeLast + 1)));
        }
    }

    private ExodusSignal signal(Snapshot s, Weights w, IndexQuery q, int lab, List<Integer> deps) {
        int endDay = s.departureDate[deps.get(deps.size() - 1)];
        double severity = 0;
        LinkedHashSet<String> researchers = new LinkedHashSet<>();
        for (int d : deps) {
            severity += term(s, w, d, endDay, q.halfLife(), true);
            researchers.add(s.researcherSlug[s.departureResearcher[d]]);
        }
        return new ExodusSignal(
                SignalType.SENIOR_EXODUS,
                s.labSlug[lab],
                LocalDate.ofEpochDay(s.departureDate[deps.get(0)]),
                LocalDate.ofEpochDay(endDay),
                deps.size(),
                severity,
                List.copyOf(researchers));
    }

    // ---- the passes ------------------------------------------------------------------------------

    private static int group(Snapshot s, int lab, IndexQuery q) {
        return q.rollup() ? s.labTop[lab] : lab;
    }

    /** Sums per lab: masses and head counts at T and T - W, losses, gains and counts in the window. */
    private static final class Pass {
        Pass(int labs) {
            mass = new double[labs];
            sumSquares = new double[labs];
            headcount = new int[labs];
            headcountBefore = new int[labs];
            loss = new double[labs];
            gain = new double[labs];
            departures = new int[labs];
            arrivals = new int[labs];
        }

        double[] mass;
        double[] sumSquares;
        int[] headcount;
        int[] headcountBefore;
        double[] loss;
        double[] gain;
        int[] departures;
        int[] arrivals;
        double totalMass;
    }

    private Pass pass(Snapshot s, IndexQuery q) {
        Pass p = new Pass(s.labCount());
        Weights w = weights(s, q.expertise());
        int t = (int) q.asOf().toEpochDay();
        int before = t - q.window();
        int[] stintLab = s.stintLab;
        int[] stintStart = s.stintStart;
        int[] stintEnd = s.stintEnd;
        int[] stintResearcher = s.stintResearcher;
        int[] top = q.rollup() ? s.labTop : null;
        for (int k = 0; k < stintLab.length; k++) {
            int start = stintStart[k];
            int end = stintEnd[k];
            boolean now = start <= t && t < end;
            boolean then = start <= before && before < end;
            if (!now && !then) {
                continue;
            }
            double wr = w.weight[stintResearcher[k]];
            if (!Double.isNaN(wr)) {
                addStint(p, top == null ? stintLab[k] : top[stintLab[k]], wr, now, then);
                if (now) {
                    p.totalMass += wr;
                }
            }
        }
        for (int d = s.firstDepartureAfter(before); d < s.departureCount() && s.departureDate[d] <= t; d++) {
            int from = group(s, s.departureFrom[d], q);
            int to = s.departureTo[d] < 0 ? -1 : group(s, s.departureTo[d], q);
            if (w.counts(s.departureResearcher[d]) && from != to) { // a move inside a group is neither loss nor gain
                addMove(s, p, w, d, from, to, t, q.halfLife(), true, null);
                if (to >= 0) {
                    addMove(s, p, w, d, from, to, t, q.halfLife(), false, null);
                }
            }
        }
        return p;
    }

    private static void addStint(Pass p, int lab, double weight, boolean now, boolean then) {
        if (now) {
            p.mass[lab] += weight;
            p.sumSquares[lab] += weight * weight;
            p.headcount[lab]++;
        }
        if (then) {
            p.headcountBefore[lab]++;
        }
    }

    /** Adds departure d as a loss of its origin ({@code asLoss}) or a gain of its destination. */
    private void addMove(
            Snapshot s,
            Pass p,
            Weights w,
            int d,
            int from,
            int to,
            int t,
            double halfLife,
            boolean asLoss,
            List<Contribution> explain) {
        double value = term(s, w, d, t, halfLife, asLoss);
        if (asLoss) {
            p.loss[from] += value;
            p.departures[from]++;
        } else {
            p.gain[to] += value;
            p.arrivals[to]++;
        }
        if (explain != null) {
            int r = s.departureResearcher[d];
            explain.add(Contribution.ofMove(
                    asLoss ? IndexName.SLI : IndexName.SGI,
                    s.researcherSlug[r],
                    s.departureId[d],
                    LocalDate.ofEpochDay(s.departureDate[d]),
                    s.labSlug[s.departureFrom[d]],
                    s.departureTo[d] < 0 ? null : s.labSlug[s.departureTo[d]],
                    w.factors(r),
                    model.tenureFactor(s.departureTenure[d]),
                    asLoss ? model.destination().get(s.destination[d]) : null,
                    model.confidence().get(s.confidence[d]),
                    decay(t, s.departureDate[d], halfLife),
                    value));
        }
    }

    /**
     * The one formula of a departure's term as of day t: loss = w * tenure * destination * confidence *
     * decay; gain is the same without the destination factor.
     */
    private double term(Snapshot s, Weights w, int d, int t, double halfLife, boolean asLoss) {
        double value = w.weight[s.departureResearcher[d]]
                * model.tenureFactor(s.departureTenure[d])
                * model.confidence().get(s.confidence[d])
                * decay(t, s.departureDate[d], halfLife);
        return asLoss ? value * model.destination().get(s.destination[d]) : value;
    }

    private LabIndices figures(Snapshot s, Pass p, int lab, List<Contribution> contributions) {
        LabIndices.Sums sums = new LabIndices.Sums(
                p.mass[lab],
                p.totalMass,
                p.sumSquares[lab],
                p.loss[lab],
                p.gain[lab],
                p.headcount[lab],
                p.headcountBefore[lab],
                p.departures[lab],
                p.arrivals[lab]);
        boolean lowSample =
                sums.headcount() < model.lowSampleHeadcount() && sums.departures() < model.lowSampleDepartures();
        return LabIndices.of(s.labSlug[lab], sums, lowSample, contributions);
    }

    /** {@code 2^(-(T - date) / H)} with whole calendar days. */
    static double decay(int t, int date, double halfLife) {
        return Math.pow(2, -(t - date) / halfLife);
    }

    // ---- researcher weights ----------------------------------------------------------------------

    /** Per researcher: S, E, I and w = S * E * I; weight is NaN for a researcher who does not count. */
    static final class Weights {
        final double[] seniority;
        final double[] criticality;
        final double[] impact;
        final double[] weight;

        Weights(int n) {
            seniority = new double[n];
            criticality = new double[n];
            impact = new double[n];
            weight = new double[n];
        }

        private volatile Snapshot.MassTimeline timeline;

        boolean counts(int r) {
            return !Double.isNaN(weight[r]);
        }

        Contribution.Factors factors(int r) {
            return new Contribution.Factors(seniority[r], criticality[r], impact[r], weight[r]);
        }

        /** Built on the first single-lab query; a ranking does not need it. */
        Snapshot.MassTimeline timeline(Snapshot s) {
            Snapshot.MassTimeline built = timeline;
            if (built == null) {
                built = new Snapshot.MassTimeline(s, weight);
                timeline = built;
            }
            return built;
        }
    }

    Weights weights(Snapshot s, String expertise) {
        return s.weights(model, expertise, () -> computeWeights(s, expertise));
    }

    private Weights computeWeights(Snapshot s, String expertise) {
        int n = s.researcherCount();
        Weights w = new Weights(n);
        for (int r = 0; r < n; r++) {
            Seniority sen = s.seniority[r];
            double e;
            String[] areas = s.areas[r];
            if (expertise == null) {
                e = areas.length == 0 ? 1.0 : Double.NEGATIVE_INFINITY;
                for (String area : areas) {
                    e = Math.max(e, model.criticalityOf(area));
                }
            } else {
                e = Double.NaN;
                for (String area : areas) {
                    if (area.equals(expertise)) {
                        e = model.criticalityOf(expertise);
                    }
                }
            }
            w.seniority[r] = model.seniority().get(sen);
            w.criticality[r] = e;
            w.impact[r] = 1 + Math.log(1 + s.notableWorks[r]);
            w.weight[r] = w.seniority[r] * e * w.impact[r];
        }
        return w;
    }
}
