package io.talentradar.researcher;

import io.talentradar.common.web.Slugs;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST /researchers/{slug}/merge. */
@Schema(name = "MergeInput", description = "Which researcher the one in the path is merged into.")
public record MergeRequest(
        @NotNull
        @Pattern(regexp = Slugs.REGEX, message = Slugs.MESSAGE)
        @Schema(example = "jan-leike", description = "The survivor: it keeps its slug, name and seniority")
        String into) {}
