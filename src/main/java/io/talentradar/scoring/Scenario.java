package io.talentradar.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Hypothetical departures applied on top of a snapshot, the same way a recorded departure changes the
 * history: the stint covering the date ends on it and, when the destination is known, one opens there
 * (until the origin stint would have ended). The original snapshot is not changed.
 *
 * @param labs the labs the moves leave from or go to, in order of first appearance
 */
public record Scenario(Snapshot after, Set<String> labs) {

    /** A stint while moves are applied: its end moves when a hypothetical departure ends it. */
    private static final class Stint {
        final int researcher;
        final int lab;
        final int start;
        int end;

        Stint(int researcher, int lab, int start, int end) {
            this.researcher = researcher;
            this.lab = lab;
            this.start = start;
            this.end = end;
        }

        boolean covers(int researcher, int day) {
            return this.researcher == researcher && start <= day && day < end;
        }
    }

    public static Scenario apply(Snapshot s, List<HypotheticalDeparture> moves) {
        List<Stint> stints = new ArrayList<>(s.stintCount() + moves.size());
        for (int k = 0; k < s.stintCount(); k++) {
            stints.add(new Stint(s.stintResearcher[k], s.stintLab[k], s.stintStart[k], s.stintEnd[k]));
        }
        Snapshot.Builder b = copyWithoutStints(s);
        Set<String> labs = new LinkedHashSet<>();
        List<HypotheticalDeparture> ordered = new ArrayList<>(moves);
        ordered.sort(Comparator.comparing(HypotheticalDeparture::date));
        long syntheticId = -1;
        for (HypotheticalDeparture move : ordered) {
            int r = s.researcher(move.researcher())
                    .orElseThrow(() -> new IllegalArgumentException("unknown researcher " + move.researcher()));
            Integer to = move.toLab() == null
                    ? null
                    : s.lab(move.toLab())
                            .orElseThrow(() -> new IllegalArgumentException("unknown lab " + move.toLab()));
            int day = (int) move.date().toEpochDay();
            Stint origin = null;
            for (Stint stint : stints) {
                if (stint.covers(r, day)) {
                    origin = stint;
                }
            }
            if (origin == null || origin.start == day) {
                throw new HistoryConflictException("Researcher '" + move.researcher()
                        + "' is not affiliated with any lab on " + move.date() + " (or the stint starts that day).");
            }
            if (to != null && to == origin.lab) {
                throw new HistoryConflictException("Researcher '" + move.researcher() + "' is already at '"
                        + move.toLab() + "' on " + move.date() + ".");
            }
            double tenure = origin.start == Snapshot.UNKNOWN_START ? 0 : Tenure.years(day - origin.start);
            if (to != null) {
                stints.add(new Stint(r, to, day, origin.end));
            }
            origin.end = day;
            b.departure(
                    syntheticId--,
                    r,
                    origin.lab,
                    to == null ? null : (long) to,
                    move.date(),
                    tenure,
                    move.destinationType(),
                    move.confidence());
            labs.add(s.labSlug[origin.lab]);
            if (to != null) {
                labs.add(s.labSlug[to]);
            }
        }
        for (Stint stint : stints) {
            b.stint(
                    stint.researcher,
                    stint.lab,
                    stint.start == Snapshot.UNKNOWN_START ? null : LocalDate.ofEpochDay(stint.start),
                    stint.end == Snapshot.OPEN_END ? null : LocalDate.ofEpochDay(stint.end));
        }
        return new Scenario(b.build(), labs);
    }

    /** A builder holding the snapshot's labs, researchers and departures (positions as ids); stints to add. */
    private static Snapshot.Builder copyWithoutStints(Snapshot s) {
        Snapshot.Builder b = new Snapshot.Builder();
        for (int lab = 0; lab < s.labCount(); lab++) {
            b.lab(lab, s.labSlug[lab], s.labParent[lab] < 0 ? null : (long) s.labParent[lab]);
        }
        for (int r = 0; r < s.researcherCount(); r++) {
            b.researcher(r, s.researcherSlug[r], s.seniority[r], s.notableWorks[r]);
            for (String area : s.areas[r]) {
                b.expertise(r, area);
            }
        }
        for (int d = 0; d < s.departureCount(); d++) {
            b.departure(
                    s.departureId[d],
                    s.departureResearcher[d],
                    s.departureFrom[d],
                    s.departureTo[d] < 0 ? null : (long) s.departureTo[d],
                    LocalDate.ofEpochDay(s.departureDate[d]),
                    s.departureTenure[d],
                    s.destination[d],
                    s.confidence[d]);
        }
        return b;
    }
}
