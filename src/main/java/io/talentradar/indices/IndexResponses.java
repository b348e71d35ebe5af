package io.talentradar.indices;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.talentradar.scoring.Contribution;
import io.talentradar.scoring.ExodusSignal;
import io.talentradar.scoring.FlowEdge;
import io.talentradar.scoring.HhiBand;
import io.talentradar.scoring.IndexQuery;
import io.talentradar.scoring.LabIndices;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON answers of the scoring endpoints (field names as in openapi/openapi.yaml). */
public final class IndexResponses {

    private IndexResponses() {}

    @Schema(name = "LabIndices", description = "Every figure of one lab as of a date; see docs/scoring.md")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LabIndicesResponse(
            @Schema(example = "openai") String lab,
            @Schema(example = "2024-12-31") LocalDate asOf,
            @Schema(example = "365") int window,
            @Schema(example = "180") double halfLife,
            @Schema(example = "reasoning") String expertise,
            boolean rollup,

            @Schema(description = "Talent mass M: sum of researcher weights")
            double mass,

            @Schema(description = "M / total mass of all labs")
            double share,

            @Schema(description = "Talent-concentration index, 100 * share")
            double tci,

            @Schema(description = "Key-person dependency, sum of squared weight shares")
            double kpd,

            @Schema(description = "Loss L over the window") double loss,

            @Schema(description = "Strategic-loss index, 100 * L / (L + M)")
            double sli,

            @Schema(description = "Gain G over the window") double gain,

            @Schema(description = "Strategic-gain index, 100 * G / (G + M)")
            double sgi,

            @Schema(description = "G - L") double netFlow,
            @Schema(description = "100 * (G - L) / (G + L)") double flowBalance,
            int headcount,
            int departures,
            int arrivals,
            double attritionRate,

            @Schema(description = "Fewer than 3 people and fewer than 3 departures: read with care")
            boolean lowSample,

            @Schema(description = "With explain=true: each term with its factors, each index's largest first")
            List<Contribution> contributions) {

        static LabIndicesResponse of(LabIndices f, IndexQuery q) {
            return new LabIndicesResponse(
                    f.lab(),
                    q.asOf(),
                    q.window(),
                    q.halfLife(),
                    q.expertise(),
                    q.rollup(),
                    f.mass(),
                    f.share(),
                    f.tci(),
                    f.kpd(),
                    f.loss(),
                    f.sli(),
                    f.gain(),
                    f.sgi(),
                    f.netFlow(),
                    f.flowBalance(),
                    f.headcount(),
                    f.departures(),
                    f.arrivals(),
                    f.attritionRate(),
                    f.lowSample(),
                    f.contributions());
        }
    }

    @Schema(name = "IndexPoint")
    public record Point(LocalDate asOf, double tci, double sli, double sgi, double netFlow) {}

    @Schema(name = "IndexHistory")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record History(
            String lab, int window, double halfLife, String expertise, boolean rollup, List<Point> points) {}

    @Schema(name = "RankedLab", description = "A lab's figures; with fields=... only the lab and those figures")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RankedLab(
            String lab,
            Double mass,
            Double tci,
            Double kpd,
            Double sli,
            Double sgi,
            Double netFlow,
            Double flowBalance,
            Integer headcount,
            Double attritionRate,
            Boolean lowSample) {

        /** The figures a client may choose with {@code fields}, in their order in the answer. */
        static final List<String> FIELDS = List.of(
                "mass",
                "tci",
                "kpd",
                "sli",
                "sgi",
                "netFlow",
                "flowBalance",
                "headcount",
                "attritionRate",
                "lowSample");

        /** The lab's figures, only those in {@code fields}. */
        static RankedLab of(LabIndices f, java.util.Set<String> fields) {
            return new RankedLab(
                    f.lab(),
                    fields.contains("mass") ? f.mass() : null,
                    fields.contains("tci") ? f.tci() : null,
                    fields.contains("kpd") ? f.kpd() : null,
                    fields.contains("sli") ? f.sli() : null,
                    fields.contains("sgi") ? f.sgi() : null,
                    fields.contains("netFlow") ? f.netFlow() : null,
                    fields.contains("flowBalance") ? f.flowBalance() : null,
                    fields.contains("headcount") ? f.headcount() : null,
                    fields.contains("attritionRate") ? f.attritionRate() : null,
                    fields.contains("lowSample") ? f.lowSample() : null);
        }
    }

    @Schema(name = "IndexRanking")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RankingResponse(
            LocalDate asOf,
            int window,
            double halfLife,
            String expertise,
            boolean rollup,

            @Schema(description = "Field concentration: sum of squared TCIs, 0 to 10000")
            double hhi,

            @Schema(example = "MODERATE") HhiBand hhiBand,

            @Schema(description = "Labs ranked") int totalItems,

            @Schema(description = "The page, when page or size was given")
            Integer page,

            @Schema(description = "The page size, when page or size was given")
            Integer size,

            List<RankedLab> items) {}

    @Schema(name = "Flows")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FlowsResponse(LocalDate asOf, int window, String expertise, boolean rollup, List<FlowEdge> edges) {}

    @Schema(name = "Signals")
    public record SignalsResponse(LocalDate asOf, List<ExodusSignal> items) {}

    @Schema(name = "IndexTriple")
    public record Triple(double tci, double sli, double sgi) {

        static Triple of(LabIndices f) {
            return new Triple(f.tci(), f.sli(), f.sgi());
        }

        Triple minus(Triple o) {
            return new Triple(tci - o.tci, sli - o.sli, sgi - o.sgi);
        }
    }

    @Schema(name = "ScenarioLab")
    public record ScenarioLab(String lab, Triple before, Triple after, Triple delta) {}

    @Schema(name = "ScenarioResult")
    public record ScenarioResponse(LocalDate asOf, double hhiBefore, double hhiAfter, List<ScenarioLab> labs) {}
}
