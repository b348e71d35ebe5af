package io.talentradar.scoring;

import java.time.LocalDate;

/**
 * The small field of docs/scoring.md, where every figure is worked out by hand.
 *
 * <pre>
 * labs: alpha, beta, beta-research (parent beta), gamma
 * ann  LEAD      reasoning, product   2 works  alpha [2015-01-01, open)
 * bob  IC        (none)               0 works  alpha [unknown, 2024-07-01), beta-research [2024-07-01, open)
 * cat  FOUNDER   safety               1 work   beta [2020-01-01, 2024-10-01), gamma [2024-10-01, open)
 * dan  EXECUTIVE pretraining, reasoning 0      beta-research [2018-01-01, open)
 * eve  IC        policy               0 works  beta [2019-01-01, 2024-11-01), beta-research [2024-11-01, open)
 * d1 bob alpha -> beta-research 2024-07-01 COMPETITOR CONFIRMED, stated tenure 4 (start unknown)
 * d2 cat beta -> gamma 2024-10-01 FOUNDED_STARTUP REPORTED, tenure (2024-10-01 - 2020-01-01) / 365.25
 * d3 eve beta -> beta-research 2024-11-01 OTHER RUMORED, tenure (2024-11-01 - 2019-01-01) / 365.25
 * </pre>
 */
final class ScoringFixture {

    static final long ALPHA = 1;
    static final long BETA = 2;
    static final long BETA_RESEARCH = 3;
    static final long GAMMA = 4;

    private ScoringFixture() {}

    static Snapshot field() {
        return new Snapshot.Builder()
                .lab(ALPHA, "alpha", null)
                .lab(BETA, "beta", null)
                .lab(BETA_RESEARCH, "beta-research", BETA)
                .lab(GAMMA, "gamma", null)
                .researcher(1, "ann", Seniority.LEAD, 2)
                .expertise(1, "reasoning")
                .expertise(1, "product")
                .researcher(2, "bob", Seniority.IC, 0)
                .researcher(3, "cat", Seniority.FOUNDER, 1)
                .expertise(3, "safety")
                .researcher(4, "dan", Seniority.EXECUTIVE, 0)
                .expertise(4, "pretraining")
                .expertise(4, "reasoning")
                .researcher(5, "eve", Seniority.IC, 0)
                .expertise(5, "policy")
                .stint(1, ALPHA, d("2015-01-01"), null)
                .stint(2, ALPHA, null, d("2024-07-01"))
                .stint(2, BETA_RESEARCH, d("2024-07-01"), null)
                .stint(3, BETA, d("2020-01-01"), d("2024-10-01"))
                .stint(3, GAMMA, d("2024-10-01"), null)
                .stint(4, BETA_RESEARCH, d("2018-01-01"), null)
                .stint(5, BETA, d("2019-01-01"), d("2024-11-01"))
                .stint(5, BETA_RESEARCH, d("2024-11-01"), null)
                .departure(
                        101,
                        2,
                        ALPHA,
                        BETA_RESEARCH,
                        d("2024-07-01"),
                        4.0,
                        DestinationType.COMPETITOR,
                        Confidence.CONFIRMED)
                .departure(
                        102,
                        3,
                        BETA,
                        GAMMA,
                        d("2024-10-01"),
                        1735 / 365.25,
                        DestinationType.FOUNDED_STARTUP,
                        Confidence.REPORTED)
                .departure(
                        103,
                        5,
                        BETA,
                        BETA_RESEARCH,
                        d("2024-11-01"),
                        2131 / 365.25,
                        DestinationType.OTHER,
                        Confidence.RUMORED)
                .build();
    }

    static LocalDate d(String date) {
        return LocalDate.parse(date);
    }
}
