package io.talentradar.researcher;

import io.talentradar.common.error.ProblemException;
import io.talentradar.lab.Lab;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The rules of a researcher's affiliation history: PRIMARY stints never overlap, and a departure ends the
 * PRIMARY stint that covers its date (and opens a PRIMARY one); SECONDARY stints (adjunct, advisor, visiting)
 * may overlap anything and are ended by editing them. Callers hold the researcher's row lock ({@link ResearcherRepository#requireLocked})
 * and a transaction; every change also bumps the researcher's version, since its current lab is derived
 * from the stints.
 */
@ApplicationScoped
public class StintHistory {

    private final AffiliationRepository affiliations;

    StintHistory(AffiliationRepository affiliations) {
        this.affiliations = affiliations;
    }

    /** The stint a departure ended and the end it had before, so the departure can be undone exactly. */
    public record EndedStint(Affiliation stint, LocalDate priorEnd) {}

    /** What a stint says: where, when, on whose word, as what. */
    public record Facts(Lab lab, LocalDate start, LocalDate end, List<String> sources, StintKind kind, String role) {

        /** A PRIMARY stint with no title from {@code start} on: what a departure to a lab opens. */
        public static Facts opened(Lab lab, LocalDate start, List<String> sources) {
            return new Facts(lab, start, null, sources, StintKind.PRIMARY, null);
        }
    }

    public Affiliation open(Researcher researcher, Facts facts) {
        Affiliation stint = stint(researcher, affiliations.ofResearcher(researcher), facts);
        affiliations.persist(stint);
        return stint;
    }

    /**
     * A new stint (not yet stored) after checking it against the researcher's others ({@code stints}: the stored
     * ones, or those a bulk import holds in memory).
     */
    public static Affiliation stint(Researcher researcher, List<Affiliation> stints, Facts facts) {
        Affiliation stint = new Affiliation();
        stint.researcher = researcher;
        set(stint, stints, facts);
        return stint;
    }

    /** Sets a stint's facts (for a stint no departure refers to: a departure's change through the departure). */
    void edit(Affiliation stint, Facts facts) {
        set(stint, affiliations.ofResearcher(stint.researcher), facts);
    }

    /** Sets a stint's facts after checking them against the researcher's stints (the stint may be among them). */
    private static void set(Affiliation stint, List<Affiliation> stints, Facts facts) {
        LocalDate start = facts.start();
        LocalDate end = facts.end();
        if (start != null && end != null && !start.isBefore(end)) {
            throw ProblemException.invalid("end", "must be after start");
        }
        if (facts.kind() == StintKind.PRIMARY) {
            requireNoOverlap(stints, stint.researcher, stint, start, end);
        }
        stint.lab = facts.lab();
        stint.start = start;
        stint.end = end;
        stint.sources = List.copyOf(facts.sources());
        stint.kind = facts.kind();
        stint.role = facts.role();
        touch(stint.researcher);
    }

    /**
     * Ends the researcher's stint at {@code lab} on {@code date}. The stint must cover the date, or end on
     * it without a departure having ended it yet ({@code alreadyEnded} says which stints one has).
     */
    public EndedStint end(Researcher researcher, Lab lab, LocalDate date, List<Long> alreadyEnded) {
        return end(affiliations.ofResearcher(researcher), researcher, lab, date, a -> alreadyEnded.contains(a.id));
    }

    /** {@link #end} over the researcher's stints in start order ({@code stints}: stored, or a bulk import's). */
    public static EndedStint end(
            List<Affiliation> stints,
            Researcher researcher,
            Lab lab,
            LocalDate date,
            java.util.function.Predicate<Affiliation> endedByAnother) {
        Affiliation stint = stints.stream()
                .filter(a -> a.isPrimary() && a.lab.id.equals(lab.id))
                .filter(a -> a.covers(date) || (date.equals(a.end) && !endedByAnother.test(a)))
                .findFirst()
                .orElseThrow(() -> ProblemException.conflict(
                        "history-conflict",
                        "Researcher '" + researcher.slug + "' is not affiliated with '" + lab.slug + "' on " + date
                                + "."));
        if (stint.start != null && !stint.start.isBefore(date)) {
            throw ProblemException.conflict(
                    "history-conflict",
                    "The stint of '" + researcher.slug + "' at '" + lab.slug + "' starts on " + stint.start
                            + "; a departure must come after the start.");
        }
        EndedStint ended = new EndedStint(stint, stint.end);
        stint.end = date;
        touch(researcher);
        return ended;
    }

    /** Undoes {@link #end}: gives the stint back the end it had before the departure. */
    public void restore(Researcher researcher, EndedStint ended) {
        Affiliation stint = ended.stint();
        requireNoOverlap(affiliations.ofResearcher(researcher), researcher, stint, stint.start, ended.priorEnd());
        stint.end = ended.priorEnd();
        touch(researcher);
    }

    public void remove(Researcher researcher, Affiliation stint) {
        affiliations.delete(stint);
        touch(researcher);
    }

    private static void requireNoOverlap(
            List<Affiliation> stints, Researcher researcher, Affiliation except, LocalDate start, LocalDate end) {
        for (Affiliation other : stints) {
            if (other != except && other.isPrimary() && other.overlaps(start, end)) {
                throw ProblemException.conflict(
                        "history-conflict",
                        "The stint " + describe(start, end)
                                + " overlaps the stint of '" + researcher.slug + "' at '" + other.lab.slug + "' "
                                + describe(other.start, other.end)
                                + "; a researcher's PRIMARY stints never overlap (a role beside the main affiliation"
                                + " is a SECONDARY stint).");
            }
        }
    }

    /** Two records of the same stint: same lab, start and end. */
    static boolean sameStint(Affiliation a, Affiliation b) {
        return a.lab.id.equals(b.lab.id)
                && java.util.Objects.equals(a.start, b.start)
                && java.util.Objects.equals(a.end, b.end);
    }

    /** Whether one person cannot have both stints: they share a day. */
    static boolean conflict(Affiliation a, Affiliation b) {
        return a.overlaps(b.start, b.end);
    }

    static String describe(Affiliation stint) {
        return describe(stint.start, stint.end);
    }

    private static String describe(LocalDate start, LocalDate end) {
        return "[" + (start == null ? "unknown" : start) + ", " + (end == null ? "open" : end) + ")";
    }

    private static void touch(Researcher researcher) {
        researcher.updatedAt = Instant.now();
    }
}
