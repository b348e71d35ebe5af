package io.talentradar.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * The contract gate: every answer a test gets is checked against the committed {@code openapi/openapi.yaml}.
 * The status must be documented for the operation, the content type must be one the document lists for
 * that status, and a JSON body must match its schema (OpenAPI 3.1 schemas are JSON Schema 2020-12). A
 * violation fails the test that caused it, naming the operation and what broke.
 */
public final class OpenApiGate implements Filter {

    public static final OpenApiGate INSTANCE = new OpenApiGate();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong CHECKED = new AtomicLong();

    private final ObjectNode document;
    private final List<Template> templates = new ArrayList<>();
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private record Template(String path, Pattern pattern, int literals) {}

    private OpenApiGate() {
        try {
            document = (ObjectNode) new ObjectMapper(new YAMLFactory())
                    .readTree(Path.of("openapi/openapi.yaml").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        document.get("paths")
                .fieldNames()
                .forEachRemaining(p -> templates.add(new Template(
                        p,
                        Pattern.compile("^" + p.replaceAll("\\{[^/]+}", "[^/]+") + "$"),
                        p.replaceAll("\\{[^/]+}", "").length())));
        templates.sort((a, b) -> b.literals() - a.literals());
    }

    /** The committed document, as a tree (for tests generated from it). */
    public JsonNode document() {
        return document;
    }

    /** How many answers the gate has checked in this JVM. */
    public static long checked() {
        return CHECKED.get();
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification spec, FilterContext context) {
        Response response = context.next(request, spec);
        List<String> violations =
                violations(request.getMethod(), URI.create(request.getURI()).getRawPath(), response);
        if (!violations.isEmpty()) {
            throw new AssertionError("The answer to " + request.getMethod() + " " + request.getURI()
                    + " breaks openapi/openapi.yaml: " + String.join("; ", violations));
        }
        return response;
    }

    List<String> violations(String method, String path, Response response) {
        List<String> out = new ArrayList<>();
        Template template = templates.stream()
                .filter(t -> t.pattern().matcher(path).matches())
                .findFirst()
                .orElse(null);
        int status = response.statusCode();
        if (template == null) {
            if (path.startsWith("/api/") && status != 404) {
                out.add("the path is not in the document but answered " + status);
            }
            return out;
        }
        String verb = method.toLowerCase(Locale.ROOT);
        if (verb.equals("head") || verb.equals("options")) {
            return out;
        }
        CHECKED.incrementAndGet();
        String base = "/paths/" + escape(template.path()) + "/" + verb;
        JsonNode operation = document.at(base);
        if (operation.isMissingNode()) {
            if (status != 405) {
                out.add("the method is not in the document but answered " + status);
            }
            return out;
        }
        String responsePointer = base + "/responses/" + status;
        JsonNode answer = document.at(responsePointer);
        if (answer.isMissingNode()) {
            out.add("status " + status + " is not documented for "
                    + operation.path("operationId").asText());
            return out;
        }
        if (answer.has("$ref")) {
            responsePointer = answer.get("$ref").asText().substring(1);
            answer = document.at(responsePointer);
        }
        String body = response.asString();
        JsonNode content = answer.get("content");
        if (content == null) {
            if (body != null && !body.isEmpty()) {
                out.add("status " + status + " is documented without a body but has one");
            }
            return out;
        }
        String contentType = response.contentType() == null
                ? ""
                : response.contentType().split(";")[0].trim();
        if (!content.has(contentType)) {
            if (!(contentType.isEmpty() && (body == null || body.isEmpty()))) {
                out.add("content type '" + contentType + "' is not documented for status " + status + " (documented: "
                        + names(content) + ")");
            }
            return out;
        }
        if (contentType.endsWith("json") && content.get(contentType).has("schema")) {
            String pointer = "#" + responsePointer + "/content/" + escape(contentType) + "/schema";
            Schema schema = schemas.computeIfAbsent(pointer, this::schemaAt);
            try {
                for (Error error : schema.validate(JSON.readTree(body))) {
                    if (out.size() < 5) {
                        out.add(error.getInstanceLocation() + ": " + error.getMessage());
                    }
                }
            } catch (IOException e) {
                out.add("the body is not JSON: " + e.getMessage());
            }
        }
        return out;
    }

    private Schema schemaAt(String pointer) {
        ObjectNode root = document.deepCopy();
        root.put("$ref", pointer);
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        return registry.getSchema(root);
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    private static String names(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return String.join(", ", names);
    }
}
