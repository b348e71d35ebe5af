package io.talentradar.transfer;

import io.quarkus.vertx.http.security.AuthorizationPolicy;
import io.talentradar.common.auth.Roles;
import io.talentradar.common.error.ProblemException;
import io.talentradar.common.paging.CachedAnswers;
import io.talentradar.common.paging.CsvExport;
import io.talentradar.common.paging.PageParams;
import io.talentradar.common.paging.PageResponse;
import io.talentradar.common.persistence.SlugRedirects;
import io.talentradar.common.persistence.SlugRedirects.Redirect;
import io.talentradar.common.web.ApiDefinition;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where renamed, merged and deleted slugs lead: for clients that keep slugs, and for exports (redirects.csv). */
@AuthorizationPolicy(name = Roles.READ)
@Path("/redirects")
@Tag(name = "Import and export")
@Produces(MediaType.APPLICATION_JSON)
public class RedirectResource {

    /** Oldest first, or newest first with sort=-at. */
    public static final Map<String, String> SORTABLE = Map.of("at", "at");

    private final SlugRedirects redirects;

    private final CachedAnswers answers;

    RedirectResource(SlugRedirects redirects, CachedAnswers answers) {
        this.answers = answers;
        this.redirects = redirects;
    }

    /** As CSV: the columns of redirects.csv. */
    public static final CsvExport.View<Redirect> CSV = new CsvExport.View<>(
            "redirects",
            List.of("resourceType", "oldSlug", "newSlug", "at"),
            r -> Arrays.asList(r.resourceType(), r.oldSlug(), r.newSlug(), r.at()));

    @Schema(name = "RedirectPage")
    public record RedirectPage(List<Redirect> items, int page, int size, long totalItems, int totalPages) {}

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE})
    @Operation(
            operationId = "listRedirects",
            summary = "List slug redirects",
            description = "Every slug a lab or researcher had before a rename or a merge, and where it leads now"
                    + " (a GET under it answers 308 there); a deleted one's slug leads nowhere. Oldest first. As CSV"
                    + " it is redirects.csv, which an import takes back, so an export round-trips them exactly.")
    @APIResponse(
            responseCode = "200",
            description = "A page of redirects",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RedirectPage.class)),
                @Content(
                        mediaType = CsvExport.MEDIA_TYPE,
                        schema =
                                @Schema(
                                        type = SchemaType.STRING,
                                        description = "With Accept: text/csv: every selected row, as redirects.csv"))
            })
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public Response list(
            @Parameter(description = "lab or researcher", example = "researcher") @QueryParam("type") String type,
            @BeanParam PageParams paging,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        if (type != null && !type.equals("lab") && !type.equals("researcher")) {
            throw ProblemException.invalid("type", "must be lab or researcher");
        }
        return answers.page(
                headers,
                uri,
                paging.toRequest(SORTABLE, "at"),
                page -> {
                    boolean newestFirst = page.sort().getColumns().get(0).getDirection()
                            == io.quarkus.panache.common.Sort.Direction.Descending;
                    List<Redirect> items = redirects.list(type, newestFirst, page.page() * page.size(), page.size());
                    return PageResponse.of(items, page, () -> redirects.count(type));
                },
                CSV);
    }
}
