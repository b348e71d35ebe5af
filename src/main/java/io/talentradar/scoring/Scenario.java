package io.talentradar.scoring;

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

    public static Scenario apply(Snapshot s, List<HypotheticalDeparture> moves) {
        int stints = s.stintCount();
        List<int[]> stintRows = new ArrayList<>(stints + moves.size());
        for (int k = 0; k < stints; k++) {
            stintRows.add(new int[] {s.stintResearcher[k], s.stintLab[k], s.stintStart[k], s.stintEnd[k]});
        }
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
                    java.time.LocalDate.ofEpochDay(s.departureDate[d]),
                    s.departureTenure[d],
                    s.destination[d],
                    s.confidence[d]);
        }
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
            int[] origin = null;
            for (int[] row : stintRows) {
                if (row[0] == r && row[2] <= day && day < row[3]) {
                    origin = row;
                }
            }
            if (origin == null || origin[2] == day) {
                throw new HistoryConflictException("Researcher '" + move.researcher()
                        + "' is not affiliated with any lab on " + move.date() + " (or the stint starts that day).");
            }
            if (to != null && to == origin[1]) {
                throw new HistoryConflictException("Researcher '" + move.researcher() + "' is already at '"
                        + move.toLab() + "' on " + move.date() + ".");
            }
            double tenure = origin[2] == Snapshot.UNKNOWN_START ? 0 : (day - origin[2]) / 365.25;
            int priorEnd = origin[3];
            origin[3] = day;
            if (to != null) {
                stintRows.add(new int[] {r, to, day, priorEnd});
            }
            b.departure(
                    syntheticId--,
                    r,
                    origin[1],
                    to == null ? null : (long) to,
                    move.date(),
                    tenure,
                    move.destinationType(),
                    move.confidence());
            labs.add(s.labSlug[origin[1]]);
            if (to != null) {
                labs.add(s.labSlug[to]);
            }
        }
        for (int[] row : stintRows) {
            b.stint(
                    row[0],
                    row[1],
                    row[2] == Snapshot.UNKNOWN_START ? null : java.time.LocalDate.ofEpochDay(row[2]),
                    row[3] == Snapshot.OPEN_END ? null : java.time.LocalDate.ofEpochDay(row[3]));
        }
        return new Scenario(b.build(), labs);
    }
}
