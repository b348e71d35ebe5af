package io.talentradar.transfer;

import io.quarkus.security.identity.SecurityIdentity;
import io.talentradar.common.auth.ApiKeys;
import io.talentradar.common.auth.Roles;
import io.talentradar.common.error.ProblemException;
import io.talentradar.common.web.ApiDefinition;
import io.talentradar.common.web.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Large imports as jobs: the files are accepted at once (202, Location of the job) and imported in the
 * background, all-or-nothing as {@code /import}; the job reports its state and progress until it ends, then
 * the import's report.
 */
@Path("/imports")
@Tag(name = "Data transfer")
@RolesAllowed(Roles.EDITOR)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
public class ImportJobResource {

    private static final String ACCEPTED =
            "Accepted: the files are stored and will be imported; Location names the job";
    private static final String PARTIAL = "Write the valid rows even when some are rejected";

    private final ImportJobs jobs;
    private final SecurityIdentity identity;

    ImportJobResource(ImportJobs jobs, SecurityIdentity identity) {
        this.jobs = jobs;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            operationId = "startImportJob",
            summary = "Import CSV files as a job",
            description =
                    "The multipart form of POST /import (parts labs, researchers, affiliations, departures, redirects). "
                            + "Each file is checked as CSV with the right header at once (400 otherwise); the rows are "
                            + "then imported in the background, all-or-nothing unless partial=true. Poll the job for its "
                            + "progress and, when it has ended, its report.")
    @APIResponse(
            responseCode = "202",
            description = ACCEPTED,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportJobs.Job.class)))
    public Response start(
            @BeanParam ImportResource.ImportForm form,
            @Parameter(description = PARTIAL, example = "false") @QueryParam("partial") String partial,
            UriInfo uri) {
        boolean isPartial = Params.bool("partial", partial);
        Map<Dataset, String> files = new EnumMap<>(Dataset.class);
        put(files, Dataset.LABS, form.labs);
        put(files, Dataset.RESEARCHERS, form.researchers);
        put(files, Dataset.AFFILIATIONS, form.affiliations);
        put(files, Dataset.DEPARTURES, form.departures);
        put(files, Dataset.REDIRECTS, form.redirects);
        if (files.isEmpty()) {
            throw ProblemException.invalid(
                    "file", "send at least one of the parts labs, researchers, affiliations, departures, redirects");
        }
        return accepted(files, isPartial, uri);
    }

    @POST
    @Path("/{dataset}")
    @Consumes("text/csv")
    @Operation(
            operationId = "startImportJobOfOneFile",
            summary = "Import one CSV file as a job",
            description = "The body is one dataset's CSV file; otherwise as the multipart job.")
    @APIResponse(
            responseCode = "202",
            description = ACCEPTED,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportJobs.Job.class)))
    public Response startOne(
            @Parameter(description = "labs, researchers, affiliations, departures or redirects", example = "labs")
                    @RestPath
                    String dataset,
            @Parameter(description = PARTIAL, example = "false") @QueryParam("partial") String partial,
            InputStream body,
            UriInfo uri) {
        Dataset which = Dataset.of("dataset", dataset);
        boolean isPartial = Params.bool("partial", partial);
        try {
            return accepted(Map.of(which, utf8(which, body.readAllBytes())), isPartial, uri);
        } catch (IOException e) {
            throw ProblemException.invalid(which.id(), "could not be read");
        }
    }

    @GET
    @Path("/jobs/{id}")
    @Operation(
            operationId = "getImportJob",
            summary = "An import job",
            description = "Its state (QUEUED, RUNNING, then SUCCEEDED, REJECTED: nothing written, see the report, "
                    + "or FAILED) and progress: rows read, written and rejected of the total. The report is there "
                    + "once the job has ended.")
    @APIResponse(
            responseCode = "200",
            description = "The job",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportJobs.Job.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public ImportJobs.Job get(@Parameter(example = "1") @RestPath String id) {
        return jobs.get(Params.id("id", id));
    }

    private Response accepted(Map<Dataset, String> files, boolean partial, UriInfo uri) {
        long id = jobs.submit(files, partial, identity.getPrincipal().getName(), ApiKeys.keyId(identity));
        return Response.accepted(jobs.get(id))
                .location(uri.getBaseUriBuilder()
                        .path(ImportJobResource.class)
                        .path("jobs")
                        .path(Long.toString(id))
                        .build())
                .build();
    }

    private static void put(Map<Dataset, String> files, Dataset dataset, FileUpload upload) {
        if (upload != null) {
            try {
                files.put(dataset, utf8(dataset, Files.readAllBytes(upload.uploadedFile())));
            } catch (IOException e) {
                throw ProblemException.invalid(dataset.id(), "could not be read");
            }
        }
    }

    private static String utf8(Dataset dataset, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.invalid(dataset.id(), "is not readable UTF-8 text");
        }
    }
}
