package io.talentradar.transfer;

import io.talentradar.common.auth.Roles;
import io.talentradar.common.error.Problem;
import io.talentradar.common.error.ProblemException;
import io.talentradar.common.web.ApiDefinition;
import io.talentradar.common.web.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/import")
@Tag(name = "Data transfer")
@RolesAllowed(Roles.EDITOR)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
        responseCode = "200",
        description = "Every row valid (or partial=true): the accepted rows are written",
        content =
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
@APIResponse(
        responseCode = "422",
        description = "Rows were rejected and partial is not true: nothing was written; " + "the report lists them",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ImportReport.class)))
@APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
@APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
@APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED_MEDIA_TYPE)
public class ImportResource {

    private static final String PARTIAL = "Write the valid rows even when some are rejected";

    private final CsvImporter importer;

    ImportResource(CsvImporter importer) {
        this.importer = importer;
    }

    /** The multipart form: one optional file part per dataset. */
    public static class ImportForm {
        @RestForm("labs")
        @Schema(type = SchemaType.STRING, format = "binary", description = "labs.csv")
        public FileUpload labs;

        @RestForm("researchers")
        @Schema(type = SchemaType.STRING, format = "binary", description = "researchers.csv")
        public FileUpload researchers;

        @RestForm("affiliations")
        @Schema(type = SchemaType.STRING, format = "binary", description = "affiliations.csv")
        public FileUpload affiliations;

        @RestForm("departures")
        @Schema(type = SchemaType.STRING, format = "binary", description = "departures.csv")
        public FileUpload departures;

        @RestForm("redirects")
        @Schema(
                type = SchemaType.STRING,
                format = "binary",
                description = "redirects.csv (old slugs, as GET /redirects exports them)")
        public FileUpload redirects;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            operationId = "importCsvFiles",
            summary = "Import CSV files",
            description =
                    "Multipart form with any of the parts labs, "
                            + "researchers, affiliations, departures, redirects, each a CSV file with the columns of its export "
                            + "(header line first). Every row is validated as the API validates it, before anything is "
                            + "committed; labs are written parents first, then researchers, then stints and departures in "
                            + "date order (old slugs' redirects after the labs and researchers). Up to 100,000 rows per request.")
    public Response importFiles(
            @BeanParam ImportForm form,
            @Parameter(description = PARTIAL, example = "false") @QueryParam("partial") String partial) {
        boolean isPartial =
                Params.bool("partial", partial); // the query first: a bad flag is named whatever the files hold
        Map<Dataset, List<CsvRows.Row>> files = new EnumMap<>(Dataset.class);
        read(files, Dataset.LABS, form.labs);
        read(files, Dataset.RESEARCHERS, form.researchers);
        read(files, Dataset.AFFILIATIONS, form.affiliations);
        read(files, Dataset.DEPARTURES, form.departures);
        read(files, Dataset.REDIRECTS, form.redirects);
        if (files.isEmpty()) {
            throw ProblemException.invalid(
                    "file", "send at least one of the parts labs, researchers, affiliations, departures, redirects");
        }
        return answer(importer.run(files, isPartial));
    }

    @POST
    @Path("/{dataset}")
    @Consumes("text/csv")
    @Operation(
            operationId = "importCsvFile",
            summary = "Import one CSV file",
            description = "The body is one dataset's CSV file; otherwise as " + "the multipart import.")
    public Response importOne(
            @Parameter(description = "labs, researchers, affiliations, departures or redirects", example = "labs")
                    @RestPath
                    String dataset,
            @Parameter(description = PARTIAL, example = "false") @QueryParam("partial") String partial,
            InputStream body) {
        Dataset which = Dataset.of("dataset", dataset);
        boolean isPartial = Params.bool("partial", partial);
        try (Reader reader = new InputStreamReader(body, StandardCharsets.UTF_8)) {
            return answer(importer.run(Map.of(which, CsvRows.read(which, reader)), isPartial));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void read(Map<Dataset, List<CsvRows.Row>> files, Dataset dataset, FileUpload upload) {
        if (upload == null) {
            return;
        }
        try (Reader reader = Files.newBufferedReader(upload.uploadedFile(), StandardCharsets.UTF_8)) {
            files.put(dataset, CsvRows.read(dataset, reader));
        } catch (IOException e) {
            throw ProblemException.invalid(dataset.id(), "is not readable UTF-8 text");
        }
    }

    private static Response answer(ImportReport report) {
        return report.committed()
                ? Response.ok(report).build()
                : Response.status(422).type(Problem.MEDIA_TYPE).entity(report).build();
    }
}
