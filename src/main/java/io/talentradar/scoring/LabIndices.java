package io.talentradar.scoring;

import java.util.List;

/** Every figure of one lab as of a date (docs/scoring.md), with its contributions when explained. */
public record LabIndices(
        String lab,
        double mass,
        double share,
        double tci,
        double kpd,
        double loss,
        double sli,
        double gain,
        double sgi,
        double netFlow,
        double flowBalance,
        int headcount,
        int departures,
        int arrivals,
        double attritionRate,
        boolean lowSample,
        List<Contribution> contributions) {}
