package io.talentradar.indices;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Every weight and default of docs/scoring.md, overridable as {@code talentradar.scoring.*} (or the
 * matching environment variables). Validated at start: a negative weight or a half-life that is not
 * positive stops the service with a message naming the property.
 */
@ConfigMapping(prefix = "talentradar.scoring")
public interface ScoringConfig {

    /** Trailing window W of flow figures, in days. */
    @WithDefault("365")
    @Positive
    @Max(36500)
    int window();

    /** Half-life H of the recency decay, in days. */
    @WithDefault("180")
    @Positive
    double halfLife();

    SeniorityWeights seniority();

    Criticality criticality();

    DestinationWeights destination();

    ConfidenceWeights confidence();

    /** Tenure beyond this many years adds nothing: tenure factor = 1 + min(years, cap) / cap. */
    @WithDefault("10")
    @Positive
    double tenureCapYears();

    Exodus exodus();

    LowSample lowSample();

    Hhi hhi();

    interface SeniorityWeights {
        @WithDefault("1")
        @PositiveOrZero
        double ic();

        @WithDefault("2")
        @PositiveOrZero
        double lead();

        @WithDefault("3")
        @PositiveOrZero
        double executive();

        @WithDefault("3")
        @PositiveOrZero
        double founder();
    }

    interface Criticality {
        @WithDefault("1.5")
        @PositiveOrZero
        double reasoning();

        @WithDefault("1.4")
        @PositiveOrZero
        double pretraining();

        @WithDefault("1.3")
        @PositiveOrZero
        double alignment();

        @WithDefault("1.3")
        @PositiveOrZero
        double safety();

        @WithDefault("1.3")
        @PositiveOrZero
        double rl();

        @WithDefault("1.2")
        @PositiveOrZero
        double infrastructure();

        @WithName("research-leadership")
        @WithDefault("1.2")
        @PositiveOrZero
        double researchLeadership();

        @WithDefault("1.1")
        @PositiveOrZero
        double multimodal();

        @WithDefault("0.8")
        @PositiveOrZero
        double product();

        @WithDefault("0.7")
        @PositiveOrZero
        double policy();
        /** Any other area. */
        @WithDefault("1.0")
        @PositiveOrZero
        double other();
    }

    interface DestinationWeights {
        @WithDefault("1.5")
        @PositiveOrZero
        double competitor();

        @WithName("big-tech")
        @WithDefault("1.5")
        @PositiveOrZero
        double bigTech();

        @WithName("founded-startup")
        @WithDefault("1.25")
        @PositiveOrZero
        double foundedStartup();

        @WithDefault("1.0")
        @PositiveOrZero
        double undisclosed();

        @WithDefault("0.75")
        @PositiveOrZero
        double other();

        @WithDefault("0.6")
        @PositiveOrZero
        double academia();
    }

    interface ConfidenceWeights {
        @WithDefault("1.0")
        @PositiveOrZero
        double confirmed();

        @WithDefault("0.8")
        @PositiveOrZero
        double reported();

        @WithDefault("0.4")
        @PositiveOrZero
        double rumored();
    }

    interface Exodus {
        @WithName("span-days")
        @WithDefault("90")
        @Positive
        int spanDays();

        @WithName("min-departures")
        @WithDefault("3")
        @Min(1)
        int minDepartures();
        /** IC, LEAD, EXECUTIVE or FOUNDER. */
        @WithName("min-seniority")
        @WithDefault("LEAD")
        io.talentradar.scoring.Seniority minSeniority();
    }

    interface LowSample {
        @WithDefault("3")
        @PositiveOrZero
        int headcount();

        @WithDefault("3")
        @PositiveOrZero
        int departures();
    }

    interface Hhi {
        /** MODERATE from this value; UNCONCENTRATED below. */
        @WithName("moderate-from")
        @WithDefault("1000")
        @PositiveOrZero
        double moderateFrom();
        /** HIGH above this value. */
        @WithName("high-above")
        @WithDefault("1800")
        @PositiveOrZero
        double highAbove();
    }
}
