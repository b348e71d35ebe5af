package io.talentradar.transfer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an import did. When rows were rejected and nothing was written, the same report is the body of a
 * 422 problem+json answer: the problem's members (type, title, status, detail) come first.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "ImportReport",
        description = "Rows read, created and rejected, per dataset; the first " + ImportReport.MAX_LISTED
                + " rejected rows with their line numbers and reasons.")
public record ImportReport(
        @Schema(description = "Only when nothing was written", example = "/problems/import-rejected")
        String type,

        @Schema(description = "Only when nothing was written", example = "Import rejected")
        String title,

        @Schema(description = "Only when nothing was written", example = "422")
        Integer status,

        @Schema(description = "Only when nothing was written")
        String detail,

        @Schema(description = "Whether the accepted rows were written")
        boolean committed,

        @Schema(description = "Whether partial=true was asked")
        boolean partial,

        @Schema(description = "Rows written, all datasets", example = "364")
        int created,

        @Schema(description = "Rows rejected, all datasets", example = "0")
        int rejected,

        List<DatasetReport> datasets,
        List<Rejection> rejections) {

    public static final int MAX_LISTED = 1000;

    @Schema(name = "ImportDatasetReport")
    public record DatasetReport(
            @Schema(example = "affiliations") String dataset,

            @Schema(description = "Data rows in the file", example = "189")
            int rows,

            @Schema(example = "128") int created,

            @Schema(
                    description = "Stints a departure of the same import opens; the departure creates them",
                    example = "61")
            int derived,

            @Schema(example = "0") int rejected) {}

    @Schema(name = "ImportRejection")
    public record Rejection(
            @Schema(example = "departures") String dataset,

            @Schema(description = "Line of the file the row starts on; the header is line 1", example = "12")
            long line,

            @Schema(example = "fromLabSlug: no lab with slug 'open-ai'")
            String reason) {}
}
