package io.talentradar.common;

import static io.restassured.RestAssured.given;

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

    public static String slug(String prefix) {
        return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    public static Map<String, Object> lab(String slug) {
        Map<String, Object> lab = new LinkedHashMap<>();
        lab.put("slug", slug);
        lab.put("name", "Lab " + slug);
        lab.put("type", "STARTUP");
        lab.put("country", "US");
        lab.put("foundedYear", 2020);
        return lab;
    }

    public static String createLab() {
        return createLab(lab(slug("lab")));
    }

    public static String createLab(Map<String, Object> body) {
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/labs")
                .then()
                .statusCode(201);
        return (String) body.get("slug");
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

    public static Map<String, Object> departure(String researcher, String from, String to, String date) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("researcherSlug", researcher);
        body.put("fromLabSlug", from);
        body.put("toLabSlug", to);
        body.put("date", date);
        body.put("destinationType", to == null ? "UNDISCLOSED" : "COMPETITOR");
        body.put("confidence", "CONFIRMED");
        body.put("sources", List.of("https://example.com/" + researcher));
        return body;
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
