package io.talentradar.scoring;

import java.time.LocalDate;

/**
 * One term of an index and every factor of it. For TCI a researcher's mass
 * ({@code weight = seniority * criticality * impact}); for SLI a departure's loss
 * ({@code weight * tenure * destination * confidence * decay}); for SGI an arrival's gain (no destination
 * factor, which is null). {@code value} is the product. Departures name their labs; a TCI term has none.
 */
public record Contribution(
        String index,
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
        double value) {}
