package io.talentradar.indices;

import io.quarkus.vertx.http.security.AuthorizationPolicy;
import io.talentradar.common.auth.Roles;
import io.talentradar.common.error.ProblemException;
import io.talentradar.common.paging.CachedAnswers;
import io.talentradar.common.paging.PageRequest;
import io.talentradar.common.paging.PageResponse;
import io.talentradar.common.paging.Paged;
import io.talentradar.common.web.ApiDefinition;
import io.talentradar.common.web.Params;
import io.talentradar.indices.IndexResponses.FlowsResponse;
import io.talentradar.indices.IndexResponses.RankedLab;
import io.talentradar.indices.IndexResponses.RankingResponse;
import io.talentradar.indices.IndexResponses.ScenarioLab;
import io.talentradar.indices.IndexResponses.ScenarioResponse;
import io.talentradar.indices.IndexResponses.SignalsResponse;
import io.talentradar.indices.IndexResponses.Triple;
import io.talentradar.scoring.IndexQuery;
import io.talentradar.scoring.LabIndices;
import io.talentradar.scoring.Ranking;
import io.talentradar.scoring.ScoringModel;
import io.talentradar.scoring.Snapshot;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The scoring endpoints: thin, the figures come from {@link ScoringService} and the plain core. */
@AuthorizationPolicy(name = Roles.READ)
@Path("/")
@Tag(name = "Indices")
@Produces(MediaType.APPLICATION_JSON)
public class IndicesResource {

    /** The fields the ranking can be sorted by, and how each is read. */
    static final Map<String, Comparator<LabIndices>> SORTABLE = new LinkedHashMap<>();

    /** The fields the ranking can be sorted by. */
    public static java.util.Set<String> sortFields() {
        return SORTABLE.keySet();
    }

    static {
        // on the primitive figures: a ranking of thousands of labs is sorted without boxing each comparison
        SORTABLE.put("lab", Comparator.comparing(LabIndices::lab));
        SORTABLE.put("mass", figure(LabIndices::mass));
        SORTABLE.put("tci", figure(LabIndices::tci));
        SORTABLE.put("kpd", figure(LabIndices::kpd));
        SORTABLE.put("sli", figure(LabIndices::sli));
        SORTABLE.put("sgi", figure(LabIndices::sgi));
        SORTABLE.put("netFlow", figure(LabIndices::netFlow));
        SORTABLE.put("flowBalance", figure(LabIndices::flowBalance));
        SORTABLE.put("headcount", Comparator.comparingInt(LabIndices::headcount));
        SORTABLE.put("attritionRate", figure(LabIndices::attritionRate));
    }

    /**
     * A figure as the ranking orders it: to nine decimal places. The same terms summed in another order (a
     * snapshot read whole or patched change by change, the rows of a re-import) differ in the last bits, so
     * labs with equal figures would otherwise change places between instances and pages; equal to nine places,
     * they are ties and go by slug.
     */
    static Comparator<LabIndices> figure(java.util.function.ToDoubleFunction<LabIndices> read) {
        return Comparator.comparingDouble(l -> Math.rint(read.applyAsDouble(l) * 1e9) + 0.0); // -0.0 is 0
    }

    private final ScoringService service;
    private final ScoringModel model;

    private final CachedAnswers answers;

    IndicesResource(ScoringService service, ScoringModel model, CachedAnswers answers) {
        this.answers = answers;
        this.service = service;
        this.model = model;
    }

    @GET
    @Path("indices")
    @Operation(
            operationId = "listIndices",
            summary = "Every lab's indices and the field's concentration",
            description = "One item per lab "
                    + "(per top-most lab with rollup=true), with the field HHI and its band. Sort by lab, mass, tci, kpd, "
                    + "sli, sgi, netFlow, flowBalance, headcount or attritionRate; '-' for descending (default -tci).")
    @APIResponse(
            responseCode = "200",
            description = "The ranking",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RankingResponse.class),
                            examples = @ExampleObject(name = "ranking", value = IndexExamples.RANKING)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public Response ranking(
            @BeanParam IndexParams params,
            @Parameter(description = "Sort fields, comma-separated, '-' for descending", example = "-sli")
                    @QueryParam("sort")
                    String sort,
            @Parameter(description = "Zero-based page; with page or size the ranking is paged (default: every lab)")
                    @QueryParam("page")
                    String page,
            @Parameter(description = "Labs per page, 1 to 200 (default 20 when page is given)", example = "20")
                    @QueryParam("size")
                    String size,
            @Parameter(
                            description = "Only these figures per lab, comma-separated (default: all)",
                            example = "tci,sli,netFlow")
                    @QueryParam("fields")
                    String fields,
            @Context UriInfo uri) {
        Comparator<LabIndices> order = comparator(sort == null || sort.isBlank() ? "-tci" : sort);
        java.util.Set<String> chosen = fields(fields);
        Optional<PageRequest> paging = PageRequest.optional(page, size);
        return answers.json(uri, () -> {
            Snapshot snapshot = service.snapshot();
            IndexQuery query = params.toQuery(model, snapshot);
            Ranking ranking = service.ranking(snapshot, query);
            List<LabIndices> sorted = new ArrayList<>(ranking.labs());
            sorted.sort(order);
            int total = sorted.size();
            List<LabIndices> shown = paging.map(p ->
                            sorted.subList((int) Math.min((long) p.page() * p.size(), total), (int)
                                    Math.min((long) p.page() * p.size() + p.size(), total)))
                    .orElse(sorted);
            RankingResponse body = new RankingResponse(
                    query.asOf(),
                    query.window(),
                    query.halfLife(),
                    query.expertise(),
                    query.rollup(),
                    ranking.hhi(),
                    ranking.hhiBand(),
                    total,
                    paging.map(PageRequest::page).orElse(null),
                    paging.map(PageRequest::size).orElse(null),
                    projected(shown, chosen));
            Link[] links = paging.map(
                            p -> Paged.links(uri, p.page(), p.size(), PageResponse.totalPages(total, p.size())))
                    .orElse(new Link[0]);
            return new CachedAnswers.Made(body, links);
        });
    }

    /** Each lab's item made as it is written out: a long ranking is not copied into a second list first. */
    private static List<RankedLab> projected(List<LabIndices> labs, java.util.Set<String> fields) {
        boolean[] chosen = RankedLab.chosen(fields);
        return new java.util.AbstractList<>() {
            @Override
            public RankedLab get(int index) {
                return RankedLab.of(labs.get(index), chosen);
            }

            @Override
            public int size() {
                return labs.size();
            }
        };
    }

    private static java.util.Set<String> fields(String raw) {
        if (raw == null || raw.isBlank()) {
            return java.util.Set.copyOf(RankedLab.FIELDS);
        }
        java.util.Set<String> chosen = new java.util.HashSet<>();
        for (String part : raw.split(",", -1)) {
            String field = part.trim();
            if (!RankedLab.FIELDS.contains(field)) {
                throw ProblemException.invalid(
                        "fields",
                        "unknown field '" + (field.length() > 40 ? field.substring(0, 40) : field) + "'; allowed: "
                                + String.join(", ", RankedLab.FIELDS));
            }
            chosen.add(field);
        }
        return chosen;
    }

    @GET
    @Path("flows")
    @Operation(
            operationId = "getFlows",
            summary = "Talent flows between labs",
            description = "Edges from lab to lab over the window, with "
                    + "the number of moves and the movers' talent mass; 'to' is null when undisclosed.")
    @APIResponse(
            responseCode = "200",
            description = "The edges, largest mass first",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FlowsResponse.class),
                            examples = @ExampleObject(name = "flows", value = IndexExamples.FLOWS)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public FlowsResponse flows(@BeanParam IndexParams params) {
        Snapshot snapshot = service.snapshot();
        IndexQuery query = params.toQuery(model, snapshot);
        return new FlowsResponse(
                query.asOf(), query.window(), query.expertise(), query.rollup(), service.flows(snapshot, query));
    }

    @GET
    @Path("signals")
    @Operation(
            operationId = "listSignals",
            summary = "Senior-exodus signals",
            description = "Episodes up to asOf in which at least 3 researchers "
                    + "of seniority LEAD or above left one lab within 90 days (both configurable), latest first.")
    @APIResponse(
            responseCode = "200",
            description = "The signals",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SignalsResponse.class),
                            examples = @ExampleObject(name = "signals", value = IndexExamples.SIGNALS)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public SignalsResponse signals(
            @BeanParam IndexParams params,
            @Parameter(description = "Only this lab's signals", example = "openai") @QueryParam("lab") String lab) {
        Snapshot snapshot = service.snapshot();
        IndexQuery query = params.toQuery(model, snapshot);
        return new SignalsResponse(query.asOf(), service.signals(snapshot, query, Params.slug("lab", lab)));
    }

    @POST
    @Path("scenarios")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "runScenario",
            summary = "What if these researchers left?",
            description = "Applies hypothetical departures on top "
                    + "of the stored data and answers before, after and delta of TCI, SLI and SGI for the labs involved, "
                    + "and the field HHI. Validated like real departures; stores nothing.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ScenarioRequest.class),
                            examples = @ExampleObject(name = "scenario", value = IndexExamples.SCENARIO_INPUT)))
    @APIResponse(
            responseCode = "200",
            description = "Before and after",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ScenarioResponse.class),
                            examples = @ExampleObject(name = "scenario", value = IndexExamples.SCENARIO)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    @APIResponse(responseCode = "415", ref = ApiDefinition.UNSUPPORTED_MEDIA_TYPE)
    public ScenarioResponse scenario(ScenarioRequest body, @BeanParam IndexParams params) {
        ScoringService.ScenarioOutcome outcome = service.scenario(body, params);
        List<ScenarioLab> labs = new ArrayList<>();
        for (String lab : outcome.labs()) {
            Triple before = Triple.of(find(outcome.before(), lab));
            Triple after = Triple.of(find(outcome.after(), lab));
            labs.add(new ScenarioLab(lab, before, after, after.minus(before)));
        }
        return new ScenarioResponse(
                outcome.query().asOf(), outcome.before().hhi(), outcome.after().hhi(), labs);
    }

    @GET
    @Path("scoring/model")
    @Operation(
            operationId = "getScoringModel",
            summary = "The scoring model in force",
            description = "Every weight and default " + "(talentradar.scoring.* configuration).")
    @APIResponse(
            responseCode = "200",
            description = "The model",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ScoringModel.class)))
    public ScoringModel scoringModel() {
        return model;
    }

    private static LabIndices find(Ranking ranking, String lab) {
        return ranking.labs().stream()
                .filter(f -> f.lab().equals(lab))
                .findFirst()
                .orElseThrow();
    }

    /** The ranking's order for a {@code sort} parameter: its keys, then the lab's slug. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Comparator<LabIndices> comparator(String sort) {
        Comparator<LabIndices> order = null;
        for (PageRequest.SortKey key : PageRequest.sortKeys(sort, SORTABLE.keySet())) {
            Comparator<LabIndices> next = SORTABLE.get(key.field());
            if (key.descending()) {
                next = next.reversed();
            }
            order = order == null ? next : order.thenComparing(next);
        }
        return order.thenComparing(LabIndices::lab);
    }
}
