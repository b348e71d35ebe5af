package io.talentradar.transfer;

import io.talentradar.common.error.ProblemException;
import io.talentradar.common.paging.CsvExport;
import io.talentradar.departure.DepartureDto;
import io.talentradar.lab.LabDto;
import io.talentradar.researcher.AffiliationDto;
import io.talentradar.researcher.ResearcherDto;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The four datasets TalentRadar imports as CSV. Their columns are those of the shared dataset's files and
 * of the list exports (each DTO's CSV view), so the demo data, an import and an export are one format.
 */
public enum Dataset {
    LABS(LabDto.CSV),
    RESEARCHERS(ResearcherDto.CSV),
    AFFILIATIONS(AffiliationDto.CSV),
    DEPARTURES(DepartureDto.CSV);

    private final String id;
    private final List<String> columns;

    Dataset(CsvExport.View<?> view) {
        this.id = view.name();
        this.columns = view.columns();
    }

    /** The name in paths and multipart parts: labs, researchers, affiliations, departures. */
    public String id() {
        return id;
    }

    public String fileName() {
        return id + ".csv";
    }

    public List<String> columns() {
        return columns;
    }

    public static Dataset of(String field, String id) {
        return Arrays.stream(values())
                .filter(d -> d.id.equals(id))
                .findFirst()
                .orElseThrow(() -> ProblemException.invalid(
                        field,
                        "must be one of "
                                + Arrays.stream(values()).map(Dataset::id).collect(Collectors.joining(", "))));
    }
}
