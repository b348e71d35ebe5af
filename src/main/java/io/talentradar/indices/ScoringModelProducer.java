package io.talentradar.indices;

import io.quarkus.runtime.Startup;
import io.talentradar.scoring.Confidence;
import io.talentradar.scoring.DestinationType;
import io.talentradar.scoring.ScoringModel;
import io.talentradar.scoring.Seniority;
import io.talentradar.scoring.TalentIndexCalculator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The scoring core's model: its defaults with the configured overrides, checked at start. */
@ApplicationScoped
public class ScoringModelProducer {

    private static final String PREFIX = "talentradar.scoring.";

    @Produces
    @Singleton
    @Startup
    ScoringModel model(ScoringConfig c) {
        return of(c);
    }

    @Produces
    @Singleton
    TalentIndexCalculator calculator(ScoringModel model) {
        return new TalentIndexCalculator(model);
    }

    /** {@link ScoringModel#defaults()} with what the configuration sets; a wrong value names its property. */
    static ScoringModel of(ScoringConfig c) {
        ScoringModel d = ScoringModel.defaults();
        Map<String, Double> criticality = new LinkedHashMap<>(d.criticality());
        c.criticality().forEach((area, weight) -> {
            if (!area.equals("other")) {
                criticality.put(area, weight);
            }
        });
        try {
            return new ScoringModel(
                    byName(d.seniority(), c.seniority(), Seniority.class, "seniority"),
                    criticality,
                    c.criticality().getOrDefault("other", d.otherCriticality()),
                    byName(d.destination(), c.destination(), DestinationType.class, "destination"),
                    byName(d.confidence(), c.confidence(), Confidence.class, "confidence"),
                    c.tenureCapYears().orElse(d.tenureCapYears()),
                    c.window().orElse(d.defaultWindowDays()),
                    c.halfLife().orElse(d.defaultHalfLifeDays()),
                    c.exodus().spanDays().orElse(d.exodusSpanDays()),
                    c.exodus().minDepartures().orElse(d.exodusMinDepartures()),
                    c.exodus().minSeniority().orElse(d.exodusMinSeniority()),
                    c.lowSample().headcount().orElse(d.lowSampleHeadcount()),
                    c.lowSample().departures().orElse(d.lowSampleDepartures()),
                    c.hhi().moderateFrom().orElse(d.hhiModerateFrom()),
                    c.hhi().highAbove().orElse(d.hhiHighAbove()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid scoring configuration (" + PREFIX + "*): " + e.getMessage(), e);
        }
    }

    /** The defaults, with the entries named in kebab case ({@code big-tech} is BIG_TECH) replaced. */
    private static <K extends Enum<K>> Map<K, Double> byName(
            Map<K, Double> defaults, Map<String, Double> configured, Class<K> type, String group) {
        Map<K, Double> merged = new EnumMap<>(type);
        merged.putAll(defaults);
        configured.forEach((name, weight) -> {
            try {
                merged.put(Enum.valueOf(type, name.toUpperCase(Locale.ROOT).replace('-', '_')), weight);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(PREFIX + group + "." + name + " names no " + group + "; known: "
                        + java.util.Arrays.stream(type.getEnumConstants())
                                .map(k -> k.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                                .toList());
            }
        });
        return merged;
    }
}
