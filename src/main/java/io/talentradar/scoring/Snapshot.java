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
    private static final String[] NO_AREAS = new String[0];

    // labs, in the order given (the loader's: by id)
    final long[] labId;
    final String[] labSlug;
    final int[] labParent;
    final int[] labTop;
    // researchers, in the order given (the loader's: by id)
    final long[] researcherId;
    final String[] researcherSlug;
    final Seniority[] seniority;
    final int[] notableWorks;
    final String[][] areas;
    // stints, ordered by (researcher, start, lab, end): one order whatever order the rows came in
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

    private final Map<String, Integer> labIndex;
    // built on first use: a ranking needs neither, and a patched snapshot should not wait for them
    private volatile java.util.Set<String> knownAreas;
    private volatile Map<String, Integer> researcherIndex;
    private volatile LabRows labRows;

    /**
     * Per-lab indexes (compressed rows: the entries of lab i are [offset[i], offset[i + 1])), so one lab's
     * figures read only its own stints and departures. Departures keep their date order inside a lab. Built
     * on the first one-lab query.
     */
    static final class LabRows {
        final int[] stintOffset;
        final int[] stints;
        final int[] fromOffset;
        final int[] from;
        final int[] toOffset;
        final int[] to;
        /** The labs whose top-most ancestor is lab i (itself included). */
        final int[] groupOffset;

        final int[] groupMembers;

        private LabRows(Snapshot s) {
            int labs = s.labSlug.length;
            stintOffset = new int[labs + 1];
            stints = rows(labs, s.stintLab, stintOffset);
            fromOffset = new int[labs + 1];
            from = rows(labs, s.departureFrom, fromOffset);
            toOffset = new int[labs + 1];
            to = rows(labs, s.departureTo, toOffset);
            groupOffset = new int[labs + 1];
            groupMembers = rows(labs, s.labTop, groupOffset);
        }
    }

    LabRows labRows() {
        LabRows rows = labRows;
        if (rows == null) {
            synchronized (this) {
                rows = labRows;
                if (rows == null) {
                    rows = new LabRows(this);
                    labRows = rows;
                }
            }
        }
        return rows;
    }

    private Snapshot(Builder b) {
        int labs = b.labSlugs.size();
        labId = b.labIdList.stream().mapToLong(Long::longValue).toArray();
        labSlug = b.labSlugs.toArray(String[]::new);
        labIndex = index(labSlug);
        labParent = new int[labs];
        for (int i = 0; i < labs; i++) {
            Long parentId = b.labParentIds.get(i);
            labParent[i] = parentId == null ? -1 : b.labById(parentId);
        }
        labTop = tops(labParent, labSlug);

        int researchers = b.researcherCount;
        researcherId = exact(b.rId, researchers);
        researcherSlug = exact(b.rSlug, researchers);
        seniority = exact(b.rSeniority, researchers);
        notableWorks = exact(b.rNotable, researchers);
        areas = new String[researchers][];
        for (int r = 0; r < researchers; r++) {
            if (b.rAreas[r] != null) { // a patch's kept researcher: already sorted
                areas[r] = b.rAreas[r];
            } else {
                List<String> list = b.areaLists.get(r);
                areas[r] = list == null ? NO_AREAS : list.toArray(String[]::new);
                Arrays.sort(areas[r]);
            }
        }

        // rows that came in order (a loader's departures, a patch's merge) keep the builder's arrays
        int stints = b.stintCount;
        int[] stintOrder = stintOrder(b, researchers);
        stintResearcher = ordered(b.sR, stintOrder, stints);
        stintLab = ordered(b.sLab, stintOrder, stints);
        stintStart = ordered(b.sStart, stintOrder, stints);
        stintEnd = ordered(b.sEnd, stintOrder, stints);

        int n = b.depCount;
        int[] order = byDateThenId(b.dDate, b.dId, n);
        departureId = ordered(b.dId, order, n);
        departureResearcher = ordered(b.dR, order, n);
        departureFrom = ordered(b.dFrom, order, n);
        departureTo = ordered(b.dTo, order, n);
        departureDate = ordered(b.dDate, order, n);
        departureTenure = ordered(b.dTenure, order, n);
        destination = ordered(b.dDest, order, n);
        confidence = ordered(b.dConf, order, n);
    }

    // A builder column's first n values in the given order (null: as they are, the array itself when it fits)

    private static int[] ordered(int[] a, int[] order, int n) {
        if (order == null) {
            return exact(a, n);
        }
        int[] out = new int[n];
        Arrays.setAll(out, i -> a[order[i]]);
        return out;
    }

    private static long[] ordered(long[] a, int[] order, int n) {
        if (order == null) {
            return exact(a, n);
        }
        long[] out = new long[n];
        Arrays.setAll(out, i -> a[order[i]]);
        return out;
    }

    private static double[] ordered(double[] a, int[] order, int n) {
        if (order == null) {
            return exact(a, n);
        }
        double[] out = new double[n];
        Arrays.setAll(out, i -> a[order[i]]);
        return out;
    }

    private static <T> T[] ordered(T[] a, int[] order, int n) {
        if (order == null) {
            return exact(a, n);
        }
        T[] out = Arrays.copyOf(a, n);
        Arrays.setAll(out, i -> a[order[i]]);
        return out;
    }

    private static int[] exact(int[] a, int n) {
        return a.length == n ? a : Arrays.copyOf(a, n);
    }

    private static long[] exact(long[] a, int n) {
        return a.length == n ? a : Arrays.copyOf(a, n);
    }

    private static double[] exact(double[] a, int n) {
        return a.length == n ? a : Arrays.copyOf(a, n);
    }

    private static <T> T[] exact(T[] a, int n) {
        return a.length == n ? a : Arrays.copyOf(a, n);
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

    /** Compares stints k and j of the builder by (researcher, start, lab, end). */
    private static int compareStints(Builder b, int k, int j) {
        int c = Integer.compare(b.sR[k], b.sR[j]);
        if (c == 0) {
            c = Integer.compare(b.sStart[k], b.sStart[j]);
        }
        if (c == 0) {
            c = Integer.compare(b.sLab[k], b.sLab[j]);
        }
        return c != 0 ? c : Integer.compare(b.sEnd[k], b.sEnd[j]);
    }

    /**
     * The builder's stints in (researcher, start, lab, end) order, or null when they already are: grouped by
     * researcher in one counting pass, then each researcher's few stints sorted in place.
     */
    private static int[] stintOrder(Builder b, int researchers) {
        int n = b.stintCount;
        boolean sorted = true;
        for (int k = 1; k < n && sorted; k++) {
            sorted = compareStints(b, k - 1, k) <= 0;
        }
        if (sorted) {
            return null;
        }
        int[] offset = new int[researchers + 1];
        int[] order = rows(researchers, Arrays.copyOf(b.sR, n), offset);
        for (int r = 0; r < researchers; r++) {
            for (int i = offset[r] + 1; i < offset[r + 1]; i++) { // insertion sort: a researcher has few stints
                int k = order[i];
                int j = i - 1;
                while (j >= offset[r] && compareStints(b, order[j], k) > 0) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = k;
            }
        }
        return order;
    }

    /** The positions 0..n-1 ordered by (date, id) (null: they are), sorted through primitive keys: date high, position low. */
    private static int[] byDateThenId(int[] date, long[] id, int n) {
        boolean sorted = true;
        for (int i = 1; i < n && sorted; i++) {
            sorted = date[i - 1] < date[i] || (date[i - 1] == date[i] && id[i - 1] < id[i]);
        }
        if (sorted) { // a loader reads them in this order, a patch merges them in it
            return null;
        }
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
        Map<String, Integer> index = researcherIndex;
        if (index == null) { // racing threads build equal maps; either may stay
            index = index(researcherSlug);
            researcherIndex = index;
        }
        return Optional.ofNullable(index.get(slug));
    }

    /** Whether any researcher has this expertise area. */
    public boolean hasArea(String area) {
        java.util.Set<String> known = knownAreas;
        if (known == null) { // racing threads build equal sets; either may stay
            known = new java.util.HashSet<>();
            for (String[] list : areas) {
                known.addAll(Arrays.asList(list));
            }
            knownAreas = known;
        }
        return known.contains(area);
    }

    /**
     * The database ids of the researchers with these slugs, in one pass over the column: cheaper than building
     * the slug index of a snapshot that may never need it (one that a patch is about to replace).
     */
    public java.util.Set<Long> researcherIds(java.util.Set<String> slugs) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        for (int r = 0; r < researcherSlug.length && ids.size() < slugs.size(); r++) {
            if (slugs.contains(researcherSlug[r])) {
                ids.add(researcherId[r]);
            }
        }
        return ids;
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

    /**
     * This snapshot with the changes applied: the researchers they name replaced by their rows as they are now
     * (gone when the changes have none), with all their stints and departures, and the labs replaced when the
     * changes carry them. The answer equals a snapshot built from all rows as they are now, in the same
     * orders, so an instance that patches answers exactly what one that reloads does. Linear in the size of
     * the snapshot, without reading the database; throws {@link IllegalStateException} when a kept row names
     * a lab the changes removed (the caller then reloads).
     */
    public Snapshot with(Changes c) {
        Builder b = new Builder();
        int[] labMap = new int[labSlug.length];
        if (c.labs == null) {
            for (int i = 0; i < labSlug.length; i++) {
                b.lab(labId[i], labSlug[i], labParent[i] < 0 ? null : labId[labParent[i]]);
                labMap[i] = i;
            }
        } else {
            c.labs.forEach(l -> b.lab(l.id(), l.slug(), l.parentId()));
            for (int i = 0; i < labSlug.length; i++) {
                labMap[i] = b.labIds.getOrDefault(labId[i], -1);
            }
        }
        List<Changes.Researcher> fresh = new ArrayList<>(c.researcherRows);
        fresh.sort(java.util.Comparator.comparingLong(Changes.Researcher::id));
        b.reserveResearchers(researcherSlug.length - c.researchers.size() + fresh.size());
        int[] researcherMap = new int[researcherSlug.length];
        long[] replaced =
                c.researchers.stream().mapToLong(Long::longValue).sorted().toArray();
        int next = 0;
        for (int r = 0; r < researcherSlug.length; r++) {
            if (Arrays.binarySearch(replaced, researcherId[r]) >= 0) {
                researcherMap[r] = -1;
                continue;
            }
            for (; next < fresh.size() && fresh.get(next).id() < researcherId[r]; next++) {
                fresh.get(next).addTo(b);
            }
            researcherMap[r] = b.researcherCount;
            b.keptResearcher(researcherId[r], researcherSlug[r], seniority[r], notableWorks[r], areas[r]);
        }
        for (; next < fresh.size(); next++) {
            fresh.get(next).addTo(b);
        }
        int keptStints = 0;
        for (int r : stintResearcher) {
            keptStints += researcherMap[r] >= 0 ? 1 : 0;
        }
        int keptDepartures = 0;
        for (int r : departureResearcher) {
            keptDepartures += researcherMap[r] >= 0 ? 1 : 0;
        }
        b.reserve(keptStints + c.stints.size(), keptDepartures + c.departures.size());
        // the kept stints stay in (researcher, start, lab, end) order; the fresh ones are merged in by it
        int[][] stints = new int[c.stints.size()][];
        for (int i = 0; i < stints.length; i++) {
            Changes.Stint row = c.stints.get(i);
            stints[i] =
                    new int[] {b.researcherById(row.researcherId()), b.labById(row.labId()), row.start(), row.end()};
        }
        java.util.Comparator<int[]> byStint = java.util.Comparator.<int[]>comparingInt(x -> x[0])
                .thenComparingInt(x -> x[2])
                .thenComparingInt(x -> x[1])
                .thenComparingInt(x -> x[3]);
        Arrays.sort(stints, byStint);
        int st = 0;
        for (int k = 0; k < stintResearcher.length; k++) {
            int r = researcherMap[stintResearcher[k]];
            if (r < 0) {
                continue;
            }
            int lab = mapped(labMap, stintLab[k]);
            if (st < stints.length && stints[st][0] <= r) {
                int[] kept = {r, lab, stintStart[k], stintEnd[k]};
                for (; st < stints.length && byStint.compare(stints[st], kept) < 0; st++) {
                    b.stintAt(stints[st][0], stints[st][1], stints[st][2], stints[st][3]);
                }
            }
            b.stintAt(r, lab, stintStart[k], stintEnd[k]);
        }
        for (; st < stints.length; st++) {
            b.stintAt(stints[st][0], stints[st][1], stints[st][2], stints[st][3]);
        }
        List<Changes.Departure> departures = new ArrayList<>(c.departures);
        departures.sort(
                java.util.Comparator.comparingInt(Changes.Departure::day).thenComparingLong(Changes.Departure::id));
        int d = 0;
        for (int k = 0; k < departureId.length; k++) { // merge the kept (date, id)-ordered rows with the fresh ones
            int r = researcherMap[departureResearcher[k]];
            if (r < 0) {
                continue;
            }
            for (; d < departures.size() && before(departures.get(d), departureDate[k], departureId[k]); d++) {
                departures.get(d).addTo(b);
            }
            int to = departureTo[k] < 0 ? -1 : mapped(labMap, departureTo[k]);
            b.departureAt(
                    departureId[k],
                    r,
                    mapped(labMap, departureFrom[k]),
                    to,
                    departureDate[k],
                    departureTenure[k],
                    destination[k],
                    confidence[k]);
        }
        for (; d < departures.size(); d++) {
            departures.get(d).addTo(b);
        }
        return b.build();
    }

    private static boolean before(Changes.Departure fresh, int day, long id) {
        return fresh.day() < day || (fresh.day() == day && fresh.id() < id);
    }

    private static int mapped(int[] labMap, int lab) {
        if (labMap[lab] < 0) {
            throw new IllegalStateException("a kept row refers to a removed lab");
        }
        return labMap[lab];
    }

    /** Where rows read from the database go: a {@link Builder} (a whole snapshot) or {@link Changes} (a patch). */
    public interface Rows {
        Rows lab(long id, String slug, Long parentId);

        Rows researcher(long id, String slug, Seniority seniority, int notableWorks);

        Rows expertise(long researcherId, String area);

        Rows stint(long researcherId, long labId, LocalDate start, LocalDate end);

        /** @param tenureYears the departure's tenure (derived or stated); null counts as 0 */
        Rows departure(
                long id,
                long researcherId,
                long fromLabId,
                Long toLabId,
                LocalDate date,
                Double tenureYears,
                DestinationType destination,
                Confidence confidence);
    }

    /**
     * What changed since a snapshot, read fresh: every row of the researchers named (an id without rows is a
     * researcher deleted), and, when any lab changed, all labs.
     */
    public static final class Changes implements Rows {
        private final java.util.Set<Long> researchers = new java.util.HashSet<>();
        private final List<Researcher> researcherRows = new ArrayList<>();
        private final Map<Long, Researcher> researcherById = new HashMap<>();
        private final List<Stint> stints = new ArrayList<>();
        private final List<Departure> departures = new ArrayList<>();
        private List<Lab> labs;

        private record Lab(long id, String slug, Long parentId) {}

        private record Stint(long researcherId, long labId, int start, int end) {}

        private record Researcher(long id, String slug, Seniority seniority, int notableWorks, List<String> areas) {
            void addTo(Builder b) {
                b.researcher(id, slug, seniority, notableWorks);
                areas.forEach(area -> b.expertise(id, area));
            }
        }

        private record Departure(
                long id,
                long researcherId,
                long fromLabId,
                Long toLabId,
                int day,
                Double tenureYears,
                DestinationType destination,
                Confidence confidence) {
            void addTo(Builder b) {
                b.departure(
                        id,
                        researcherId,
                        fromLabId,
                        toLabId,
                        LocalDate.ofEpochDay(day),
                        tenureYears,
                        destination,
                        confidence);
            }
        }

        /** The researcher's rows are replaced by those given here (none: the researcher is gone). */
        public Changes replace(long researcherId) {
            researchers.add(researcherId);
            return this;
        }

        public java.util.Set<Long> replaced() {
            return java.util.Collections.unmodifiableSet(researchers);
        }

        public boolean isEmpty() {
            return researchers.isEmpty() && labs == null;
        }

        /** Adds a lab of the full list that replaces the snapshot's labs. */
        @Override
        public Changes lab(long id, String slug, Long parentId) {
            if (labs == null) {
                labs = new ArrayList<>();
            }
            labs.add(new Lab(id, slug, parentId));
            return this;
        }

        /** Marks the labs as replaced, even by none. */
        public Changes labsReplaced() {
            if (labs == null) {
                labs = new ArrayList<>();
            }
            return this;
        }

        @Override
        public Changes researcher(long id, String slug, Seniority seniority, int notableWorks) {
            Researcher row = new Researcher(id, slug, seniority, notableWorks, new ArrayList<>(3));
            researcherRows.add(row);
            researcherById.put(id, row);
            return this;
        }

        @Override
        public Changes expertise(long researcherId, String area) {
            Researcher row = researcherById.get(researcherId);
            if (row == null) {
                throw new IllegalArgumentException("unknown researcher id " + researcherId);
            }
            row.areas().add(area);
            return this;
        }

        @Override
        public Changes stint(long researcherId, long labId, LocalDate start, LocalDate end) {
            stints.add(new Stint(researcherId, labId, day(start, UNKNOWN_START), day(end, OPEN_END)));
            return this;
        }

        @Override
        public Changes departure(
                long id,
                long researcherId,
                long fromLabId,
                Long toLabId,
                LocalDate date,
                Double tenureYears,
                DestinationType destination,
                Confidence confidence) {
            departures.add(new Departure(
                    id,
                    researcherId,
                    fromLabId,
                    toLabId,
                    (int) date.toEpochDay(),
                    tenureYears,
                    destination,
                    confidence));
            return this;
        }
    }

    /** Same rows in the same order (what every index is computed from); derived caches are not compared. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Snapshot s
                && Arrays.equals(labId, s.labId)
                && Arrays.equals(labSlug, s.labSlug)
                && Arrays.equals(labParent, s.labParent)
                && Arrays.equals(researcherId, s.researcherId)
                && Arrays.equals(researcherSlug, s.researcherSlug)
                && Arrays.equals(seniority, s.seniority)
                && Arrays.equals(notableWorks, s.notableWorks)
                && Arrays.deepEquals(areas, s.areas)
                && Arrays.equals(stintResearcher, s.stintResearcher)
                && Arrays.equals(stintLab, s.stintLab)
                && Arrays.equals(stintStart, s.stintStart)
                && Arrays.equals(stintEnd, s.stintEnd)
                && Arrays.equals(departureId, s.departureId)
                && Arrays.equals(departureResearcher, s.departureResearcher)
                && Arrays.equals(departureFrom, s.departureFrom)
                && Arrays.equals(departureTo, s.departureTo)
                && Arrays.equals(departureDate, s.departureDate)
                && Arrays.equals(departureTenure, s.departureTenure)
                && Arrays.equals(destination, s.destination)
                && Arrays.equals(confidence, s.confidence);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(
                Arrays.hashCode(labSlug), Arrays.hashCode(researcherSlug), stintResearcher.length, departureId.length);
    }

    @Override
    public String toString() {
        return "Snapshot[" + labSlug.length + " labs, " + researcherSlug.length + " researchers, "
                + stintResearcher.length + " stints, " + departureId.length + " departures]";
    }

    /** Builds a snapshot from rows keyed by database ids; labs and researchers come before what refers to them. */
    public static final class Builder implements Rows {
        private final List<Long> labIdList = new ArrayList<>();
        private final List<String> labSlugs = new ArrayList<>();
        private final List<Long> labParentIds = new ArrayList<>();
        private final Map<Long, Integer> labIds = new HashMap<>();
        private int researcherCount;
        private long[] rId = new long[16];
        private String[] rSlug = new String[16];
        private Seniority[] rSeniority = new Seniority[16];
        private int[] rNotable = new int[16];
        private String[][] rAreas = new String[16][];
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

        /** Room for this many researchers, so the arrays are not regrown (nor copied when built, if exact). */
        private void reserveResearchers(int researchers) {
            if (researchers > rId.length) {
                rId = Arrays.copyOf(rId, researchers);
                rSlug = Arrays.copyOf(rSlug, researchers);
                rSeniority = Arrays.copyOf(rSeniority, researchers);
                rNotable = Arrays.copyOf(rNotable, researchers);
                rAreas = Arrays.copyOf(rAreas, researchers);
            }
        }

        /** Room for this many stints and departures (see {@link #reserveResearchers}). */
        private void reserve(int stints, int departures) {
            if (stints > sR.length) {
                sR = Arrays.copyOf(sR, stints);
                sLab = Arrays.copyOf(sLab, stints);
                sStart = Arrays.copyOf(sStart, stints);
                sEnd = Arrays.copyOf(sEnd, stints);
            }
            if (departures > dId.length) {
                dId = Arrays.copyOf(dId, departures);
                dR = Arrays.copyOf(dR, departures);
                dFrom = Arrays.copyOf(dFrom, departures);
                dTo = Arrays.copyOf(dTo, departures);
                dDate = Arrays.copyOf(dDate, departures);
                dTenure = Arrays.copyOf(dTenure, departures);
                dDest = Arrays.copyOf(dDest, departures);
                dConf = Arrays.copyOf(dConf, departures);
            }
        }

        @Override
        public Builder lab(long id, String slug, Long parentId) {
            labIds.put(id, labSlugs.size());
            labIdList.add(id);
            labSlugs.add(slug);
            labParentIds.add(parentId);
            return this;
        }

        @Override
        public Builder researcher(long id, String slug, Seniority seniority, int notableWorks) {
            researcherIds.put(id, researcherCount);
            return keptResearcher(id, slug, seniority, notableWorks, null);
        }

        /**
         * A researcher that nothing added later refers to by id (a patch's kept rows come with positions), with
         * its sorted areas (null: added by {@link #expertise}).
         */
        private Builder keptResearcher(long id, String slug, Seniority seniority, int notableWorks, String[] areas) {
            requireOpen();
            if (researcherCount == rId.length) {
                int size = rId.length * 2;
                rId = Arrays.copyOf(rId, size);
                rSlug = Arrays.copyOf(rSlug, size);
                rSeniority = Arrays.copyOf(rSeniority, size);
                rNotable = Arrays.copyOf(rNotable, size);
                rAreas = Arrays.copyOf(rAreas, size);
            }
            rId[researcherCount] = id;
            rSlug[researcherCount] = slug;
            rSeniority[researcherCount] = seniority;
            rNotable[researcherCount] = notableWorks;
            rAreas[researcherCount] = areas;
            researcherCount++;
            return this;
        }

        @Override
        public Builder expertise(long researcherId, String area) {
            areaLists
                    .computeIfAbsent(researcherById(researcherId), k -> new ArrayList<>(3))
                    .add(area);
            return this;
        }

        @Override
        public Builder stint(long researcherId, long labId, LocalDate start, LocalDate end) {
            return stintAt(researcherById(researcherId), labById(labId), day(start, UNKNOWN_START), day(end, OPEN_END));
        }

        /** A stint by positions in this builder and days. */
        private Builder stintAt(int researcher, int lab, int start, int end) {
            requireOpen();
            if (stintCount == sR.length) {
                int size = sR.length * 2;
                sR = Arrays.copyOf(sR, size);
                sLab = Arrays.copyOf(sLab, size);
                sStart = Arrays.copyOf(sStart, size);
                sEnd = Arrays.copyOf(sEnd, size);
            }
            sR[stintCount] = researcher;
            sLab[stintCount] = lab;
            sStart[stintCount] = start;
            sEnd[stintCount] = end;
            stintCount++;
            return this;
        }

        @Override
        public Builder departure(
                long id,
                long researcherId,
                long fromLabId,
                Long toLabId,
                LocalDate date,
                Double tenureYears,
                DestinationType destination,
                Confidence confidence) {
            return departureAt(
                    id,
                    researcherById(researcherId),
                    labById(fromLabId),
                    toLabId == null ? -1 : labById(toLabId),
                    (int) date.toEpochDay(),
                    tenureYears == null ? 0 : tenureYears,
                    destination,
                    confidence);
        }

        /** A departure by positions in this builder (to: -1 when undisclosed) and its day. */
        private Builder departureAt(
                long id,
                int researcher,
                int from,
                int to,
                int day,
                double tenure,
                DestinationType destination,
                Confidence confidence) {
            requireOpen();
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
            dR[depCount] = researcher;
            dFrom[depCount] = from;
            dTo[depCount] = to;
            dDate[depCount] = day;
            dTenure[depCount] = tenure;
            dDest[depCount] = destination;
            dConf[depCount] = confidence;
            depCount++;
            return this;
        }

        /** The snapshot; it may take over this builder's arrays, so a builder builds once and is then done. */
        public Snapshot build() {
            requireOpen();
            built = true;
            return new Snapshot(this);
        }

        private boolean built;

        private void requireOpen() {
            if (built) {
                throw new IllegalStateException("this builder has built its snapshot");
            }
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
