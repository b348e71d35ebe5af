package io.talentradar.scoring;

import static io.talentradar.scoring.ScoringFixture.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The worked cases of docs/scoring.md: every expected number below was computed by hand from the formulas
 * of docs/scoring.md (the arithmetic is written out in that document), not by the code under test.
 */
class TalentIndexCalculatorTest {

    private static final double W_ANN = 6.29583686600433; // 2 * 1.5 * (1 + ln 3)
    private static final double W_CAT = 6.603274004183787; // 3 * 1.3 * (1 + ln 2)

    private final TalentIndexCalculator calculator = new TalentIndexCalculator(ScoringModel.defaults());
    private final Snapshot field = ScoringFixture.field();

    private static IndexQuery at(String date) {
        return new IndexQuery(d(date), 365, 180, null, false, false);
    }

    private static void close(double expected, double actual) {
        assertEquals(expected, actual, Math.max(Math.abs(expected) * 1e-9, 1e-12));
    }

    private Map<String, LabIndices> ranking(IndexQuery q) {
        return calculator.rank(field, q).labs().stream().collect(Collectors.toMap(LabIndices::lab, f -> f));
    }

    @Test
    void case1MassShareTciHhiAndKeyPersonDependency() {
        Ranking ranking = calculator.rank(field, at("2024-12-31"));
        Map<String, LabIndices> labs = ranking.labs().stream().collect(Collectors.toMap(LabIndices::lab, f -> f));
        close(19.099110870188117, ranking.totalMass());
        close(W_ANN, labs.get("alpha").mass());
        close(6.2, labs.get("beta-research").mass());
        close(W_CAT, labs.get("gamma").mass());
        close(32.96403119912524, labs.get("alpha").tci());
        close(0, labs.get("beta").tci());
        close(32.46224414392822, labs.get("beta-research").tci());
        close(34.573724656946546, labs.get("gamma").tci());
        close(0.3296403119912524, labs.get("alpha").share());
        close(3335.7670844112577, ranking.hhi());
        assertEquals(HhiBand.HIGH, ranking.hhiBand());
        close(0.5655567117585847, labs.get("beta-research").kpd());
        close(1.0, labs.get("alpha").kpd());
        close(0, labs.get("beta").kpd());
    }

    @Test
    void case2LossGainWithDecayNetFlowAndFlowBalance() {
        Map<String, LabIndices> labs = ranking(at("2024-12-31"));
        LabIndices alpha = labs.get("alpha");
        close(1.0379397213705408, alpha.loss());
        close(14.15286802105969, alpha.sli());
        close(-1.0379397213705408, alpha.netFlow());
        close(-100, alpha.flowBalance());
        LabIndices research = labs.get("beta-research");
        close(0.6919598142470272 + 0.3518967167058539, research.gain());
        close(14.410231987512441, research.sgi());
        close(100, research.flowBalance());
        // Everyone left beta: the loss is all there is.
        close(6.860708869269879 + 0.26392253752939043, labs.get("beta").loss());
        close(100, labs.get("beta").sli());
        close(45.39066507909707, labs.get("gamma").sgi());
    }

    @Test
    void case3RollUpReplacesLabsByTopMostParentAndIgnoresInternalMoves() {
        IndexQuery q = new IndexQuery(d("2024-12-31"), 365, 180, null, true, false);
        Ranking ranking = calculator.rank(field, q);
        Map<String, LabIndices> labs = ranking.labs().stream().collect(Collectors.toMap(LabIndices::lab, f -> f));
        assertEquals(
                List.of("alpha", "beta", "gamma"),
                ranking.labs().stream().map(LabIndices::lab).toList());
        LabIndices beta = labs.get("beta");
        close(6.2, beta.mass());
        close(32.46224414392822, beta.tci());
        close(6.860708869269879, beta.loss()); // d3 (eve, beta -> beta-research) is internal
        close(0.6919598142470272, beta.gain());
        close(52.52937599284691, beta.sli());
        close(10.04010227709992, beta.sgi());
        close(-81.676415496494, beta.flowBalance());
        assertEquals(1, beta.departures());
        assertEquals(1, beta.arrivals());
        close(3335.7670844112577, ranking.hhi());
        // Asking for a child lab under roll-up answers for its top-most parent.
        assertEquals(
                "beta",
                calculator
                        .lab(field, field.lab("beta-research").orElseThrow(), q)
                        .lab());
    }

    @Test
    void case4PerExpertiseCountsOnlyThatAreaAtItsCriticality() {
        Map<String, LabIndices> labs = ranking(new IndexQuery(d("2024-12-31"), 365, 180, "reasoning", false, false));
        close(W_ANN, labs.get("alpha").mass());
        close(4.5, labs.get("beta-research").mass()); // dan: 3 * 1.5 * 1; bob and eve lack the area
        close(58.31726566589456, labs.get("alpha").tci());
        close(41.68273433410545, labs.get("beta-research").tci());
        close(0, labs.get("alpha").sli()); // bob, who left alpha, lacks the area
        assertEquals(0, labs.get("alpha").departures());
        assertEquals(1, labs.get("beta-research").headcount());
        Map<String, LabIndices> pretraining =
                ranking(new IndexQuery(d("2024-12-31"), 365, 180, "pretraining", false, false));
        close(4.2, pretraining.get("beta-research").mass());
        close(100, pretraining.get("beta-research").tci());
    }

    @Test
    void case5AnAsOfDateBeforeADepartureIgnoresIt() {
        Map<String, LabIndices> labs = ranking(at("2024-06-30"));
        LabIndices alpha = labs.get("alpha");
        close(W_ANN + 1, alpha.mass());
        close(38.19987702879108, alpha.tci());
        close(0.7634444005083503, alpha.kpd());
        close(0, alpha.loss());
        close(0, alpha.sli());
        assertEquals(2, alpha.headcount());
        assertEquals(0, alpha.departures());
        close(W_CAT + 0.7, labs.get("beta").mass());
    }

    @Test
    void case6HeadCountsAttritionAndLowSample() {
        Map<String, LabIndices> labs = ranking(at("2024-12-31"));
        LabIndices alpha = labs.get("alpha");
        assertEquals(1, alpha.headcount());
        assertEquals(1, alpha.departures());
        close(66.66666666666667, alpha.attritionRate()); // 1 / mean(2 on 2024-01-01, 1 now)
        assertTrue(alpha.lowSample());
        LabIndices beta = labs.get("beta");
        assertEquals(0, beta.headcount());
        assertEquals(2, beta.departures());
        close(200, beta.attritionRate()); // 2 / mean(2, 0)
        LabIndices research = labs.get("beta-research");
        assertEquals(3, research.headcount());
        assertEquals(2, research.arrivals());
        assertFalse(research.lowSample());
    }

    @Test
    void case7AShorterHalfLifeDecaysFaster() {
        LabIndices alpha = calculator.lab(
                field, field.lab("alpha").orElseThrow(), new IndexQuery(d("2024-12-31"), 365, 90, null, false, false));
        close(0.5130089834279791, alpha.loss());
        close(7.534448492041444, alpha.sli());
        // A window that ends before the move excludes it.
        LabIndices narrow = calculator.lab(
                field, field.lab("alpha").orElseThrow(), new IndexQuery(d("2024-12-31"), 183, 180, null, false, false));
        close(0, narrow.loss());
    }

    @Test
    void explanationsListEveryFactorAndTheProductLargestFirst() {
        LabIndices research = calculator.lab(
                field,
                field.lab("beta-research").orElseThrow(),
                new IndexQuery(d("2024-12-31"), 365, 180, null, false, true));
        List<Contribution> tci = research.contributions().stream()
                .filter(c -> c.index() == IndexName.TCI)
                .toList();
        assertEquals(
                List.of("dan", "bob", "eve"),
                tci.stream().map(Contribution::researcher).toList());
        Contribution dan = tci.get(0);
        close(3, dan.seniority());
        close(1.5, dan.criticality());
        close(1, dan.impact());
        close(4.5, dan.value());
        List<Contribution> sgi = research.contributions().stream()
                .filter(c -> c.index() == IndexName.SGI)
                .toList();
        assertEquals(
                List.of("bob", "eve"),
                sgi.stream().map(Contribution::researcher).toList());
        Contribution bob = sgi.get(0);
        close(1.4, bob.tenure());
        close(1.0, bob.confidence());
        close(Math.pow(2, -183 / 180.0), bob.decay());
        assertEquals(null, bob.destination());
        close(0.6919598142470272, bob.value());
        assertEquals(101L, bob.departureId());
        double sum = sgi.stream().mapToDouble(Contribution::value).sum();
        close(research.gain(), sum);
    }

    @Test
    void flowsGroupMovesByLabPairWithTheMoversMass() {
        List<FlowEdge> edges = calculator.flows(field, at("2024-12-31"));
        assertEquals(
                List.of(
                        new FlowEdge("beta", "gamma", 1, W_CAT),
                        new FlowEdge("alpha", "beta-research", 1, 1.0),
                        new FlowEdge("beta", "beta-research", 1, 0.7)),
                edges);
        List<FlowEdge> rolledUp = calculator.flows(field, new IndexQuery(d("2024-12-31"), 365, 180, null, true, false));
        assertEquals(List.of(new FlowEdge("beta", "gamma", 1, W_CAT), new FlowEdge("alpha", "beta", 1, 1.0)), rolledUp);
    }

    @Test
    void threeSeniorExitsWithinNinetyDaysRaiseOneSignal() {
        Snapshot.Builder b = new Snapshot.Builder().lab(1, "x", null).lab(2, "y", null);
        String[] dates = {"2024-01-01", "2024-02-01", "2024-03-30", "2024-09-01"};
        for (int i = 0; i < 4; i++) {
            b.researcher(i, "lead-" + i, Seniority.LEAD, 0)
                    .stint(i, 1, d("2020-01-01"), d(dates[i]))
                    .departure(i, i, 1, null, d(dates[i]), 0.0, DestinationType.UNDISCLOSED, Confidence.CONFIRMED);
        }
        b.researcher(9, "junior", Seniority.IC, 0)
                .stint(9, 1, d("2020-01-01"), d("2024-02-15"))
                .departure(9, 9, 1, 2L, d("2024-02-15"), 0.0, DestinationType.COMPETITOR, Confidence.CONFIRMED);
        Snapshot s = b.build();
        List<ExodusSignal> signals = calculator.signals(s, at("2024-12-31"), -1);
        assertEquals(1, signals.size());
        ExodusSignal signal = signals.get(0);
        assertEquals("x", signal.lab());
        assertEquals(d("2024-01-01"), signal.start());
        assertEquals(d("2024-03-30"), signal.end());
        assertEquals(3, signal.count());
        assertEquals(List.of("lead-0", "lead-1", "lead-2"), signal.researchers());
        // w = 2 each, tenure 1, destination 1, confidence 1, decay to 2024-03-30: 89, 58 and 0 days
        close(2 * Math.pow(2, -89 / 180.0) + 2 * Math.pow(2, -58 / 180.0) + 2, signal.severity());
        assertTrue(calculator.signals(s, at("2024-03-29"), -1).isEmpty());
    }

    @Test
    void aScenarioMovesTheResearcherWithoutChangingTheSnapshot() {
        Scenario scenario = Scenario.apply(
                field,
                List.of(new HypotheticalDeparture(
                        "ann", "gamma", DestinationType.COMPETITOR, d("2024-12-01"), Confidence.RUMORED)));
        Map<String, LabIndices> after = calculator.rank(scenario.after(), at("2024-12-31")).labs().stream()
                .collect(Collectors.toMap(LabIndices::lab, f -> f));
        close(0, after.get("alpha").mass());
        close(W_CAT + W_ANN, after.get("gamma").mass());
        // loss = w * (1 + min(9.9138..., 10) / 10) * 1.5 * 0.4 * 2^(-30/180)
        double tenure = 1 + (3622 / 365.25) / 10;
        close(
                1.0379397213705408 + W_ANN * tenure * 1.5 * 0.4 * Math.pow(2, -30 / 180.0),
                after.get("alpha").loss());
        assertEquals(List.of("alpha", "gamma"), List.copyOf(scenario.labs()));
        close(W_ANN, ranking(at("2024-12-31")).get("alpha").mass());
        // cat was affiliated nowhere before 2020
        assertThrows(
                HistoryConflictException.class,
                () -> Scenario.apply(
                        field,
                        List.of(new HypotheticalDeparture(
                                "cat", null, DestinationType.OTHER, d("2019-06-01"), Confidence.REPORTED))));
    }

    @Test
    void theModelRefusesNegativeWeightsAndANonPositiveHalfLife() {
        ScoringModel m = ScoringModel.defaults();
        assertThrows(
                IllegalArgumentException.class,
                () -> new ScoringModel(
                        Map.of(
                                Seniority.IC,
                                -1.0,
                                Seniority.LEAD,
                                2.0,
                                Seniority.EXECUTIVE,
                                3.0,
                                Seniority.FOUNDER,
                                3.0),
                        m.criticality(),
                        1,
                        m.destination(),
                        m.confidence(),
                        10,
                        365,
                        180,
                        90,
                        3,
                        Seniority.LEAD,
                        3,
                        3,
                        1000,
                        1800));
        assertThrows(
                IllegalArgumentException.class,
                () -> new ScoringModel(
                        m.seniority(),
                        m.criticality(),
                        1,
                        m.destination(),
                        m.confidence(),
                        10,
                        365,
                        0,
                        90,
                        3,
                        Seniority.LEAD,
                        3,
                        3,
                        1000,
                        1800));
        assertThrows(
                IllegalArgumentException.class, () -> new IndexQuery(d("2024-01-01"), 365, -5, null, false, false));
    }
}
