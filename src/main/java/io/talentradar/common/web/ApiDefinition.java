package io.talentradar.common.web;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The API's tags, and the names of the error answers every operation shares. The answers themselves are
 * declared once, in src/main/resources/META-INF/openapi.yaml, and referred to by name
 * ({@code @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)}).
 */
@OpenAPIDefinition(
        info = @Info(title = "TalentRadar API", version = "1.0.0"),
        tags = {
            @Tag(name = "Labs", description = "Organizations that employ AI researchers"),
            @Tag(name = "Researchers", description = "AI researchers and their affiliation history"),
            @Tag(name = "Departures", description = "Moves of researchers between labs"),
            @Tag(
                    name = "Data transfer",
                    description = "CSV import of the four datasets; every list also "
                            + "answers text/csv (Accept: text/csv) in the import's columns"),
            @Tag(
                    name = "Watch",
                    description = "The changes feed and its live stream, watchlists and signed "
                            + "webhooks: be told when something happens"),
            @Tag(name = "Administration", description = "API keys and the audit trail (admin role)"),
            @Tag(
                    name = "Indices",
                    description = "Talent-concentration and strategic-loss indices, flows, "
                            + "signals and scenarios (docs/scoring.md)")
        })
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
    public static final String GONE = "Gone";

    private ApiDefinition() {}
}
