package io.talentradar.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

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
    private final Labs labs;
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

    private static Snapshot of(Builder b) {
        int researchers = b.researcherCount;
        String[][] areas = new String[researchers][];
        for (int r = 0; r < researchers; r++) {
            List<String> list = b.areaLists.get(r);
            areas[r] = list == null ? NO_AREAS : list.toArray(String[]::new);
            Arrays.sort(areas[r]);
        }
        // rows that came in order (a loader's) keep the builder's arrays
        int stints = b.stintCount;
        int[] stintOrder = stintOrder(b, researchers);
        int n = b.depCount;
        int[] order = byDateThenId(b.dDate, b.dId, n);
        return new Snapshot(
                Labs.of(b),
                exact(b.rId, researchers),
                exact(b.rSlug, researchers),
                exact(b.rSeniority, researchers),
                exact(b.rNotable, researchers),
                areas,
                ordered(b.sR, stintOrder, stints),
                ordered(b.sLab, stintOrder, stints),
                ordered(b.sStart, stintOrder, stints),
                ordered(b.sEnd, stintOrder, stints),
                ordered(b.dId, order, n),
                ordered(b.dR, order, n),
                ordered(b.dFrom, order, n),
                ordered(b.dTo, order, n),
                ordered(b.dDate, order, n),
                ordered(b.dTenure, order, n),
                ordered(b.dDest, order, n),
                ordered(b.dConf, order, n));
    }

    private Snapshot(
            Labs labs,
            long[] researcherId,
            String[] researcherSlug,
            Seniority[] seniority,
            int[] notableWorks,
            String[][] areas,
            int[] stintResearcher,
            int[] stintLab,
            int[] stintStart,
            int[] stintEnd,
            long[] departureId,
            int[] departureResearcher,
            int[] departureFrom,
            int[] departureTo,
            int[] departureDate,
            double[] departureTenure,
            DestinationType[] destination,
            Confidence[] confidence) {
        this.labs = labs;
        this.labId = labs.id();
        this.labSlug = labs.slug();
        this.labParent = labs.parent();
        this.labTop = labs.top();
        this.labIndex = labs.index();
        this.researcherId = researcherId;
        this.researcherSlug = researcherSlug;
        this.seniority = seniority;
        this.notableWorks = notableWorks;
        this.areas = areas;
        this.stintResearcher = stintResearcher;
        this.stintLab = stintLab;
        this.stintStart = stintStart;
        this.stintEnd = stintEnd;
        this.departureId = departureId;
        this.departureResearcher = departureResearcher;
        this.departureFrom = departureFrom;
        this.departureTo = departureTo;
        this.departureDate = departureDate;
        this.departureTenure = departureTenure;
        this.destination = destination;
        this.confidence = confidence;
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
     * orders, so an instance that patches answers exactly what one that reloads does. Without reading the
     * database: the kept rows are copied column by column in runs (remapped only where positions moved), and
     * columns no change touches are shared, as are the derived weights when no researcher changed. Throws
     * {@link IllegalStateException} when a kept row names a lab the changes removed (the caller then reloads).
     */
    public Snapshot with(Changes c) {
        Labs labs = c.labs == null ? this.labs : Labs.of(c.labs);
        int[] labMap = null; // old lab position -> new one (-1: removed); null: the same positions
        if (c.labs != null) {
            labMap = new int[labSlug.length];
            boolean same = true;
            for (int i = 0; i < labSlug.length; i++) {
                labMap[i] = labs.position(labId[i]);
                same &= labMap[i] == i;
            }
            labMap = same ? null : labMap;
        }
        if (c.researchers.isEmpty()) { // only labs changed: every other column and the weights carry over
            Snapshot patched = new Snapshot(
                    labs,
                    researcherId,
                    researcherSlug,
                    seniority,
                    notableWorks,
                    areas,
                    stintResearcher,
                    remapped(stintLab, labMap),
                    stintStart,
                    stintEnd,
                    departureId,
                    departureResearcher,
                    remapped(departureFrom, labMap),
                    remapped(departureTo, labMap),
                    departureDate,
                    departureTenure,
                    destination,
                    confidence);
            patched.weights.putAll(weights);
            return patched;
        }
        return new Patch(c, labs, labMap).apply();
    }

    /** A column with its lab positions moved (-1, an undisclosed destination, stays); the same when they did not. */
    private static int[] remapped(int[] column, int[] labMap) {
        if (labMap == null) {
            return column;
        }
        int[] out = column.clone();
        remap(out, 0, out.length, labMap);
        return out;
    }

    /** Moves the positions in {@code column[from..to)} by {@code map}; -1 (an undisclosed destination) stays. */
    private static void remap(int[] column, int from, int to, int[] map) {
        for (int k = from; k < to; k++) {
            column[k] = column[k] < 0 ? column[k] : mapped(map, column[k]);
        }
    }

    /** The lab columns, built once from a list of labs and shared by the snapshots that keep them. */
    private record Labs(
            long[] id, String[] slug, int[] parent, int[] top, Map<String, Integer> index, Map<Long, Integer> byId) {
        static Labs of(List<Changes.Lab> rows) {
            Builder b = new Builder();
            rows.forEach(l -> b.lab(l.id(), l.slug(), l.parentId()));
            return of(b);
        }

        static Labs of(Builder b) {
            int labs = b.labSlugs.size();
            String[] slug = b.labSlugs.toArray(String[]::new);
            int[] parent = new int[labs];
            for (int i = 0; i < labs; i++) {
                Long parentId = b.labParentIds.get(i);
                parent[i] = parentId == null ? -1 : b.labById(parentId);
            }
            long[] id = b.labIdList.stream().mapToLong(Long::longValue).toArray();
            return new Labs(id, slug, parent, tops(parent, slug), Snapshot.index(slug), b.labIds);
        }

        /** The position of the lab with this database id, or -1. */
        int position(long labId) {
            return byId.getOrDefault(labId, -1);
        }

        int require(long labId) {
            int position = position(labId);
            if (position < 0) {
                throw new IllegalArgumentException("unknown lab id " + labId);
            }
            return position;
        }
    }

    /**
     * Where the rows of a spliced column come from: runs of kept old rows, copied in one piece each, and fresh
     * rows put before given old positions.
     */
    private static final class Splice {
        private final int[] runFrom;
        private final int[] runTo;
        private final int[] runAt;
        private final int[] freshAt;
        private final int size;

        /**
         * @param dropped the old positions left out, ascending
         * @param before for each fresh row in its final order, the old position it goes before (n: at the end)
         */
        Splice(int n, int[] dropped, int[] before) {
            freshAt = new int[before.length];
            IntStream.Builder from = IntStream.builder();
            IntStream.Builder to = IntStream.builder();
            IntStream.Builder at = IntStream.builder();
            int p = 0;
            int out = 0;
            int d = 0;
            int f = 0;
            while (true) {
                int stop = Math.min(d < dropped.length ? dropped[d] : n, f < before.length ? before[f] : n);
                if (stop > p) {
                    from.add(p);
                    to.add(stop);
                    at.add(out);
                    out += stop - p;
                    p = stop;
                }
                if (f < before.length && before[f] == p) {
                    freshAt[f++] = out++;
                } else if (d < dropped.length && dropped[d] == p) {
                    d++;
                    p++;
                } else {
                    break;
                }
            }
            size = out;
            runFrom = from.build().toArray();
            runTo = to.build().toArray();
            runAt = at.build().toArray();
        }

        /** The old column's kept rows, each value moved by {@code map} (null: as they are), and the fresh values. */
        int[] ints(int[] old, int[] map, java.util.function.IntUnaryOperator fresh) {
            int[] out = new int[size];
            for (int run = 0; run < runFrom.length; run++) {
                int from = runFrom[run];
                int at = runAt[run];
                int length = runTo[run] - from;
                System.arraycopy(old, from, out, at, length);
                if (map != null) {
                    remap(out, at, at + length, map);
                }
            }
            for (int i = 0; i < freshAt.length; i++) {
                out[freshAt[i]] = fresh.applyAsInt(i);
            }
            return out;
        }

        long[] longs(long[] old, java.util.function.IntToLongFunction fresh) {
            long[] out = new long[size];
            copyRuns(old, out);
            for (int i = 0; i < freshAt.length; i++) {
                out[freshAt[i]] = fresh.applyAsLong(i);
            }
            return out;
        }

        double[] doubles(double[] old, java.util.function.IntToDoubleFunction fresh) {
            double[] out = new double[size];
            copyRuns(old, out);
            for (int i = 0; i < freshAt.length; i++) {
                out[freshAt[i]] = fresh.applyAsDouble(i);
            }
            return out;
        }

        <T> T[] objects(T[] old, java.util.function.IntFunction<T> fresh) {
            @SuppressWarnings("unchecked")
            T[] out = (T[]) java.lang.reflect.Array.newInstance(old.getClass().getComponentType(), size);
            copyRuns(old, out);
            for (int i = 0; i < freshAt.length; i++) {
                out[freshAt[i]] = fresh.apply(i);
            }
            return out;
        }

        private void copyRuns(Object old, Object out) {
            for (int run = 0; run < runFrom.length; run++) {
                System.arraycopy(old, runFrom[run], out, runAt[run], runTo[run] - runFrom[run]);
            }
        }
    }

    /** Applies changes that name researchers: their rows out, their fresh rows in, the kept rows moved along. */
    private final class Patch {
        private final Changes changes;
        private final Labs labs;
        private final int[] labMap;
        private int[] researcherMap; // old researcher position -> new one, -1 when replaced
        private boolean researchersMoved; // whether any kept researcher changed position
        private final Map<Long, Integer> freshIndex = new HashMap<>(); // fresh researcher's id -> its index by id
        private int[] freshPosition; // per fresh researcher: its new position
        private int[] freshBefore; // per fresh researcher: the old researcher position it goes before

        Patch(Changes changes, Labs labs, int[] labMap) {
            this.changes = changes;
            this.labs = labs;
            this.labMap = labMap;
        }

        Snapshot apply() {
            List<Changes.Researcher> fresh = new ArrayList<>(changes.researcherRows);
            fresh.sort(java.util.Comparator.comparingLong(Changes.Researcher::id));
            long[] replaced = changes.researchers.stream()
                    .mapToLong(Long::longValue)
                    .sorted()
                    .toArray();
            int n = researcherId.length;
            researcherMap = new int[n];
            freshBefore = new int[fresh.size()];
            freshPosition = new int[fresh.size()];
            IntStream.Builder gone = IntStream.builder();
            int next = 0;
            int position = 0;
            for (int r = 0; r < n; r++) {
                for (; next < fresh.size() && fresh.get(next).id() < researcherId[r]; next++) {
                    freshBefore[next] = r;
                    freshPosition[next] = position++;
                }
                if (Arrays.binarySearch(replaced, researcherId[r]) >= 0) {
                    researcherMap[r] = -1;
                    gone.add(r);
                } else {
                    researchersMoved |= position != r;
                    researcherMap[r] = position++;
                }
            }
            for (; next < fresh.size(); next++) {
                freshBefore[next] = n;
                freshPosition[next] = position++;
            }
            for (int i = 0; i < fresh.size(); i++) {
                freshIndex.put(fresh.get(i).id(), i);
            }
            int[] goneResearchers = gone.build().toArray();
            Splice people = new Splice(n, goneResearchers, freshBefore);
            String[][] freshAreas = fresh.stream()
                    .map(row -> row.areas().stream().sorted().toArray(String[]::new))
                    .toArray(String[][]::new);
            long[] rId = people.longs(researcherId, i -> fresh.get(i).id());
            String[] rSlug = people.objects(researcherSlug, i -> fresh.get(i).slug());
            Seniority[] rSeniority = people.objects(seniority, i -> fresh.get(i).seniority());
            int[] rNotable = people.ints(notableWorks, null, i -> fresh.get(i).notableWorks());
            String[][] rAreas = people.objects(areas, i -> freshAreas[i]);

            int[][] st = freshStints();
            Splice stints = stintSplice(goneResearchers, st);
            int[] sMap = researchersMoved ? researcherMap : null;
            List<Changes.Departure> dep = freshDepartures();
            Splice departures = departureSplice(dep);
            return new Snapshot(
                    labs,
                    rId,
                    rSlug,
                    rSeniority,
                    rNotable,
                    rAreas,
                    stints.ints(stintResearcher, sMap, i -> st[i][0]),
                    stints.ints(stintLab, labMap, i -> st[i][1]),
                    stints.ints(stintStart, null, i -> st[i][2]),
                    stints.ints(stintEnd, null, i -> st[i][3]),
                    departures.longs(departureId, i -> dep.get(i).id()),
                    departures.ints(
                            departureResearcher,
                            sMap,
                            i -> researcher(dep.get(i).researcherId())),
                    departures.ints(
                            departureFrom, labMap, i -> labs.require(dep.get(i).fromLabId())),
                    departures.ints(departureTo, labMap, i -> {
                        Long to = dep.get(i).toLabId();
                        return to == null ? -1 : labs.require(to);
                    }),
                    departures.ints(departureDate, null, i -> dep.get(i).day()),
                    departures.doubles(departureTenure, i -> {
                        Double tenure = dep.get(i).tenureYears();
                        return tenure == null ? 0 : tenure;
                    }),
                    departures.objects(destination, i -> dep.get(i).destination()),
                    departures.objects(confidence, i -> dep.get(i).confidence()));
        }

        private int researcher(long id) {
            return freshPosition[freshIndex(id)];
        }

        private int freshIndex(long id) {
            Integer index = freshIndex.get(id);
            if (index == null) {
                throw new IllegalArgumentException("unknown researcher id " + id);
            }
            return index;
        }

        /**
         * The fresh stints as (researcher, lab, start, end) in new positions, in stint order, each with the old
         * researcher position its researcher goes before.
         */
        private int[][] freshStints() {
            int[][] rows = new int[changes.stints.size()][];
            for (int i = 0; i < rows.length; i++) {
                Changes.Stint row = changes.stints.get(i);
                int fresh = freshIndex(row.researcherId());
                rows[i] = new int[] {
                    freshPosition[fresh], labs.require(row.labId()), row.start(), row.end(), freshBefore[fresh]
                };
            }
            Arrays.sort(rows, BY_STINT);
            return rows;
        }

        /**
         * Stints are ordered by researcher first, so a replaced researcher's old stints are one run, and a fresh
         * researcher's stints go before the first stint of the old researcher it goes before.
         */
        private Splice stintSplice(int[] goneResearchers, int[][] rows) {
            IntStream.Builder dropped = IntStream.builder();
            for (int r : goneResearchers) {
                for (int k = firstStint(r); k < firstStint(r + 1); k++) {
                    dropped.add(k);
                }
            }
            int[] before = new int[rows.length];
            for (int i = 0; i < rows.length; i++) {
                before[i] = firstStint(rows[i][4]);
            }
            return new Splice(stintResearcher.length, dropped.build().toArray(), before);
        }

        private int firstStint(int oldResearcher) {
            int lo = 0;
            int hi = stintResearcher.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (stintResearcher[mid] < oldResearcher) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        private List<Changes.Departure> freshDepartures() {
            List<Changes.Departure> rows = new ArrayList<>(changes.departures);
            rows.sort(
                    java.util.Comparator.comparingInt(Changes.Departure::day).thenComparingLong(Changes.Departure::id));
            return rows;
        }

        /** The replaced researchers' departures out (one pass), the fresh ones in by (date, id). */
        private Splice departureSplice(List<Changes.Departure> rows) {
            IntStream.Builder dropped = IntStream.builder();
            for (int k = 0; k < departureResearcher.length; k++) {
                if (researcherMap[departureResearcher[k]] < 0) {
                    dropped.add(k);
                }
            }
            int[] before = new int[rows.size()];
            for (int i = 0; i < before.length; i++) {
                Changes.Departure row = rows.get(i);
                int lo = 0;
                int hi = departureId.length;
                while (lo < hi) { // the first old departure the fresh one comes before
                    int mid = (lo + hi) >>> 1;
                    if (!before(row, departureDate[mid], departureId[mid])) {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                before[i] = lo;
            }
            return new Splice(departureId.length, dropped.build().toArray(), before);
        }
    }

    private static final java.util.Comparator<int[]> BY_STINT = java.util.Comparator.<int[]>comparingInt(x -> x[0])
            .thenComparingInt(x -> x[2])
            .thenComparingInt(x -> x[1])
            .thenComparingInt(x -> x[3]);

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

        @Override
        public Builder lab(long id, String slug, Long parentId) {
            requireOpen();
            labIds.put(id, labSlugs.size());
            labIdList.add(id);
            labSlugs.add(slug);
            labParentIds.add(parentId);
            return this;
        }

        @Override
        public Builder researcher(long id, String slug, Seniority seniority, int notableWorks) {
            requireOpen();
            researcherIds.put(id, researcherCount);
            if (researcherCount == rId.length) {
                int size = rId.length * 2;
                rId = Arrays.copyOf(rId, size);
                rSlug = Arrays.copyOf(rSlug, size);
                rSeniority = Arrays.copyOf(rSeniority, size);
                rNotable = Arrays.copyOf(rNotable, size);
            }
            rId[researcherCount] = id;
            rSlug[researcherCount] = slug;
            rSeniority[researcherCount] = seniority;
            rNotable[researcherCount] = notableWorks;
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
            return Snapshot.of(this);
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
