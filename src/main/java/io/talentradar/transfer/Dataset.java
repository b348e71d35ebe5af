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
 * The datasets TalentRadar imports as CSV. Their columns are those of the shared dataset's files and
 * of the list exports (each DTO's CSV view), so the demo data, an import and an export are one format.
 */
public enum Dataset {
    LABS(LabDto.CSV, "ror", "openalex"),
    RESEARCHERS(ResearcherDto.CSV, "orcid", "openalex", "scholar", "dblp", "homepage", "x", "aliases"),
    AFFILIATIONS(AffiliationDto.CSV, "kind", "role"),
    DEPARTURES(DepartureDto.CSV),
    /** Renamed, merged and deleted slugs (not in the shared dataset: an export's fifth file). */
    REDIRECTS(RedirectResource.CSV, "at");

    private final String id;
    private final List<String> columns;
    private final List<String> optional;

    /** {@code optional}: columns added after the shared dataset's files, which a file may leave out. */
    Dataset(CsvExport.View<?> view, String... optional) {
        this.id = view.name();
        this.columns = view.columns();
        this.optional = List.of(optional);
    }

    /** The columns a file must have: all but those added later. */
    public List<String> required() {
        return columns.stream().filter(c -> !optional.contains(c)).toList();
    }

    /** The name in paths and multipart parts: labs, researchers, affiliations, departures, redirects. */
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
