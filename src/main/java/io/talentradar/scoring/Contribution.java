package io.talentradar.scoring;

import java.time.LocalDate;

/**
 * One term of an index and every factor of it. For TCI a researcher's mass
 * ({@code weight = seniority * criticality * impact}); for SLI a departure's loss
 * ({@code weight * tenure * destination * confidence * decay}); for SGI an arrival's gain (no destination
 * factor, which is null). {@code value} is the product. Departures name their labs; a TCI term has none.
 */
public record Contribution(
        IndexName index,
        String researcher,
        Long departureId,
        LocalDate date,
        String fromLab,
        String toLab,
        double seniority,
        double criticality,
        double impact,
        double weight,
        Double tenure,
        Double destination,
        Double confidence,
        Double decay,
        double value) {

    /** A researcher's weight and its factors: {@code weight = seniority * criticality * impact}. */
    public record Factors(double seniority, double criticality, double impact, double weight) {}

    /** A researcher's term of a lab's TCI: the weight itself. */
    public static Contribution ofMass(String researcher, Factors f) {
        return new Contribution(
                IndexName.TCI,
                researcher,
                null,
                null,
                null,
                null,
                f.seniority(),
                f.criticality(),
                f.impact(),
                f.weight(),
                null,
                null,
                null,
                null,
                f.weight());
    }

    /**
     * A departure's term: of the origin's SLI ({@code destination} given) or of the destination's SGI
     * ({@code destination} null), {@code value} their product with the weight.
     */
    public static Contribution ofMove(
            IndexName index,
            String researcher,
            long departureId,
            LocalDate date,
            String fromLab,
            String toLab,
            Factors f,
            double tenure,
            Double destination,
            double confidence,
            double decay,
            double value) {
        return new Contribution(
                index,
                researcher,
                departureId,
                date,
                fromLab,
                toLab,
                f.seniority(),
                f.criticality(),
                f.impact(),
                f.weight(),
                tenure,
                destination,
                confidence,
                decay,
                value);
    }
}
