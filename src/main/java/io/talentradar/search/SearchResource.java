package io.talentradar.search;

import io.quarkus.vertx.http.security.AuthorizationPolicy;
import io.talentradar.common.auth.Roles;
import io.talentradar.common.error.ProblemException;
import io.talentradar.common.web.ApiDefinition;
import io.talentradar.common.web.Params;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@AuthorizationPolicy(name = Roles.READ)
@Path("/search")
@Tag(name = "Search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private static final Set<String> TYPES = Set.of("lab", "researcher");

    private final SearchService search;

    SearchResource(SearchService search) {
        this.search = search;
    }

    @Schema(name = "SearchResults")
    public record Results(
            @Schema(example = "Illya Sutskevar") String query, List<Hit> items) {}

    @Schema(name = "SearchHit", description = "A lab or researcher found, and what matched")
    public record Hit(
            @Schema(
                    example = "researcher",
                    enumeration = {"lab", "researcher"})
            String type,

            @Schema(example = "ilya-sutskever") String slug,
            @Schema(example = "Ilya Sutskever") String name,

            @Schema(nullable = true, example = "ssi", description = "A researcher's current lab (PRIMARY stint)")
            String labSlug,

            @Schema(
                    example = "FUZZY",
                    enumeration = {"EXACT", "PREFIX", "FUZZY"},
                    description = "EXACT: the query is a whole name, alias, slug or id; PREFIX: each word of the query"
                            + " is a word, or the start of one; FUZZY: some word needed one typo forgiven")
            String match,

            @Schema(
                    example = "name",
                    description = "name, alias, slug, orcid, openalex, scholar, dblp, homepage, x, ror, notableWork"
                            + " or expertise")
            String matchedOn,

            @Schema(example = "Ilya Sutskever", description = "The text that matched, as stored")
            String matchedText) {}

    @GET
    @Operation(
            operationId = "search",
            summary = "Find labs and researchers",
            description = "Over names, aliases, slugs, external ids, notable work and expertise; case and accents do"
                    + " not matter, and one typo per word of four letters or more is forgiven in names, aliases and"
                    + " slugs. Ranked: exact, then prefix (every word a word or the start of one), then fuzzy;"
                    + " within each, matches in names before aliases, slugs, ids, notable work and expertise, then"
                    + " shorter names. Exact as of the last write, on every instance.")
    @APIResponse(
            responseCode = "200",
            description = "The best matches, best first",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Results.class),
                            examples =
                                    @ExampleObject(
                                            name = "typo",
                                            value =
                                                    "{\"query\":\"Illya Sutskevar\",\"items\":[{\"type\":\"researcher\","
                                                            + "\"slug\":\"ilya-sutskever\",\"name\":\"Ilya Sutskever\","
                                                            + "\"labSlug\":\"ssi\",\"match\":\"FUZZY\",\"matchedOn\":\"name\","
                                                            + "\"matchedText\":\"Ilya Sutskever\"}]}")))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public Results search(
            @Parameter(description = "What to look for (1 to 200 characters)", required = true, example = "sutskever")
                    @QueryParam("q")
                    String q,
            @Parameter(description = "Comma-separated: lab, researcher (default both)", example = "lab,researcher")
                    @QueryParam("types")
                    String types,
            @Parameter(description = "At most this many (1 to 50, default 10)", example = "10") @QueryParam("limit")
                    String limit) {
        String query = Params.text("q", q, 200);
        if (query == null || Text.normalize(query).isEmpty()) {
            throw ProblemException.invalid("q", "must contain a letter or a digit");
        }
        int count = (int) Params.integer("limit", limit, 10, 1, 50);
        return new Results(query, search.search(query, types(types), count));
    }

    private static Set<String> types(String raw) {
        if (raw == null || raw.isBlank()) {
            return TYPES;
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String type : raw.split(",")) {
            if (!TYPES.contains(type.trim())) {
                throw ProblemException.invalid("types", "must be comma-separated types from lab, researcher");
            }
            chosen.add(type.trim());
        }
        return chosen;
    }
}
