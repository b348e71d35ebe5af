package io.talentradar.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntUnaryOperator;

/**
 * An immutable, compact copy of everything the scoring model reads: labs with their parents, researchers
 * with seniority, expertise areas and notable-work counts, stints and departures. Columns are primitive
 * arrays indexed by position, so a full ranking is a few linear passes without allocation per row.
 * Departures are kept sorted by date, so a window is found by binary search.
 */
public final class Snapshot {

    static final int UNKNOWN_START = Integer.MIN_VALUE;
    static final int OPEN_END = Integer.MAX_VALUE;

    // labs
    final String[] labSlug;
    final int[] labParent;
    final int[] labTop;
    // researchers
    final String[] researcherSlug;
    final Seniority[] seniority;
    final int[] notableWorks;
    final String[][] areas;
    // stints
    final int[] stintResearcher;
    final int[] stintLab;
    final int[] stintStart;
    final int[] stintEnd;
    // departures, sorted by date
    final long[] departureId;
    final int[] departureResearcher;
    final int[] departureFrom;
    final int[] departureTo;
    final int[] departureDate;
    final double[] departureTenure;
    final DestinationType[] destination;
    final Confidence[] confidence;

    /** Researcher weights per (model, expertise): derived, so computed once per snapshot on first use. */
    private final Map<List<Object>, TalentIndexCalculator.Weights> weights =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final java.util.Set<String> knownAreas;
    private final Map<String, Integer> labIndex;
    private final Map<String, Integer> researcherIndex;

    // Per-lab indexes (compressed rows: the entries of lab i are [offset[i], offset[i + 1])), so one lab's
    // figures read only its own stints and departures. Departures keep their date order inside a lab.
    final int[] labStintOffset;
    final int[] labStints;
    final int[] fromOffset;
    final int[] departuresFrom;
    final int[] toOffset;
    final int[] departuresTo;
    /** The labs whose top-most ancestor is lab i (itself included). */
    final int[] groupOffset;

    final int[] groupMembers;

    private Snapshot(Builder b) {
        int labs = b.labSlugs.size();
        labSlug = b.labSlugs.toArray(String[]::new);
        labIndex = index(labSlug);
        labParent = new int[labs];
        for (int i = 0; i < labs; i++) {
            Long parentId = b.labParentIds.get(i);
            labParent[i] = parentId == null ? -1 : b.labById(parentId);
        }
        labTop = tops(labParent, labSlug);

        int researchers = b.researcherSlugs.size();
        researcherSlug = b.researcherSlugs.toArray(String[]::new);
        seniority = b.seniorities.toArray(Seniority[]::new);
        notableWorks = b.notable.stream().mapToInt(Integer::intValue).toArray();
        areas = new String[researchers][];
        for (int r = 0; r < researchers; r++) {
            List<String> list = b.areaLists.get(r);
            areas[r] = list == null ? new String[0] : list.toArray(String[]::new);
        }
        knownAreas = new java.util.HashSet<>();
        for (String[] list : areas) {
            knownAreas.addAll(Arrays.asList(list));
        }
        researcherIndex = index(researcherSlug);

        int stints = b.stintCount;
        stintResearcher = Arrays.copyOf(b.sR, stints);
        stintLab = Arrays.copyOf(b.sLab, stints);
        stintStart = Arrays.copyOf(b.sStart, stints);
        stintEnd = Arrays.copyOf(b.sEnd, stints);

        int n = b.depCount;
        int[] order = byDateThenId(b.dDate, b.dId, n);
        departureId = new long[n];
        departureResearcher = new int[n];
        departureFrom = new int[n];
        departureTo = new int[n];
        departureDate = new int[n];
        departureTenure = new double[n];
        destination = new DestinationType[n];
        confidence = new Confidence[n];
        for (int i = 0; i < n; i++) {
            int k = order[i];
            departureId[i] = b.dId[k];
            departureResearcher[i] = b.dR[k];
            departureFrom[i] = b.dFrom[k];
            departureTo[i] = b.dTo[k];
            departureDate[i] = b.dDate[k];
            departureTenure[i] = b.dTenure[k];
            destination[i] = b.dDest[k];
            confidence[i] = b.dConf[k];
        }

        labStintOffset = new int[labs + 1];
        labStints = rows(labs, stintLab, labStintOffset);
        fromOffset = new int[labs + 1];
        departuresFrom = rows(labs, departureFrom, fromOffset);
        toOffset = new int[labs + 1];
        departuresTo = rows(labs, departureTo, toOffset);
        groupOffset = new int[labs + 1];
        groupMembers = rows(labs, labTop, groupOffset);
    }

    private static Map<String, Integer> index(String[] slugs) {
        Map<String, Integer> index = new HashMap<>(slugs.length * 2);
        for (int i = 0; i < slugs.length; i++) {
            index.put(slugs[i], i);
        }
        return index;
    }

    /** Each lab's top-most ancestor (itself when it has no parent); a cycle of parents is refused. */
    private static int[] tops(int[] parent, String[] slug) {
        int[] top = new int[parent.length];
        for (int i = 0; i < parent.length; i++) {
            int t = i;
            for (int steps = 0; parent[t] >= 0; steps++) {
                if (steps > parent.length) {
                    throw new IllegalArgumentException("lab parents form a cycle at " + slug[i]);
                }
                t = parent[t];
            }
            top[i] = t;
        }
        return top;
    }

    /** The positions 0..n-1 ordered by (date, id), sorted through primitive keys: date high, position low. */
    private static int[] byDateThenId(int[] date, long[] id, int n) {
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = ((long) date[i] << 32) | i;
        }
        Arrays.sort(keys);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) keys[i];
        }
        boolean byId = true;
        for (int i = 1; i < n && byId; i++) {
            byId = id[i - 1] < id[i];
        }
        if (byId) { // rows came in id order (as the loader reads them): position order is id order
            return order;
        }
        for (int i = 0; i < n; ) { // break date ties by id explicitly
            int j = i + 1;
            while (j < n && date[order[j]] == date[order[i]]) {
                j++;
            }
            if (j - i > 1) {
                Integer[] tie = new Integer[j - i];
                for (int x = i; x < j; x++) {
                    tie[x - i] = order[x];
                }
                Arrays.sort(tie, (x, y) -> Long.compare(id[x], id[y]));
                for (int x = i; x < j; x++) {
                    order[x] = tie[x - i];
                }
            }
            i = j;
        }
        return order;
    }

    /** The first position in [from, to) whose day is after {@code day}, the days ascending: one binary search. */
    static int firstAfter(IntUnaryOperator dayAt, int from, int to, int day) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (dayAt.applyAsInt(mid) <= day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Groups positions 0..n-1 by {@code key[position]} (negative keys left out), keeping their order. */
    private static int[] rows(int keys, int[] key, int[] offset) {
        for (int k : key) {
            if (k >= 0) {
                offset[k + 1]++;
            }
        }
        for (int i = 0; i < keys; i++) {
            offset[i + 1] += offset[i];
        }
        int[] next = Arrays.copyOf(offset, keys);
        int[] rows = new int[offset[keys]];
        for (int position = 0; position < key.length; position++) {
            if (key[position] >= 0) {
                rows[next[key[position]]++] = position;
            }
        }
        return rows;
    }

    /**
     * The total mass on a day, in O(log n): the weights of stints started by then minus those ended by
     * then, from prefix sums over the stints ordered by start and by end.
     */
    static final class MassTimeline {
        private final int[] starts;
        private final double[] startSums;
        private final int[] ends;
        private final double[] endSums;

        MassTimeline(Snapshot s, double[] weight) {
            int n = 0;
            for (int k = 0; k < s.stintResearcher.length; k++) {
                if (!Double.isNaN(weight[s.stintResearcher[k]])) {
                    n++;
                }
            }
            long[] byStart = new long[n];
            long[] byEnd = new long[n];
            int i = 0;
            for (int k = 0; k < s.stintResearcher.length; k++) {
                if (!Double.isNaN(weight[s.stintResearcher[k]])) {
                    byStart[i] = ((long) s.stintStart[k] << 32) | k;
                    byEnd[i] = ((long) s.stintEnd[k] << 32) | k;
                    i++;
                }
            }
            Arrays.sort(byStart);
            Arrays.sort(byEnd);
            starts = new int[n];
            ends = new int[n];
            startSums = new double[n + 1];
            endSums = new double[n + 1];
            for (int j = 0; j < n; j++) {
                starts[j] = (int) (byStart[j] >> 32);
                startSums[j + 1] = startSums[j] + weight[s.stintResearcher[(int) byStart[j]]];
                ends[j] = (int) (byEnd[j] >> 32);
                endSums[j + 1] = endSums[j] + weight[s.stintResearcher[(int) byEnd[j]]];
            }
        }

        /** Sum of w over stints with start <= day < end. */
        double massOn(int day) {
            return startSums[countAtMost(starts, day)] - endSums[countAtMost(ends, day)];
        }

        private static int countAtMost(int[] sorted, int day) {
            return firstAfter(i -> sorted[i], 0, sorted.length, day);
        }
    }

    public int labCount() {
        return labSlug.length;
    }

    public int researcherCount() {
        return researcherSlug.length;
    }

    public int stintCount() {
        return stintResearcher.length;
    }

    public int departureCount() {
        return departureId.length;
    }

    public Optional<Integer> lab(String slug) {
        return Optional.ofNullable(labIndex.get(slug));
    }

    public Optional<Integer> researcher(String slug) {
        return Optional.ofNullable(researcherIndex.get(slug));
    }

    /** Whether any researcher has this expertise area. */
    public boolean hasArea(String area) {
        return knownAreas.contains(area);
    }

    public String labSlug(int lab) {
        return labSlug[lab];
    }

    /** The lab's top-most ancestor (itself when it has no parent). */
    public int topOf(int lab) {
        return labTop[lab];
    }

    TalentIndexCalculator.Weights weights(
            ScoringModel model, String expertise, java.util.function.Supplier<TalentIndexCalculator.Weights> compute) {
        return weights.computeIfAbsent(java.util.Arrays.asList(model, expertise), k -> compute.get());
    }

    /** The first position in {@code rows[from..to)} (departures in date order) dated after {@code day}. */
    int firstAfter(int[] rows, int from, int to, int day) {
        return firstAfter(i -> departureDate[rows[i]], from, to, day);
    }

    /** The index of the first departure dated after {@code day}. */
    int firstDepartureAfter(int day) {
        return firstAfter(i -> departureDate[i], 0, departureDate.length, day);
    }

    static int day(LocalDate date, int ifNull) {
        return date == null ? ifNull : (int) date.toEpochDay();
    }

    /** Builds a snapshot from rows keyed by database ids; labs and researchers come before what refers to them. */
    public static final class Builder {
        private final List<String> labSlugs = new ArrayList<>();
        private final List<Long> labParentIds = new ArrayList<>();
        private final Map<Long, Integer> labIds = new HashMap<>();
        private final List<String> researcherSlugs = new ArrayList<>();
        private final List<Seniority> seniorities = new ArrayList<>();
        private final List<Integer> notable = new ArrayList<>();
        private final Map<Integer, List<String>> areaLists = new HashMap<>();
        private final Map<Long, Integer> researcherIds = new HashMap<>();
        private int stintCount;
        private int[] sR = new int[16];
        private int[] sLab = new int[16];
        private int[] sStart = new int[16];
        private int[] sEnd = new int[16];
        private int depCount;
        private long[] dId = new long[16];
        private int[] dR = new int[16];
        private int[] dFrom = new int[16];
        private int[] dTo = new int[16];
        private int[] dDate = new int[16];
        private double[] dTenure = new double[16];
        private DestinationType[] dDest = new DestinationType[16];
        private Confidence[] dConf = new Confidence[16];

        public Builder lab(long id, String slug, Long parentId) {
            labIds.put(id, labSlugs.size());
            labSlugs.add(slug);
            labParentIds.add(parentId);
            return this;
        }

        public Builder researcher(long id, String slug, Seniority seniority, int notableWorks) {
            researcherIds.put(id, researcherSlugs.size());
            researcherSlugs.add(slug);
            seniorities.add(seniority);
            notable.add(notableWorks);
            return this;
        }

        public Builder expertise(long researcherId, String area) {
            areaLists
                    .computeIfAbsent(researcherById(researcherId), k -> new ArrayList<>(3))
                    .add(area);
            return this;
        }

        public Builder stint(long researcherId, long labId, LocalDate start, LocalDate end) {
            if (stintCount == sR.length) {
                int size = sR.length * 2;
                sR = Arrays.copyOf(sR, size);
                sLab = Arrays.copyOf(sLab, size);
                sStart = Arrays.copyOf(sStart, size);
                sEnd = Arrays.copyOf(sEnd, size);
            }
            sR[stintCount] = researcherById(researcherId);
            sLab[stintCount] = labById(labId);
            sStart[stintCount] = day(start, UNKNOWN_START);
            sEnd[stintCount] = day(end, OPEN_END);
            stintCount++;
            return this;
        }

        /** @param tenureYears the departure's tenure (derived or stated); null counts as 0 */
        public Builder departure(
                long id,
                long researcherId,
                long fromLabId,
                Long toLabId,
                LocalDate date,
                Double tenureYears,
                DestinationType destination,
                Confidence confidence) {
            if (depCount == dId.length) {
                int size = dId.length * 2;
                dId = Arrays.copyOf(dId, size);
                dR = Arrays.copyOf(dR, size);
                dFrom = Arrays.copyOf(dFrom, size);
                dTo = Arrays.copyOf(dTo, size);
                dDate = Arrays.copyOf(dDate, size);
                dTenure = Arrays.copyOf(dTenure, size);
                dDest = Arrays.copyOf(dDest, size);
                dConf = Arrays.copyOf(dConf, size);
            }
            dId[depCount] = id;
            dR[depCount] = researcherById(researcherId);
            dFrom[depCount] = labById(fromLabId);
            dTo[depCount] = toLabId == null ? -1 : labById(toLabId);
            dDate[depCount] = (int) date.toEpochDay();
            dTenure[depCount] = tenureYears == null ? 0 : tenureYears;
            dDest[depCount] = destination;
            dConf[depCount] = confidence;
            depCount++;
            return this;
        }

        public Snapshot build() {
            return new Snapshot(this);
        }

        private int labById(long id) {
            Integer index = labIds.get(id);
            if (index == null) {
                throw new IllegalArgumentException("unknown lab id " + id);
            }
            return index;
        }

        private int researcherById(long id) {
            Integer index = researcherIds.get(id);
            if (index == null) {
                throw new IllegalArgumentException("unknown researcher id " + id);
            }
            return index;
        }
    }
}
