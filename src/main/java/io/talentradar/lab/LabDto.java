package io.talentradar.lab;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Lab", description = "An organization that employs AI researchers.")
public record LabDto(
        @Schema(example = "openai") String slug,
        @Schema(example = "OpenAI") String name,
        @Schema(example = "FRONTIER_LAB") LabType type,
        @Schema(example = "US") String country,
        @Schema(example = "2015") Integer foundedYear,
        @Schema(example = "google", description = "The parent lab, if any (Google DeepMind under Google).")
        String parentSlug,
        @Schema(example = "https://openai.com") String website,
        @Schema(example = "0") long version,
        Instant createdAt,
        Instant updatedAt) {

    static LabDto of(Lab lab) {
        return new LabDto(lab.slug, lab.name, lab.type, lab.country, lab.foundedYear,
                lab.parent == null ? null : lab.parent.slug, lab.website, lab.version, lab.createdAt, lab.updatedAt);
    }
}
