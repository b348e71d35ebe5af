package io.talentradar.watch;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies and answers of /webhooks. */
public final class WebhookDtos {

    private WebhookDtos() {}

    @Schema(name = "WebhookInput")
    public record WebhookRequest(
            @NotBlank
            @Size(max = 2000)
            @Schema(
                    description = "http or https; public addresses only",
                    examples = "https://hooks.example.com/talentradar")
            String url,

            @NotNull @Positive @Schema(description = "The watchlist whose matching changes are sent", examples = "3")
            Long watchlistId,

            @Size(max = 500) @Schema(type = SchemaType.STRING, nullable = true, examples = "Slack relay")
            String description) {}

    @Schema(name = "Webhook")
    public record WebhookDto(
            @Schema(examples = "5") long id,
            String url,
            long watchlistId,

            @Schema(type = SchemaType.STRING, nullable = true)
            String description,

            @Schema(description = "The API key that owns it", examples = "key-17")
            String owner,

            Instant createdAt,

            @Schema(
                    description = "Since when every attempt has failed; null while the endpoint answers",
                    type = SchemaType.STRING,
                    format = "date-time",
                    nullable = true)
            Instant failingSince,

            @Schema(
                    description = "Set when it failed for talentradar.webhooks.disable-after (5 days) in a row",
                    type = SchemaType.STRING,
                    format = "date-time",
                    nullable = true)
            Instant disabledAt) {

        static WebhookDto of(Webhook h) {
            return new WebhookDto(
                    h.id, h.url, h.watchlist.id, h.description, h.ownerKey, h.createdAt, h.failingSince, h.disabledAt);
        }
    }

    @Schema(name = "WebhookWithSecret", description = "The webhook and its signing secret, shown only in this answer")
    public record WebhookCreated(
            @Schema(examples = "5") long id,
            String url,
            long watchlistId,

            @Schema(type = SchemaType.STRING, nullable = true)
            String description,

            String owner,
            Instant createdAt,

            @Schema(
                    description = "whsec_ and base64 of the key: verify webhook-signature with it",
                    examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
            String secret) {

        static WebhookCreated of(Webhook h) {
            return new WebhookCreated(h.id, h.url, h.watchlist.id, h.description, h.ownerKey, h.createdAt, h.secret);
        }
    }

    @Schema(name = "WebhookDelivery", description = "One event to one endpoint, with its latest attempt")
    public record DeliveryDto(
            @Schema(description = "Also the webhook-id header's number (msg_{id})")
            long id,

            @Schema(examples = "departure.created") String event,

            @Schema(type = SchemaType.INTEGER, nullable = true, description = "The feed entry; null for a ping")
            Long seq,

            @Schema(enumeration = {"PENDING", "DELIVERED", "FAILED"})
            String status,

            int attempts,
            Instant createdAt,

            @Schema(type = SchemaType.STRING, format = "date-time", nullable = true)
            Instant nextAttemptAt,

            @Schema(type = SchemaType.STRING, format = "date-time", nullable = true)
            Instant deliveredAt,

            @Schema(type = SchemaType.STRING, format = "date-time", nullable = true)
            Instant lastAttemptAt,

            @Schema(type = SchemaType.INTEGER, nullable = true, description = "The endpoint's answer")
            Integer lastStatusCode,

            @Schema(type = SchemaType.INTEGER, nullable = true)
            Long lastLatencyMs,

            @Schema(type = SchemaType.STRING, nullable = true)
            String lastError) {}

    @Schema(name = "WebhookPage")
    public record WebhookPage(List<WebhookDto> items, int page, int size, long totalItems, int totalPages) {}

    @Schema(name = "WebhookDeliveryPage")
    public record DeliveryPage(List<DeliveryDto> items, int page, int size, long totalItems, int totalPages) {}
}
