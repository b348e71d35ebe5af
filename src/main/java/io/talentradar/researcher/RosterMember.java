package io.talentradar.researcher;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.talentradar.common.paging.CsvExport;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A researcher on a lab's roster, with the stint that puts them there: PRIMARY, or a SECONDARY role. */
@Schema(
        name = "RosterMember",
        description = "A researcher on a lab's roster and the kind of stint that puts them there")
public record RosterMember(
        @JsonUnwrapped ResearcherDto researcher,

        @Schema(example = "PRIMARY", description = "SECONDARY only with includeSecondary=true")
        StintKind stintKind,

        @Schema(nullable = true, example = "Adjunct Professor", description = "The stint's title, if any")
        String role) {

    /** As CSV: the columns of researchers.csv, then stintKind and role. */
    public static final CsvExport.View<RosterMember> CSV = new CsvExport.View<>("roster", columns(), m -> {
        List<Object> row = new ArrayList<>(ResearcherDto.CSV.row().apply(m.researcher));
        row.add(m.stintKind);
        row.add(m.role);
        return row;
    });

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(ResearcherDto.CSV.columns());
        columns.add("stintKind");
        columns.add("role");
        return List.copyOf(columns);
    }

    static RosterMember of(ResearcherDto researcher, Affiliation stint) {
        return new RosterMember(researcher, stint.kind, stint.role);
    }
}
