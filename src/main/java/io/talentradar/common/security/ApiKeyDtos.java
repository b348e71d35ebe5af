package io.talentradar.common.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the API-key endpoints. */
public final class ApiKeyDtos {

    private ApiKeyDtos() {}

    @Schema(name = "ApiKeyInput")
    public record Request(
            @NotBlank @Size(max = 100) @Schema(example = "dashboard-reader")
            String name,

            @NotNull
            @Pattern(regexp = "reader|editor|admin", message = "must be reader, editor or admin")
            @Schema(
                    example = "reader",
                    enumeration = {"reader", "editor", "admin"})
            String role) {}

    @Schema(name = "ApiKey")
    public record Key(
            long id,
            String name,
            String role,

            @Schema(description = "The key's first characters")
            String prefix,

            Instant createdAt,
            String createdBy,
            Instant revokedAt) {

        static Key of(ApiKey k) {
            return new Key(k.id, k.name, k.role, k.prefix, k.createdAt, k.createdBy, k.revokedAt);
        }
    }

    @Schema(name = "ApiKeyCreated", description = "The new key; 'key' is shown only in this answer")
    public record Created(
            long id,
            String name,
            String role,
            String prefix,

            @Schema(description = "Send as 'X-API-Key: <key>' or 'Authorization: Bearer <key>'")
            String key,

            Instant createdAt) {}
}
