package io.talentradar.bench;

import io.talentradar.scoring.Confidence;
import io.talentradar.scoring.DestinationType;
import io.talentradar.scoring.IndexQuery;
import io.talentradar.scoring.LabIndices;
import io.talentradar.scoring.Ranking;
import io.talentradar.scoring.ScoringModel;
import io.talentradar.scoring.Seniority;
import io.talentradar.scoring.Snapshot;
import io.talentradar.scoring.TalentIndexCalculator;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;

/**
 * Times the scoring core on a synthetic field of 10,000 labs, 200,000 researchers and 1,000,000
 * departures: building the snapshot, its heap, the full ranking (GET /indices) and one lab's indices
 * with explanations. Run with scripts/bench-scoring.sh; the figures go to docs/benchmarks.md.
 */
public final class ScoringBenchmark {

    static final String[] AREAS = {
        "reasoning",
        "pretraining",
        "alignment",
        "safety",
        "rl",
        "infrastructure",
        "research-leadership",
        "multimodal",
        "product",
        "policy"
    };

    static final int FIRST_DAY = (int) LocalDate.of(2000, 1, 1).toEpochDay();
    static final int SPAN_DAYS = (int) (LocalDate.of(2026, 6, 30).toEpochDay() - FIRST_DAY);

    public static void main(String[] args) {
        int labs = Integer.getInteger("labs", 10_000);
        int researchers = Integer.getInteger("researchers", 200_000);
        int departures = Integer.getInteger("departures", 1_000_000);
        int runs = Integer.getInteger("runs", 30);

        long heapBefore = usedHeap();
        long started = System.nanoTime();
        Snapshot snapshot = synthetic(labs, researchers, departures, new Random(42));
        long buildMs = (System.nanoTime() - started) / 1_000_000;
        long heapAfter = usedHeap();
        System.out.printf(
                "field: %d labs, %d researchers, %d stints, %d departures%n",
                snapshot.labCount(), snapshot.researcherCount(), snapshot.stintCount(), snapshot.departureCount());
        System.out.printf(
                "snapshot build (from rows in memory): %d ms; heap held by the snapshot: %.1f MB%n",
                buildMs, (heapAfter - heapBefore) / 1e6);

        TalentIndexCalculator calculator = new TalentIndexCalculator(ScoringModel.defaults());
        IndexQuery query = new IndexQuery(LocalDate.of(2025, 6, 30), 365, 180, null, false, false);
        IndexQuery explained = query.explained(true);
        int lab = snapshot.lab("lab-17").orElseThrow();

        double[] ranking = time(runs, () -> calculator.rank(snapshot, query));
        double[] one = time(runs, () -> calculator.lab(snapshot, lab, explained));
        double[] rollup =
                time(runs, () -> calculator.rank(snapshot, new IndexQuery(query.asOf(), 365, 180, null, true, false)));
        double[] area = time(
                runs,
                () -> calculator.rank(snapshot, new IndexQuery(query.asOf(), 365, 180, "reasoning", false, false)));
        // a write applied to the snapshot: one researcher's rows replaced (a new stint), then a new lab
        Snapshot.Changes researcherChanged = new Snapshot.Changes()
                .replace(123)
                .researcher(123, "researcher-123", Seniority.LEAD, 2)
                .stint(123, 5, LocalDate.of(2026, 7, 1), null);
        double[] patch = time(runs, () -> snapshot.with(researcherChanged));
        double[] patchAndRank = time(runs, () -> calculator.rank(snapshot.with(researcherChanged), query));
        Ranking r = calculator.rank(snapshot, query);
        LabIndices l = calculator.lab(snapshot, lab, explained);
        System.out.printf(
                "check: hhi %.3f, lab-17 tci %.5f with %d contributions%n",
                r.hhi(), l.tci(), l.contributions().size());
        report("full ranking (GET /indices)", ranking);
        report("one lab with explanations", one);
        report("full ranking, rollup=true", rollup);
        report("full ranking, expertise=reasoning", area);
        report("a write applied (one researcher)", patch);
        report("a write applied, then the ranking", patchAndRank);
        System.out.printf(
                "heap held by the snapshot with its derived weights and mass timelines: %.1f MB%n",
                (usedHeap() - heapBefore) / 1e6);
        System.out.printf(
                "heap limit: %d MB, processors: %d, java %s%n",
                Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
    }

    /** Each researcher moves about five times; the moves are spread evenly over 2000 to mid-2026. */
    static Snapshot synthetic(int labs, int researchers, int departures, Random random) {
        Snapshot.Builder b = new Snapshot.Builder();
        for (int i = 0; i < labs; i++) {
            b.lab(i, "lab-" + i, i >= 100 && random.nextInt(10) == 0 ? (long) random.nextInt(100) : null);
        }
        long departureId = 0;
        int perResearcher = departures / researchers;
        int extra = departures % researchers;
        for (int r = 0; r < researchers; r++) {
            b.researcher(r, "researcher-" + r, Seniority.values()[random.nextInt(4)], random.nextInt(6));
            for (int a = random.nextInt(3); a > 0; a--) {
                b.expertise(r, AREAS[random.nextInt(AREAS.length)]);
            }
            // departure dates uniform over 2000-01-01 .. 2026-06-30, so a window holds its share of them
            int moves = perResearcher + (r < extra ? 1 : 0);
            int[] days = new int[moves];
            for (int m = 0; m < moves; m++) {
                days[m] = FIRST_DAY + random.nextInt(SPAN_DAYS);
            }
            Arrays.sort(days);
            for (int m = 1; m < moves; m++) {
                days[m] = Math.max(days[m], days[m - 1] + 1);
            }
            int lab = random.nextInt(labs);
            LocalDate start = random.nextInt(5) == 0
                    ? null
                    : LocalDate.ofEpochDay((moves == 0 ? FIRST_DAY + SPAN_DAYS : days[0]) - 30 - random.nextInt(2000));
            for (int m = 0; m < moves; m++) {
                LocalDate date = LocalDate.ofEpochDay(days[m]);
                int to = (lab + 1 + random.nextInt(labs - 1)) % labs;
                Long toLab = random.nextInt(6) == 0 && m == moves - 1 ? null : (long) to;
                b.stint(r, lab, start, date);
                double tenure = start == null ? random.nextInt(10) : (date.toEpochDay() - start.toEpochDay()) / 365.25;
                b.departure(
                        departureId++,
                        r,
                        lab,
                        toLab,
                        date,
                        tenure,
                        DestinationType.values()[random.nextInt(6)],
                        Confidence.values()[random.nextInt(3)]);
                lab = toLab == null ? -1 : to;
                start = date;
            }
            if (lab >= 0) {
                b.stint(r, lab, start, null);
            }
        }
        return b.build();
    }

    static double[] time(int runs, Runnable task) {
        for (int i = 0; i < Math.max(5, runs / 3); i++) {
            task.run(); // warm-up
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            task.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    static void report(String what, double[] sorted) {
        System.out.printf(
                "%-36s median %8.2f ms   p90 %8.2f ms   min %8.2f ms   max %8.2f ms%n",
                what,
                sorted[sorted.length / 2],
                sorted[(int) (sorted.length * 0.9)],
                sorted[0],
                sorted[sorted.length - 1]);
    }

    static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
