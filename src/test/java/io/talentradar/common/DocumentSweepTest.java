package io.talentradar.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A sweep generated from the committed document itself, not from a hand list: for every operation it sends
 * the documented example request (with and without a key) and, for every typed parameter and body field, a
 * value that breaks the documented schema. Valid requests must not be refused as invalid; invalid ones must
 * be a 400 problem naming the parameter or field, and change nothing. Every answer also passes the contract
 * gate ({@link OpenApiGate}): its status, content type and body are the documented ones.
 */
@QuarkusTest
class DocumentSweepTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SEED = Long.getLong("sweep.seed", 20261129L);

    private final JsonNode doc = OpenApiGate.INSTANCE.document();
    private final Random random = new Random(SEED);
    private int operations;
    private int requests;

    private record Call(String method, String template, JsonNode operation) {
        @Override
        public String toString() {
            return operation.path("operationId").asText() + " (" + method + " " + template + ")";
        }
    }

    @Test
    void everyOperationAcceptsItsExampleAndRefusesWhatBreaksItsSchema() {
        List<Call> calls = new ArrayList<>();
        doc.get("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                    if (List.of("get", "post", "put", "delete").contains(op.getKey())) {
                        calls.add(
                                new Call(op.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(), op.getValue()));
                    }
                }));
        try {
            for (Call call : calls) {
                operations++;
                sweep(call);
            }
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + " (seed " + SEED + ", -Dsweep.seed to repeat)", e);
        }
        System.out.printf(
                "Document sweep: %d operations, %d requests, %d answers checked by the gate%n",
                operations, requests, OpenApiGate.checked());
        assertTrue(operations >= 30, "the document lists the API's operations");
    }

    private void sweep(Call call) {
        Map<String, String> pathParams = new LinkedHashMap<>();
        List<JsonNode> queryParams = new ArrayList<>();
        required.clear();
        for (JsonNode p : iterable(call.operation().path("parameters"))) {
            if (p.path("in").asText().equals("path")) {
                pathParams.put(p.get("name").asText(), example(p));
            } else if (p.path("in").asText().equals("query")) {
                queryParams.add(p);
                if (p.path("required").asBoolean()) { // sent with its example in every request of the sweep
                    required.put(p.get("name").asText(), example(p));
                }
            }
        }
        String path = call.template();
        for (Map.Entry<String, String> e : pathParams.entrySet()) {
            path = path.replace("{" + e.getKey() + "}", e.getValue());
        }
        JsonNode body = exampleBody(call.operation());
        boolean jsonBody = call.operation().path("requestBody").path("content").has("application/json");
        Iterator<String> media =
                call.operation().path("requestBody").path("content").fieldNames();
        otherMedia = !jsonBody && media.hasNext() ? media.next() : null;
        boolean anonymousAllowed = anonymousAllowed(call.operation());

        // an event stream never ends: only its refusals are swept (the watch tests read the stream itself)
        boolean stream =
                call.operation().path("responses").path("200").path("content").has("text/event-stream");
        String before = Fixtures.writesSoFar();
        if (stream) {
            sweepParameters(call, path, queryParams, null, null, false);
            return;
        }
        // the documented example, as it is: never refused as invalid
        // (a replace or delete is sent with a stale If-Match: it is checked after the input, and writes nothing)
        String stale = call.method().equals("PUT") || call.method().equals("DELETE") ? "\"999999\"" : null;
        Response valid = send(call.method(), path, Map.of(), jsonBody ? body : null, stale);
        if (otherMedia == null) { // a CSV or multipart body has no example in the document
            assertTrue(
                    valid.statusCode() != 400 || namesMissingReferences(valid),
                    call + " refused its own example: " + valid.asString());
        }
        if (!call.method().equals("GET")) {
            before = Fixtures.writesSoFar();
        }
        // without a key: public reads are served, everything else is 401
        AdminKeyExtension.anonymous();
        Response anonymous = send(call.method(), path, Map.of(), jsonBody ? body : null, null);
        AdminKeyExtension.as(AdminKeyExtension.ADMIN_KEY);
        if (anonymousAllowed) {
            assertNotEquals(401, anonymous.statusCode(), call + " is documented as public");
        } else {
            assertEquals(401, anonymous.statusCode(), call + " needs a key");
        }
        assertEquals(before, Fixtures.writesSoFar(), call + " without a key changed the data");

        sweepParameters(call, path, queryParams, jsonBody ? body : null, stale, true);
        // each body field of the wrong JSON type
        sweepBody(call, path, jsonBody ? body : null);
    }

    /** Each typed query parameter, alone, with its documented example and with values that break it. */
    private void sweepParameters(
            Call call, String path, List<JsonNode> queryParams, JsonNode body, String stale, boolean withExamples) {
        String before;
        for (JsonNode p : queryParams) {
            String name = p.get("name").asText();
            if (withExamples && p.has("example")) {
                Response ok =
                        send(call.method(), path, Map.of(name, p.get("example").asText()), body, stale);
                if (otherMedia == null) {
                    assertTrue(
                            ok.statusCode() != 400 || namesMissingReferences(ok),
                            call + " refused the example of " + name + ": " + ok.asString());
                }
            }
            for (String bad : breaking(p.path("schema"))) {
                before = Fixtures.writesSoFar();
                Response r = send(call.method(), path, Map.of(name, bad), body, null);
                assertEquals(400, r.statusCode(), call + " took " + name + "=" + bad + ": " + r.asString());
                assertTrue(r.jsonPath().getList("errors.field").contains(name), call + " did not name " + name);
                assertEquals(before, Fixtures.writesSoFar(), call + " with " + name + "=" + bad + " changed the data");
            }
        }
    }

    private void sweepBody(Call call, String path, JsonNode body) {
        String before;
        if (body instanceof ObjectNode object) {
            Iterator<String> fields = object.fieldNames();
            List<String> names = new ArrayList<>();
            fields.forEachRemaining(names::add);
            for (String field : names) {
                ObjectNode broken = object.deepCopy();
                broken.set(field, wrongType(object.get(field)));
                before = Fixtures.writesSoFar();
                Response r = send(call.method(), path, Map.of(), broken, "\"0\"");
                assertEquals(
                        400, r.statusCode(), call + " took " + field + "=" + broken.get(field) + ": " + r.asString());
                assertEquals(before, Fixtures.writesSoFar(), call + " with a broken " + field + " changed the data");
            }
            ObjectNode unknown = object.deepCopy();
            unknown.put("unknownField" + random.nextInt(1000), "x");
            assertEquals(
                    400,
                    send(call.method(), path, Map.of(), unknown, "\"0\"").statusCode(),
                    call + " took an unknown field");
        }
    }

    private String otherMedia;

    /** The operation's required query parameters and their examples. */
    private final Map<String, String> required = new LinkedHashMap<>();

    /**
     * A request valid by the document may still name a resource that does not exist here (an example's
     * watchlistId): a 400 that names only such references is the documented answer, not a refusal of its form.
     */
    private static boolean namesMissingReferences(Response response) {
        List<String> messages = response.jsonPath().getList("errors.message");
        return messages != null && !messages.isEmpty() && messages.stream().allMatch(m -> m.startsWith("no "));
    }

    private Response send(String method, String path, Map<String, String> query, JsonNode body, String ifMatch) {
        requests++;
        Map<String, String> all = new LinkedHashMap<>(required);
        all.putAll(query); // a parameter under test replaces its required example
        RequestSpecification spec = given().queryParams(all);
        if (body != null) {
            spec.contentType("application/json").body(body.toString());
        } else if (otherMedia != null && otherMedia.startsWith("multipart/")) {
            spec.contentType("multipart/form-data; boundary=x")
                    .body("--x--\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } else if (otherMedia != null) {
            spec.contentType(otherMedia).body("slug\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        if (ifMatch != null) {
            spec.header("If-Match", ifMatch);
        }
        Response r = spec.request(method, path);
        assertTrue(
                r.statusCode() < 500,
                method + " " + path + " " + query + " answered " + r.statusCode() + ": " + r.asString());
        if (r.statusCode() >= 400) {
            assertTrue(
                    r.contentType().startsWith("application/problem+json"),
                    method + " " + path + " " + r.contentType());
        }
        return r;
    }

    /** Values that break a parameter's documented schema: out of range, not of its type, not in its enum or pattern. */
    private List<String> breaking(JsonNode schema) {
        List<String> out = new ArrayList<>();
        String type = schema.path("type").isArray()
                ? schema.path("type").get(0).asText()
                : schema.path("type").asText();
        switch (type) {
            case "integer", "number" -> {
                out.add(List.of("abc", "1.5.5", "").get(random.nextInt(2)));
                if (schema.has("minimum")) {
                    out.add(Long.toString(schema.get("minimum").asLong() - 1 - random.nextInt(5)));
                }
                if (schema.has("exclusiveMinimum")) {
                    out.add(schema.get("exclusiveMinimum").asText());
                }
                if (schema.has("maximum")) {
                    out.add(Long.toString(schema.get("maximum").asLong() + 1 + random.nextInt(5)));
                }
            }
            case "boolean" -> out.add(List.of("maybe", "yes", "1", "TRUE!").get(random.nextInt(4)));
            case "string" -> {
                if (schema.has("enum")) {
                    out.add("NOT_" + schema.get("enum").get(0).asText());
                } else if ("date".equals(schema.path("format").asText())) {
                    out.add(List.of("2024-02-30", "yesterday", "2024-13-01").get(random.nextInt(3)));
                } else if (schema.has("pattern")) {
                    out.add(List.of("!!", "UPPER Case", "a;b", "-x-").get(random.nextInt(4)));
                }
            }
            default -> {}
        }
        return out;
    }

    private JsonNode wrongType(JsonNode value) {
        if (value == null || value.isNull()) {
            return JSON.getNodeFactory().objectNode().put("x", 1);
        }
        if (value.isTextual()) {
            return random.nextBoolean()
                    ? JSON.getNodeFactory().numberNode(12345)
                    : JSON.getNodeFactory().booleanNode(true);
        }
        if (value.isNumber()) {
            return random.nextBoolean()
                    ? JSON.getNodeFactory().textNode("12")
                    : JSON.getNodeFactory().booleanNode(false);
        }
        if (value.isBoolean()) {
            return JSON.getNodeFactory().textNode("true");
        }
        if (value.isArray()) {
            return JSON.getNodeFactory().objectNode();
        }
        return JSON.getNodeFactory().arrayNode().add(1);
    }

    private static String example(JsonNode parameter) {
        if (parameter.has("example")) {
            return parameter.get("example").asText();
        }
        return "1";
    }

    private JsonNode exampleBody(JsonNode operation) {
        JsonNode media = operation.path("requestBody").path("content").path("application/json");
        if (media.has("examples")) {
            return media.get("examples").elements().next().get("value");
        }
        if (media.has("example")) {
            return media.get("example");
        }
        return media.isMissingNode() ? null : fromSchema(media.path("schema"));
    }

    /** An object of the schema's documented property examples (for bodies documented without an example). */
    private JsonNode fromSchema(JsonNode schema) {
        if (schema.has("$ref")) {
            schema = doc.at(schema.get("$ref").asText().substring(1));
        }
        ObjectNode out = JSON.createObjectNode();
        schema.path("properties").fields().forEachRemaining(p -> {
            JsonNode examples = p.getValue().path("examples");
            if (examples.isArray() && !examples.isEmpty()) {
                out.set(p.getKey(), examples.get(0));
            }
        });
        return out;
    }

    private static boolean anonymousAllowed(JsonNode operation) {
        for (JsonNode requirement : iterable(operation.path("security"))) {
            if (requirement.isEmpty()) {
                return true;
            }
        }
        return !operation.has("security");
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        return node::elements;
    }

    @Test
    void theSweepCoversEveryOperationOfTheDocument() {
        List<String> ids = new ArrayList<>();
        doc.get("paths")
                .forEach(item ->
                        item.forEach(op -> ids.add(op.path("operationId").asText())));
        assertFalse(ids.contains(""), "every operation has an id");
        assertEquals(ids.size(), ids.stream().distinct().count(), "operation ids are unique");
    }
}
