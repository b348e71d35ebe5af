package io.talentradar.indices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.SmallRyeConfigBuilder;
import io.talentradar.scoring.DestinationType;
import io.talentradar.scoring.ScoringModel;
import io.talentradar.scoring.Seniority;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The configuration only overrides: the defaults are written once, in the core. Plain JUnit, no service. */
class ScoringModelProducerTest {

    private static ScoringModel configured(Map<String, String> properties) {
        ScoringConfig config = new SmallRyeConfigBuilder()
                .withMapping(ScoringConfig.class)
                .withDefaultValues(properties)
                .build()
                .getConfigMapping(ScoringConfig.class);
        return ScoringModelProducer.of(config);
    }

    @Test
    void nothingConfiguredIsTheModelsDefaults() {
        assertEquals(ScoringModel.defaults(), configured(Map.of()));
    }

    @Test
    void aPropertyReplacesOneWeightAndANewAreaIsAdded() {
        ScoringModel model = configured(Map.of(
                "talentradar.scoring.criticality.reasoning", "2.0",
                "talentradar.scoring.criticality.robotics", "1.15",
                "talentradar.scoring.criticality.other", "0.9",
                "talentradar.scoring.destination.big-tech", "1.7",
                "talentradar.scoring.seniority.lead", "2.5",
                "talentradar.scoring.half-life", "90",
                "talentradar.scoring.exodus.min-seniority", "EXECUTIVE"));
        ScoringModel d = ScoringModel.defaults();
        assertEquals(2.0, model.criticalityOf("reasoning"));
        assertEquals(1.15, model.criticalityOf("robotics"));
        assertEquals(0.9, model.criticalityOf("unheard-of"));
        assertEquals(d.criticalityOf("policy"), model.criticalityOf("policy"));
        assertEquals(d.criticality().size() + 1, model.criticality().size(), "other is not an area");
        assertEquals(1.7, model.destination().get(DestinationType.BIG_TECH));
        assertEquals(
                d.destination().get(DestinationType.COMPETITOR),
                model.destination().get(DestinationType.COMPETITOR));
        assertEquals(2.5, model.seniority().get(Seniority.LEAD));
        assertEquals(90, model.defaultHalfLifeDays());
        assertEquals(d.defaultWindowDays(), model.defaultWindowDays());
        assertEquals(Seniority.EXECUTIVE, model.exodusMinSeniority());
    }

    @Test
    void aWrongValueStopsTheStartNamingItsProperty() {
        var negative = assertThrows(
                IllegalArgumentException.class,
                () -> configured(Map.of("talentradar.scoring.criticality.reasoning", "-1")));
        assertTrue(negative.getMessage().contains("criticality.reasoning"), negative.getMessage());
        var unknown = assertThrows(
                IllegalArgumentException.class, () -> configured(Map.of("talentradar.scoring.destination.moon", "1")));
        assertTrue(unknown.getMessage().contains("talentradar.scoring.destination.moon"), unknown.getMessage());
        var halfLife = assertThrows(
                IllegalArgumentException.class, () -> configured(Map.of("talentradar.scoring.half-life", "0")));
        assertTrue(halfLife.getMessage().contains("HalfLife"), halfLife.getMessage());
    }
}
