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
        List<Contribution> contributions) {

    /** What one pass over a lab's stints and moves adds up; every figure follows from these. */
    record Sums(
            double mass,
            double totalMass,
            double squaredWeights,
            double loss,
            double gain,
            int headcount,
            int headcountBefore,
            int departures,
            int arrivals) {}

    /** The figures of docs/scoring.md from a lab's sums. */
    static LabIndices of(String lab, Sums x, boolean lowSample, List<Contribution> contributions) {
        double m = x.mass();
        double l = x.loss();
        double g = x.gain();
        double share = x.totalMass() > 0 ? m / x.totalMass() : 0;
        double averageHeadcount = (x.headcountBefore() + x.headcount()) / 2.0;
        // ratios first: 100 * (L / L) is exactly 100, (100 * L) / L may not be
        return new LabIndices(
                lab,
                m,
                share,
                100 * share,
                m > 0 ? x.squaredWeights() / (m * m) : 0,
                l,
                l + m > 0 ? 100 * (l / (l + m)) : 0,
                g,
                g + m > 0 ? 100 * (g / (g + m)) : 0,
                g - l,
                g + l > 0 ? 100 * ((g - l) / (g + l)) : 0,
                x.headcount(),
                x.departures(),
                x.arrivals(),
                averageHeadcount > 0 ? 100 * x.departures() / averageHeadcount : 0,
                lowSample,
                contributions);
    }
}
