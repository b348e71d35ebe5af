package io.talentradar.common.web;

import io.talentradar.common.error.Problem;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The error answers every operation shares, declared once and referred to by name
 * ({@code @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)}).
 */
@OpenAPIDefinition(
        info = @Info(title = "TalentRadar API", version = "1.0.0"),
        tags = {
                @Tag(name = "Labs", description = "Organizations that employ AI researchers"),
                @Tag(name = "Researchers", description = "AI researchers and their affiliation history"),
                @Tag(name = "Departures", description = "Moves of researchers between labs"),
                @Tag(name = "Data transfer", description = "CSV import of the four datasets; every list also "
                        + "answers text/csv (Accept: text/csv) in the import's columns"),
                @Tag(name = "Administration", description = "API keys and the audit trail (admin role)"),
                @Tag(name = "Indices", description = "Talent-concentration and strategic-loss indices, flows, "
                        + "signals and scenarios (scoring-model.md)")
        },
        components = @Components(responses = {
                @APIResponse(name = ApiDefinition.BAD_REQUEST, responseCode = "400",
                        description = "Invalid input: malformed JSON, a wrong type, an unknown field or enum value, "
                                + "a missing or invalid field or query parameter",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "invalid", value = ApiExamples.INVALID))),
                @APIResponse(name = ApiDefinition.NOT_FOUND, responseCode = "404", description = "No such resource",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "notFound", value = ApiExamples.NOT_FOUND))),
                @APIResponse(name = ApiDefinition.CONFLICT, responseCode = "409",
                        description = "A duplicate slug, a reference that history needs, or a fact that contradicts "
                                + "the stored history",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = {@ExampleObject(name = "duplicate", value = ApiExamples.CONFLICT),
                                        @ExampleObject(name = "history", value = ApiExamples.HISTORY_CONFLICT)})),
                @APIResponse(name = ApiDefinition.PRECONDITION_FAILED, responseCode = "412",
                        description = "If-Match (or the body's version) is stale",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "stale", value = ApiExamples.PRECONDITION_FAILED))),
                @APIResponse(name = ApiDefinition.UNSUPPORTED_MEDIA_TYPE, responseCode = "415",
                        description = "The body is not application/json",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "unsupported", value = ApiExamples.UNSUPPORTED))),
                @APIResponse(name = ApiDefinition.NOT_MODIFIED, responseCode = "304",
                        description = "Not modified since the ETag sent in If-None-Match"),
                @APIResponse(name = ApiDefinition.IDEMPOTENCY_KEY_REUSED, responseCode = "422",
                        description = "The Idempotency-Key was used before with another request",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDefinition.UNAUTHORIZED, responseCode = "401",
                        description = "No valid API key: send X-API-Key or Authorization: Bearer",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "unauthorized", value = ApiExamples.UNAUTHORIZED))),
                @APIResponse(name = ApiDefinition.FORBIDDEN, responseCode = "403",
                        description = "The API key's role does not allow this",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "forbidden", value = ApiExamples.FORBIDDEN)))
        }))
public final class ApiDefinition {

    public static final String BAD_REQUEST = "BadRequest";
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";
    public static final String PRECONDITION_FAILED = "PreconditionFailed";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
    public static final String NOT_MODIFIED = "NotModified";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String IDEMPOTENCY_KEY_REUSED = "IdempotencyKeyReused";
    public static final String FORBIDDEN = "Forbidden";

    private ApiDefinition() {
    }
}
