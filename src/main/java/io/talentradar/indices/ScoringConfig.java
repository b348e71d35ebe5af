package io.talentradar.indices;

import io.smallrye.config.ConfigMapping;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Overrides of the scoring model's defaults, as {@code talentradar.scoring.*} (or the matching environment
 * variables). The defaults themselves are written once, in {@link io.talentradar.scoring.ScoringModel#defaults()}
 * (stated in docs/scoring.md); what is set here replaces them, and an area named under {@code criticality} that
 * the defaults do not know is added. {@link ScoringModelProducer} checks the result at start: a negative
 * weight or a half-life that is not positive stops the service with a message naming the property.
 */
@ConfigMapping(prefix = "talentradar.scoring") // member names in kebab case: halfLife is half-life
public interface ScoringConfig {

    /** Trailing window W of flow figures, in days. */
    OptionalInt window();

    /** Half-life H of the recency decay, in days. */
    OptionalDouble halfLife();

    /** By seniority ({@code ic}, {@code lead}, {@code executive}, {@code founder}). */
    Map<String, Double> seniority();

    /** By expertise area; {@code other} weighs any area not listed. */
    Map<String, Double> criticality();

    /** By destination type ({@code competitor}, {@code big-tech}, ...). */
    Map<String, Double> destination();

    /** By confidence ({@code confirmed}, {@code reported}, {@code rumored}). */
    Map<String, Double> confidence();

    /** Tenure beyond this many years adds nothing: tenure factor = 1 + min(years, cap) / cap. */
    OptionalDouble tenureCapYears();

    Exodus exodus();

    LowSample lowSample();

    Hhi hhi();

    interface Exodus {
        OptionalInt spanDays();

        OptionalInt minDepartures();

        /** IC, LEAD, EXECUTIVE or FOUNDER. */
        Optional<io.talentradar.scoring.Seniority> minSeniority();
    }

    interface LowSample {
        OptionalInt headcount();

        OptionalInt departures();
    }

    interface Hhi {
        /** MODERATE from this value; UNCONCENTRATED below. */
        OptionalDouble moderateFrom();

        /** HIGH above this value. */
        OptionalDouble highAbove();
    }
}
