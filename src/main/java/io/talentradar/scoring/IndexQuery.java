package io.talentradar.scoring;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a figure is computed for: the as-of date T, the trailing window W and half-life H in days, an
 * optional expertise area, roll-up to top-most parents, and whether to explain contributions.
 */
public record IndexQuery(
        LocalDate asOf, int window, double halfLife, String expertise, boolean rollup, boolean explain) {

    public IndexQuery {
        Objects.requireNonNull(asOf, "asOf");
        if (window <= 0) {
            throw new IllegalArgumentException("window must be > 0 days");
        }
        if (!(halfLife > 0) || Double.isInfinite(halfLife)) {
            throw new IllegalArgumentException("halfLife must be > 0 days");
        }
    }

    public IndexQuery at(LocalDate date) {
        return new IndexQuery(date, window, halfLife, expertise, rollup, explain);
    }

    public IndexQuery explained(boolean explain) {
        return new IndexQuery(asOf, window, halfLife, expertise, rollup, explain);
    }
}
