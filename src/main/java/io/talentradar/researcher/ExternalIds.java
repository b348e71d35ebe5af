package io.talentradar.researcher;

import static io.talentradar.common.web.ExternalIdFormats.*;

import io.talentradar.common.web.ExternalIdFormats.OrcidCheckDigit;
import io.talentradar.common.web.Urls;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The ids other sources know a researcher by; each is held by one researcher at most. */
@Schema(name = "ResearcherExternalIds", description = "Ids in other sources; each held by one researcher at most")
public record ExternalIds(
        @Pattern(regexp = ORCID_REGEX, message = ORCID_MESSAGE)
        @OrcidCheckDigit
        @Schema(nullable = true, example = "0000-0002-1825-0097", description = "ORCID iD; its check digit is checked")
        String orcid,

        @Pattern(regexp = OPENALEX_AUTHOR_REGEX, message = OPENALEX_AUTHOR_MESSAGE)
        @Schema(nullable = true, example = "A5023888391")
        String openalex,

        @Pattern(regexp = SCHOLAR_REGEX, message = SCHOLAR_MESSAGE)
        @Schema(nullable = true, example = "x04W_mMAAAAJ", description = "Google Scholar user id")
        String scholar,

        @Pattern(regexp = DBLP_REGEX, message = DBLP_MESSAGE)
        @Schema(nullable = true, example = "20/1234", description = "dblp person id")
        String dblp,

        @Size(max = 500)
        @Pattern(regexp = Urls.REGEX, message = Urls.MESSAGE)
        @Schema(nullable = true, example = "https://example.org/~jane")
        String homepage,

        @Pattern(regexp = X_REGEX, message = X_MESSAGE)
        @Schema(nullable = true, example = "janeleike", description = "X handle")
        String x) {

    public static final ExternalIds NONE = new ExternalIds(null, null, null, null, null, null);

    static ExternalIds of(Researcher r) {
        return new ExternalIds(r.orcid, r.openalex, r.scholar, r.dblp, r.homepage, r.x);
    }

    /** From {@link #given()}'s map. */
    static ExternalIds of(Map<String, String> ids) {
        return new ExternalIds(
                ids.get("orcid"),
                ids.get("openalex"),
                ids.get("scholar"),
                ids.get("dblp"),
                ids.get("homepage"),
                ids.get("x"));
    }

    void applyTo(Researcher r) {
        r.orcid = orcid;
        r.openalex = openalex;
        r.scholar = scholar;
        r.dblp = dblp;
        r.homepage = homepage;
        r.x = x;
    }

    /** The ids given, by the entity property that holds each and a name for messages. */
    public Map<String, String> given() {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("orcid", orcid);
        ids.put("openalex", openalex);
        ids.put("scholar", scholar);
        ids.put("dblp", dblp);
        ids.put("homepage", homepage);
        ids.put("x", x);
        ids.values().removeIf(java.util.Objects::isNull);
        return ids;
    }
}
