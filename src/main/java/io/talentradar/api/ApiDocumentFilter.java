package io.talentradar.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.talentradar.common.audit.AuditResource;
import io.talentradar.common.security.ApiKeyService;
import io.talentradar.common.web.ExternalIdFormats;
import io.talentradar.common.web.Params;
import io.talentradar.common.web.Slugs;
import io.talentradar.departure.DepartureService;
import io.talentradar.indices.IndicesResource;
import io.talentradar.lab.LabService;
import io.talentradar.lab.LabType;
import io.talentradar.researcher.ResearcherService;
import io.talentradar.scoring.DestinationType;
import io.talentradar.scoring.Seniority;
import io.talentradar.transfer.RedirectResource;
import io.talentradar.watch.WatchlistService;
import io.talentradar.watch.WebhookService;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * What every operation shares, written into the document once instead of on every resource method: the
 * answers any request may get (429, 414, 431, 406, 401 for an unknown key, 411/413/503 for
 * writes), the exact type of each query and path parameter (ranges, patterns, enums, booleans), each
 * list's sortable fields, and that public reads need no key. Applied at build time, so the committed
 * document and the served one are the same.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiDocumentFilter implements OASFilter {

    private static final Map<String, Collection<String>> SORT_FIELDS = Map.ofEntries(
            Map.entry("listLabs", LabService.SORTABLE.keySet()),
            Map.entry("listResearchers", ResearcherService.SORTABLE.keySet()),
            Map.entry("getLabRoster", ResearcherService.SORTABLE.keySet()),
            Map.entry("listResearcherAffiliations", ResearcherService.AFFILIATION_SORTABLE.keySet()),
            Map.entry("listAffiliations", ResearcherService.ALL_AFFILIATIONS_SORTABLE.keySet()),
            Map.entry("listDepartures", DepartureService.SORTABLE.keySet()),
            Map.entry("listLabDepartures", DepartureService.SORTABLE.keySet()),
            Map.entry("listLabArrivals", DepartureService.SORTABLE.keySet()),
            Map.entry("listApiKeys", ApiKeyService.SORTABLE.keySet()),
            Map.entry("listAuditEvents", AuditResource.SORTABLE.keySet()),
            Map.entry("listIndices", IndicesResource.sortFields()),
            Map.entry("listWatchlists", WatchlistService.SORTABLE.keySet()),
            Map.entry("listWebhooks", WebhookService.SORTABLE.keySet()),
            Map.entry("listWebhookDeliveries", List.of("id")),
            Map.entry("listRedirects", RedirectResource.SORTABLE.keySet()));

    private static final List<String> BOOLEANS = List.of("partial", "explain", "rollup");
    private static final List<String> DATES = List.of("asOf", "since", "until", "from", "to");
    private static final List<String> SLUGS = List.of("slug", "parent", "lab", "fromLab", "toLab", "researcher");

    /** Properties of the scoring core's types (which carry no annotations) that are null in some answers. */
    private static final Map<String, List<String>> NULLABLE = Map.of(
            // a TCI term is a person at a lab, not a departure: it has no departure, date, labs or loss factors
            "Contribution",
                    List.of("departureId", "date", "fromLab", "toLab", "tenure", "destination", "confidence", "decay"),
            "ApiKey", List.of("revokedAt"));

    @Override
    public void filterOpenAPI(OpenAPI api) {
        NULLABLE.forEach((name, properties) -> {
            Schema schema = api.getComponents().getSchemas().get(name);
            if (schema == null) {
                throw new IllegalStateException("No schema " + name + " in the document");
            }
            properties.forEach(property -> nullable(schema, property));
        });
        // request bodies refuse unknown fields (quarkus.jackson.fail-on-unknown-properties)
        api.getComponents().getSchemas().forEach((name, schema) -> {
            if (name.endsWith("Input")
                    || name.equals("AffiliationSince")
                    || name.equals("ScenarioRequest")
                    || name.equals("ScenarioDeparture")) {
                schema.additionalPropertiesBoolean(false);
            }
        });
        api.getPaths()
                .getPathItems()
                .forEach((path, item) -> item.getOperations().forEach((method, op) -> {
                    if (op.getParameters() != null) {
                        if ("getLabIndexHistory".equals(op.getOperationId())) {
                            op.getParameters().stream()
                                    .filter(p -> p.getName().equals("asOf"))
                                    .toList()
                                    .forEach(op::removeParameter); // from and to name the dates
                        }
                        op.getParameters().forEach(p -> {
                            typeParameter(op, p);
                            typeExample(p);
                        });
                    }
                    shareAnswers(path, method, op);
                    publicReads(op);
                }));
    }

    private static void typeParameter(Operation op, Parameter p) {
        String name = p.getName();
        Schema schema = p.getSchema() == null ? OASFactory.createSchema() : p.getSchema();
        p.setSchema(schema);
        if (p.getIn() == Parameter.In.PATH && (name.equals("id") || name.equals("deliveryId"))) {
            integer(schema, 1, null).format("int64");
        } else if (name.equals("page")) {
            integer(schema, 0, 1_000_000);
        } else if (name.equals("size")) {
            integer(schema, 1, 200);
        } else if (name.equals("window")) {
            integer(schema, 1, 36_500);
        } else if (name.equals("halfLife")) {
            schema.type(List.of(Schema.SchemaType.NUMBER))
                    .exclusiveMinimum(BigDecimal.ZERO)
                    .maximum(BigDecimal.valueOf(36_500));
        } else if (BOOLEANS.contains(name)) {
            schema.type(List.of(Schema.SchemaType.BOOLEAN)).format(null).defaultValue(false);
        } else if (DATES.contains(name)) {
            schema.type(List.of(Schema.SchemaType.STRING)).format("date");
        } else if (SLUGS.contains(name)) {
            schema.type(List.of(Schema.SchemaType.STRING)).pattern(Slugs.REGEX);
        } else if (name.equals("sort")) {
            sort(op, p, schema);
        } else if (name.equals("type") && op.getOperationId().equals("listLabs")) {
            enumOf(schema, LabType.values());
        } else if (name.equals("destinationType")) {
            enumOf(schema, DestinationType.values());
        } else if (name.equals("minSeniority") || name.equals("seniority")) {
            enumOf(schema, Seniority.values());
        } else if (name.equals("country")) {
            schema.type(List.of(Schema.SchemaType.STRING)).pattern(Params.COUNTRY_REGEX);
        } else if (name.equals("expertise")) {
            schema.type(List.of(Schema.SchemaType.STRING)).pattern(Params.AREA_REGEX);
        } else if (name.equals("orcid")) {
            schema.type(List.of(Schema.SchemaType.STRING)).pattern(ExternalIdFormats.ORCID_REGEX);
        } else if (name.equals("ror")) {
            schema.type(List.of(Schema.SchemaType.STRING)).pattern(ExternalIdFormats.ROR_REGEX);
        } else if (name.equals("openalex")) {
            schema.type(List.of(Schema.SchemaType.STRING))
                    .pattern(
                            op.getOperationId().equals("listLabs")
                                    ? ExternalIdFormats.OPENALEX_INSTITUTION_REGEX
                                    : ExternalIdFormats.OPENALEX_AUTHOR_REGEX);
        }
    }

    private static void nullable(Schema owner, String property) {
        Schema schema = owner.getProperties().get(property);
        if (schema == null) {
            throw new IllegalStateException("No property " + property + " in the document");
        }
        if (schema.getRef() != null) {
            owner.addProperty(
                    property,
                    OASFactory.createSchema()
                            .anyOf(List.of(
                                    OASFactory.createSchema().ref(schema.getRef()),
                                    OASFactory.createSchema().type(List.of(Schema.SchemaType.NULL)))));
        } else if (!schema.getType().contains(Schema.SchemaType.NULL)) {
            List<Schema.SchemaType> types = new java.util.ArrayList<>(schema.getType());
            types.add(Schema.SchemaType.NULL);
            schema.type(types);
        }
    }

    /** An example written as text in an annotation takes the parameter's documented type. */
    private static void typeExample(Parameter p) {
        if (!(p.getExample() instanceof String text)
                || p.getSchema() == null
                || p.getSchema().getType() == null) {
            return;
        }
        if (p.getSchema().getType().contains(Schema.SchemaType.INTEGER)) {
            p.setExample(Long.parseLong(text));
        } else if (p.getSchema().getType().contains(Schema.SchemaType.BOOLEAN)) {
            p.setExample(Boolean.parseBoolean(text));
        } else if (p.getSchema().getType().contains(Schema.SchemaType.NUMBER)) {
            p.setExample(new BigDecimal(text));
        }
    }

    private static Schema integer(Schema schema, long min, Integer max) {
        schema.type(List.of(Schema.SchemaType.INTEGER)).minimum(BigDecimal.valueOf(min));
        if (max != null) {
            schema.maximum(BigDecimal.valueOf(max));
        }
        return schema;
    }

    private static void enumOf(Schema schema, Enum<?>[] values) {
        schema.type(List.of(Schema.SchemaType.STRING))
                .enumeration(Arrays.stream(values).map(v -> (Object) v.name()).toList());
    }

    /** A comma-separated list of the operation's sortable fields, each optionally prefixed with '-'. */
    private static void sort(Operation op, Parameter p, Schema schema) {
        Collection<String> fields = SORT_FIELDS.get(op.getOperationId());
        if (fields == null) {
            throw new IllegalStateException("No sortable fields declared for " + op.getOperationId());
        }
        List<String> sorted = List.copyOf(new TreeSet<>(fields));
        String one = "-?(" + String.join("|", sorted) + ")";
        schema.type(List.of(Schema.SchemaType.STRING)).pattern("^" + one + "(," + one + ")*$");
        p.setDescription("Sort fields, comma-separated; prefix '-' for descending. Fields: " + String.join(", ", sorted)
                + (op.getOperationId().equals("listIndices")
                        ? ". Figures equal to nine decimal places are ties, ordered by lab"
                        : ""));
        p.setExample(sorted.get(0));
    }

    private static void shareAnswers(String path, PathItem.HttpMethod method, Operation op) {
        APIResponses responses = op.getResponses();
        boolean read = method == PathItem.HttpMethod.GET;
        // every operation checks a key it is sent: an unknown or revoked one is 401, also on reads
        responses.addAPIResponse("401", ref("Unauthorized"));
        if (responses.hasAPIResponse("403")) {
            responses.addAPIResponse("403", ref("Forbidden"));
        }
        responses.addAPIResponse("414", ref("UriTooLong"));
        responses.addAPIResponse("431", ref("HeadersTooLarge"));
        responses.addAPIResponse("429", ref("TooManyRequests"));
        responses.addAPIResponse("406", ref("NotAcceptable")); // any Accept the answer cannot meet
        if (!read) {
            if (method != PathItem.HttpMethod.DELETE) {
                responses.addAPIResponse("411", ref("LengthRequired"));
                responses.addAPIResponse("413", ref("PayloadTooLarge"));
            }
            responses.addAPIResponse("503", ref("Busy"));
        }
        if (op.getRequestBody() != null) {
            responses.addAPIResponse("415", ref("UnsupportedMediaType"));
        }
        if (op.getParameters() != null
                && op.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)
                && !responses.hasAPIResponse("404")) {
            responses.addAPIResponse("404", ref("NotFound"));
        }
        if (path.startsWith("/api/v1/labs/{slug}") || path.startsWith("/api/v1/researchers/{slug}")) {
            responses.addAPIResponse("308", ref("Moved")); // under a slug it had before a rename
        }
        if (!responses.hasAPIResponse("400")
                && (op.getRequestBody() != null
                        || op.getParameters() != null && !op.getParameters().isEmpty())) {
            responses.addAPIResponse("400", ref("BadRequest"));
        }
        // answers are sorted by status, so the document reads (and diffs) the same on every build
        Map<String, APIResponse> sortedAnswers = new java.util.TreeMap<>(responses.getAPIResponses());
        responses.setAPIResponses(sortedAnswers);
    }

    private static APIResponse ref(String name) {
        return OASFactory.createAPIResponse().ref(name);
    }

    /** A read that needs no role (the read policy) is served without a key while reads are public. */
    private static void publicReads(Operation op) {
        List<SecurityRequirement> security = op.getSecurity();
        if (security == null || security.size() != 1) {
            return;
        }
        List<String> roles = security.get(0).getScheme("ApiKey");
        if (roles != null && roles.isEmpty()) {
            op.setSecurity(List.of(
                    OASFactory.createSecurityRequirement(),
                    OASFactory.createSecurityRequirement().addScheme("ApiKey")));
            op.setDescription((op.getDescription() == null ? "" : op.getDescription() + " ")
                    + "No key is needed while reads are public (talentradar.auth.public-read=true, the default).");
        }
    }
}
