package io.talentradar.common;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Helpers that create each test's own data through the API, with slugs no other test uses. */
public final class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);

    private Fixtures() {}

    /**
     * What every write leaves behind: the data version (bumped by each change of labs, researchers, stints or
     * departures) and the newest audit entry (every audited write, keys and webhooks too). Equal before and
     * after a request: it wrote nothing. Leaves the admin key as the requests' identity.
     */
    public static String writesSoFar() {
        AdminKeyExtension.as(AdminKeyExtension.ADMIN_KEY);
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        Object[] row = QuarkusTransaction.requiringNew()
                .call(() -> (Object[]) em.createNativeQuery("select (select version from data_version where id = 1),"
                                + " (select coalesce(max(id), 0) from audit_event)")
                        .getSingleResult());
        return "data version " + row[0] + ", audit " + row[1];
    }

    /**
     * Moves the data version on in a transaction of its own, as a write through another instance does (no event
     * reaches this instance's observers); answers the new version.
     */
    public static long writeElsewhere() {
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("update data_version set version = version + 1 where id = 1")
                    .executeUpdate();
            return ((Number) em.createNativeQuery("select version from data_version where id = 1")
                            .getSingleResult())
                    .longValue();
        });
    }

    /** Waits up to 10 s for {@code version} to reach {@code wanted} (a background catch-up); answers the last seen. */
    public static long awaitVersion(java.util.function.LongSupplier version, long wanted) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        long seen = version.getAsLong();
        while (seen < wanted && System.nanoTime() < deadline) {
            Thread.sleep(50);
            seen = version.getAsLong();
        }
        return seen;
    }

    public static String slug(String prefix) {
        return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    /** A lab's request body; each {@code with} answers a changed copy. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Lab(
            String slug,
            String name,
            String type,
            String country,
            Integer foundedYear,
            String parentSlug,
            String website,
            Long version) {

        public Lab withName(String v) {
            return new Lab(slug, v, type, country, foundedYear, parentSlug, website, version);
        }

        public Lab withType(String v) {
            return new Lab(slug, name, v, country, foundedYear, parentSlug, website, version);
        }

        public Lab withCountry(String v) {
            return new Lab(slug, name, type, v, foundedYear, parentSlug, website, version);
        }

        public Lab withFoundedYear(Integer v) {
            return new Lab(slug, name, type, country, v, parentSlug, website, version);
        }

        public Lab withParentSlug(String v) {
            return new Lab(slug, name, type, country, foundedYear, v, website, version);
        }

        public Lab withWebsite(String v) {
            return new Lab(slug, name, type, country, foundedYear, parentSlug, v, version);
        }

        public Lab withVersion(long v) {
            return new Lab(slug, name, type, country, foundedYear, parentSlug, website, v);
        }
    }

    /** A departure's request body; each {@code with} answers a changed copy. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Departure(
            String researcherSlug,
            String fromLabSlug,
            String toLabSlug,
            String date,
            String destinationType,
            String confidence,
            List<String> sources,
            String datePrecision,
            String reason,
            Double tenureYears) {

        public Departure withSources(List<String> v) {
            return new Departure(
                    researcherSlug,
                    fromLabSlug,
                    toLabSlug,
                    date,
                    destinationType,
                    confidence,
                    v,
                    datePrecision,
                    reason,
                    tenureYears);
        }

        public Departure withDatePrecision(String v) {
            return new Departure(
                    researcherSlug,
                    fromLabSlug,
                    toLabSlug,
                    date,
                    destinationType,
                    confidence,
                    sources,
                    v,
                    reason,
                    tenureYears);
        }

        public Departure withReason(String v) {
            return new Departure(
                    researcherSlug,
                    fromLabSlug,
                    toLabSlug,
                    date,
                    destinationType,
                    confidence,
                    sources,
                    datePrecision,
                    v,
                    tenureYears);
        }

        public Departure withTenureYears(double v) {
            return new Departure(
                    researcherSlug,
                    fromLabSlug,
                    toLabSlug,
                    date,
                    destinationType,
                    confidence,
                    sources,
                    datePrecision,
                    reason,
                    v);
        }
    }

    /** A typed body as a map, for a test that must send what the type cannot hold (a wrong JSON type). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> asMap(Object body) {
        return new com.fasterxml.jackson.databind.ObjectMapper().convertValue(body, LinkedHashMap.class);
    }

    public static Lab lab(String slug) {
        return new Lab(slug, "Lab " + slug, "STARTUP", "US", 2020, null, null, null);
    }

    public static String createLab() {
        return createLab(lab(slug("lab")));
    }

    public static String createLab(Lab body) {
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/labs")
                .then()
                .statusCode(201);
        return body.slug();
    }

    /** A researcher with an open stint at {@code labSlug} since {@code since} (null: unknown start). */
    public static String createResearcher(String labSlug, String since) {
        return createResearcher(slug("r"), "LEAD", List.of("reasoning"), labSlug, since);
    }

    public static String createResearcher(
            String slug, String seniority, List<String> expertise, String labSlug, String since) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("slug", slug);
        body.put("name", "Researcher " + slug);
        body.put("seniority", seniority);
        body.put("expertise", expertise);
        body.put("notableWork", List.of("Work of " + slug));
        if (labSlug != null) {
            Map<String, Object> affiliation = new LinkedHashMap<>();
            affiliation.put("labSlug", labSlug);
            affiliation.put("since", since);
            body.put("affiliation", affiliation);
        }
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/researchers")
                .then()
                .statusCode(201);
        return slug;
    }

    public static Departure departure(String researcher, String from, String to, String date) {
        return new Departure(
                researcher,
                from,
                to,
                date,
                to == null ? "UNDISCLOSED" : "COMPETITOR",
                "CONFIRMED",
                List.of("https://example.com/" + researcher),
                null,
                null,
                null);
    }

    public static long recordDeparture(String researcher, String from, String to, String date) {
        return given().contentType(ContentType.JSON)
                .body(departure(researcher, from, to, date))
                .post("/api/v1/departures")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** A number at full double precision (REST Assured's JsonPath reads decimals as floats). */
    public static double exactNumber(String json, String field) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(json)
                    .get(field)
                    .doubleValue();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
