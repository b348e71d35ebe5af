package io.talentradar.common.feed;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of the changes feed: a committed write, in commit order. */
@Schema(name = "Change", description = "A committed change, in commit order")
public record ChangeItem(
        @Schema(description = "Grows with commit order; resume after it", examples = "1042")
        long seq,

        @Schema(description = "When the write was committed")
        Instant time,

        @Schema(description = "lab, researcher, affiliation, departure, signal or webhook", examples = "departure")
        String type,

        @Schema(
                description =
                        "CREATED, UPDATED, DELETED; RENAMED (a new slug) and MERGED (before: merged and into, after: the survivor) for labs and researchers; STARTED, EXTENDED, CROSSED for signals; DISABLED for webhooks",
                examples = "CREATED")
        String action,

        @Schema(description = "The resource's id (a slug for labs and researchers)", examples = "77")
        String id,

        @Schema(
                description = "The resource's slug, where it has one",
                type = SchemaType.STRING,
                nullable = true,
                examples = "openai")
        String slug,

        @Schema(
                description = "The name of the API key that wrote it (system for the service itself)",
                examples = "ingest-bot")
        String actor,

        @Schema(
                description = "The resource's API representation before the write; null on create",
                type = SchemaType.OBJECT,
                nullable = true)
        @JsonRawValue
        String before,

        @Schema(
                description = "The resource's API representation after the write; null on delete",
                type = SchemaType.OBJECT,
                nullable = true)
        @JsonRawValue
        String after) {

    /** The event name of the stream and of watchlists: {@code departure.created}. */
    public String event() {
        return type + "." + action.toLowerCase(java.util.Locale.ROOT);
    }
}
