package io.talentradar.indices;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.talentradar.scoring.Contribution;
import io.talentradar.scoring.ExodusSignal;
import io.talentradar.scoring.FlowEdge;
import io.talentradar.scoring.HhiBand;
import io.talentradar.scoring.IndexQuery;
import io.talentradar.scoring.LabIndices;
import java.io.IOException;
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

        /** Which of {@link #FIELDS} are in {@code fields}, by their index there: looked up once per answer. */
        static boolean[] chosen(java.util.Set<String> fields) {
            boolean[] chosen = new boolean[FIELDS.size()];
            for (int i = 0; i < chosen.length; i++) {
                chosen[i] = fields.contains(FIELDS.get(i));
            }
            return chosen;
        }

        /** The lab's figures, only those {@link #chosen}. */
        static RankedLab of(LabIndices f, boolean[] chosen) {
            return new RankedLab(
                    f.lab(),
                    chosen[0] ? f.mass() : null,
                    chosen[1] ? f.tci() : null,
                    chosen[2] ? f.kpd() : null,
                    chosen[3] ? f.sli() : null,
                    chosen[4] ? f.sgi() : null,
                    chosen[5] ? f.netFlow() : null,
                    chosen[6] ? f.flowBalance() : null,
                    chosen[7] ? f.headcount() : null,
                    chosen[8] ? f.attritionRate() : null,
                    chosen[9] ? f.lowSample() : null);
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

            @JsonSerialize(using = RankedLabsWriter.class) List<RankedLab> items) {}

    /**
     * Writes the ranked labs straight to the generator, as Jackson writes a {@link RankedLab} (its fields in
     * order, nulls left out) but without looking each property up and reading it by reflection: a ranking of
     * thousands of labs spent most of its time there.
     */
    static final class RankedLabsWriter extends StdSerializer<List<RankedLab>> {
        private static final SerializedString LAB = new SerializedString("lab");
        private static final SerializedString[] NAMES =
                RankedLab.FIELDS.stream().map(SerializedString::new).toArray(SerializedString[]::new);

        @SuppressWarnings("unchecked")
        RankedLabsWriter() {
            super((Class<List<RankedLab>>) (Class<?>) List.class);
        }

        @Override
        public void serialize(List<RankedLab> labs, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeStartArray(labs, labs.size());
            for (RankedLab lab : labs) {
                out.writeStartObject();
                out.writeFieldName(LAB);
                out.writeString(lab.lab());
                number(out, 0, lab.mass());
                number(out, 1, lab.tci());
                number(out, 2, lab.kpd());
                number(out, 3, lab.sli());
                number(out, 4, lab.sgi());
                number(out, 5, lab.netFlow());
                number(out, 6, lab.flowBalance());
                if (lab.headcount() != null) {
                    out.writeFieldName(NAMES[7]);
                    out.writeNumber(lab.headcount());
                }
                number(out, 8, lab.attritionRate());
                if (lab.lowSample() != null) {
                    out.writeFieldName(NAMES[9]);
                    out.writeBoolean(lab.lowSample());
                }
                out.writeEndObject();
            }
            out.writeEndArray();
        }

        private static void number(JsonGenerator out, int field, Double value) throws IOException {
            if (value != null) {
                out.writeFieldName(NAMES[field]);
                out.writeNumber(value);
            }
        }
    }

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
