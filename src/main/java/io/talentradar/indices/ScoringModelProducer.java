package io.talentradar.indices;

import io.talentradar.scoring.Confidence;
import io.talentradar.scoring.DestinationType;
import io.talentradar.scoring.ScoringModel;
import io.talentradar.scoring.Seniority;
import io.talentradar.scoring.TalentIndexCalculator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns the typed configuration into the plain scoring core's model and calculator. */
@ApplicationScoped
public class ScoringModelProducer {

    @Produces
    @Singleton
    ScoringModel model(ScoringConfig c) {
        Map<String, Double> criticality = new LinkedHashMap<>();
        criticality.put("reasoning", c.criticality().reasoning());
        criticality.put("pretraining", c.criticality().pretraining());
        criticality.put("alignment", c.criticality().alignment());
        criticality.put("safety", c.criticality().safety());
        criticality.put("rl", c.criticality().rl());
        criticality.put("infrastructure", c.criticality().infrastructure());
        criticality.put("research-leadership", c.criticality().researchLeadership());
        criticality.put("multimodal", c.criticality().multimodal());
        criticality.put("product", c.criticality().product());
        criticality.put("policy", c.criticality().policy());
        return new ScoringModel(
                Map.of(
                        Seniority.IC,
                        c.seniority().ic(),
                        Seniority.LEAD,
                        c.seniority().lead(),
                        Seniority.EXECUTIVE,
                        c.seniority().executive(),
                        Seniority.FOUNDER,
                        c.seniority().founder()),
                criticality,
                c.criticality().other(),
                Map.of(
                        DestinationType.COMPETITOR,
                        c.destination().competitor(),
                        DestinationType.BIG_TECH,
                        c.destination().bigTech(),
                        DestinationType.FOUNDED_STARTUP,
                        c.destination().foundedStartup(),
                        DestinationType.UNDISCLOSED,
                        c.destination().undisclosed(),
                        DestinationType.OTHER,
                        c.destination().other(),
                        DestinationType.ACADEMIA,
                        c.destination().academia()),
                Map.of(
                        Confidence.CONFIRMED,
                        c.confidence().confirmed(),
                        Confidence.REPORTED,
                        c.confidence().reported(),
                        Confidence.RUMORED,
                        c.confidence().rumored()),
                c.tenureCapYears(),
                c.window(),
                c.halfLife(),
                c.exodus().spanDays(),
                c.exodus().minDepartures(),
                c.exodus().minSeniority(),
                c.lowSample().headcount(),
                c.lowSample().departures(),
                c.hhi().moderateFrom(),
                c.hhi().highAbove());
    }

    @Produces
    @Singleton
    TalentIndexCalculator calculator(ScoringModel model) {
        return new TalentIndexCalculator(model);
    }
}
