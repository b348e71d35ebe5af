package io.talentradar.scoring;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every weight and default of the scoring model (docs: docs/scoring.md). Immutable and validated on
 * construction: no negative weight, a positive half-life and window.
 *
 * @param criticality  per expertise area; an area not listed weighs {@code otherCriticality}
 */
public record ScoringModel(
        Map<Seniority, Double> seniority,
        Map<String, Double> criticality,
        double otherCriticality,
        Map<DestinationType, Double> destination,
        Map<Confidence, Double> confidence,
        double tenureCapYears,
        int defaultWindowDays,
        double defaultHalfLifeDays,
        int exodusSpanDays,
        int exodusMinDepartures,
        Seniority exodusMinSeniority,
        int lowSampleHeadcount,
        int lowSampleDepartures,
        double hhiModerateFrom,
        double hhiHighAbove) {

    public ScoringModel {
        seniority = complete(new EnumMap<>(seniority), Seniority.values(), "seniority");
        destination = complete(new EnumMap<>(destination), DestinationType.values(), "destination");
        confidence = complete(new EnumMap<>(confidence), Confidence.values(), "confidence");
        criticality = Map.copyOf(criticality);
        criticality.forEach((area, w) -> requireNonNegative("criticality." + area, w));
        requireNonNegative("otherCriticality", otherCriticality);
        requirePositive("tenureCapYears", tenureCapYears);
        requirePositive("defaultWindowDays", defaultWindowDays);
        requirePositive("defaultHalfLifeDays", defaultHalfLifeDays);
        requirePositive("exodusSpanDays", exodusSpanDays);
        requirePositive("exodusMinDepartures", exodusMinDepartures);
        requireNonNegative("lowSampleHeadcount", lowSampleHeadcount);
        requireNonNegative("lowSampleDepartures", lowSampleDepartures);
        if (!(hhiModerateFrom >= 0 && hhiModerateFrom <= hhiHighAbove)) {
            throw new IllegalArgumentException("hhi bands must satisfy 0 <= moderateFrom <= highAbove");
        }
    }

    /** The defaults of docs/scoring.md. */
    public static ScoringModel defaults() {
        Map<String, Double> criticality = new LinkedHashMap<>();
        criticality.put("reasoning", 1.5);
        criticality.put("pretraining", 1.4);
        criticality.put("alignment", 1.3);
        criticality.put("safety", 1.3);
        criticality.put("rl", 1.3);
        criticality.put("infrastructure", 1.2);
        criticality.put("research-leadership", 1.2);
        criticality.put("multimodal", 1.1);
        criticality.put("product", 0.8);
        criticality.put("policy", 0.7);
        return new ScoringModel(
                Map.of(Seniority.IC, 1.0, Seniority.LEAD, 2.0, Seniority.EXECUTIVE, 3.0, Seniority.FOUNDER, 3.0),
                criticality,
                1.0,
                Map.of(
                        DestinationType.COMPETITOR,
                        1.5,
                        DestinationType.BIG_TECH,
                        1.5,
                        DestinationType.FOUNDED_STARTUP,
                        1.25,
                        DestinationType.UNDISCLOSED,
                        1.0,
                        DestinationType.OTHER,
                        0.75,
                        DestinationType.ACADEMIA,
                        0.6),
                Map.of(Confidence.CONFIRMED, 1.0, Confidence.REPORTED, 0.8, Confidence.RUMORED, 0.4),
                10,
                365,
                180,
                90,
                3,
                Seniority.LEAD,
                3,
                3,
                1000,
                1800);
    }

    public double criticalityOf(String area) {
        return criticality.getOrDefault(area, otherCriticality);
    }

    /** {@code 1 + min(years, cap) / cap}: 1.0 for no tenure, 2.0 at the cap. */
    public double tenureFactor(double tenureYears) {
        return 1 + Math.min(Math.max(tenureYears, 0), tenureCapYears) / tenureCapYears;
    }

    public HhiBand hhiBand(double hhi) {
        if (hhi < hhiModerateFrom) {
            return HhiBand.UNCONCENTRATED;
        }
        return hhi <= hhiHighAbove ? HhiBand.MODERATE : HhiBand.HIGH;
    }

    private static <K extends Enum<K>> Map<K, Double> complete(EnumMap<K, Double> map, K[] keys, String name) {
        for (K key : keys) {
            Double w = map.get(key);
            if (w == null) {
                throw new IllegalArgumentException(name + "." + key + " has no weight");
            }
            requireNonNegative(name + "." + key, w);
        }
        return Map.copyOf(map);
    }

    private static void requireNonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, was " + value);
        }
    }

    private static void requirePositive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number > 0, was " + value);
        }
    }
}
