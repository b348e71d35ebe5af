package io.talentradar.indices;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A second, deliberately naive implementation of docs/scoring.md, fed only by what the public API lists.
 * Tests compare the service's figures with it: the service computes from its cached snapshot, this
 * recomputes from the formulas, row by row.
 */
final class ReferenceModel {

    static final Map<String, Double> SENIORITY = Map.of("IC", 1.0, "LEAD", 2.0, "EXECUTIVE", 3.0, "FOUNDER", 3.0);
    static final Map<String, Double> CRITICALITY = Map.ofEntries(
            Map.entry("reasoning", 1.5),
            Map.entry("pretraining", 1.4),
            Map.entry("alignment", 1.3),
            Map.entry("safety", 1.3),
            Map.entry("rl", 1.3),
            Map.entry("infrastructure", 1.2),
            Map.entry("research-leadership", 1.2),
            Map.entry("multimodal", 1.1),
            Map.entry("product", 0.8),
            Map.entry("policy", 0.7));
    static final Map<String, Double> DESTINATION = Map.of(
            "COMPETITOR",
            1.5,
            "BIG_TECH",
            1.5,
            "FOUNDED_STARTUP",
            1.25,
            "UNDISCLOSED",
            1.0,
            "OTHER",
            0.75,
            "ACADEMIA",
            0.6);
    static final Map<String, Double> CONFIDENCE = Map.of("CONFIRMED", 1.0, "REPORTED", 0.8, "RUMORED", 0.4);

    record Stint(String lab, LocalDate start, LocalDate end) {}

    record Person(String slug, String seniority, List<String> expertise, int works, List<Stint> stints) {}

    record Move(
            String researcher,
            String from,
            String to,
            LocalDate date,
            double tenure,
            String destination,
            String confidence) {}

    final Map<String, String> parent = new HashMap<>();
    final Map<String, Person> people = new HashMap<>();
    final List<Move> moves = new ArrayList<>();

    static ReferenceModel fromApi() {
        ReferenceModel m = new ReferenceModel();
        for (Map<String, Object> lab : all("/api/v1/labs")) {
            m.parent.put((String) lab.get("slug"), (String) lab.get("parentSlug"));
        }
        for (Map<String, Object> r : all("/api/v1/researchers")) {
            String slug = (String) r.get("slug");
            List<Stint> stints = new ArrayList<>();
            for (Map<String, Object> a : all("/api/v1/researchers/" + slug + "/affiliations")) {
                stints.add(new Stint((String) a.get("labSlug"), date(a.get("start")), date(a.get("end"))));
            }
            @SuppressWarnings("unchecked")
            List<String> expertise = (List<String>) r.get("expertise");
            m.people.put(
                    slug,
                    new Person(
                            slug,
                            (String) r.get("seniority"),
                            expertise,
                            ((List<?>) r.get("notableWork")).size(),
                            stints));
        }
        for (Map<String, Object> d : all("/api/v1/departures")) {
            Object tenure = d.get("tenureYears");
            m.moves.add(new Move(
                    (String) d.get("researcherSlug"),
                    (String) d.get("fromLabSlug"),
                    (String) d.get("toLabSlug"),
                    date(d.get("date")),
                    tenure == null ? 0 : ((Number) tenure).doubleValue(),
                    (String) d.get("destinationType"),
                    (String) d.get("confidence")));
        }
        return m;
    }

    private static List<Map<String, Object>> all(String path) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath json = new JsonPath(given().get(path + "?size=200&page=" + page)
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString())
                    .using(new io.restassured.path.json.config.JsonPathConfig(
                            io.restassured.path.json.config.JsonPathConfig.NumberReturnType.DOUBLE));
            rows.addAll(json.getList("items"));
            if (page + 1 >= json.getInt("totalPages")) {
                return rows;
            }
        }
    }

    private static LocalDate date(Object value) {
        return value == null ? null : LocalDate.parse((String) value);
    }

    /** w(r), or null when the researcher does not count for the area. */
    Double weight(Person p, String area) {
        double e;
        if (area == null) {
            e = p.expertise().isEmpty()
                    ? 1.0
                    : p.expertise().stream()
                            .mapToDouble(a -> CRITICALITY.getOrDefault(a, 1.0))
                            .max()
                            .orElseThrow();
        } else if (p.expertise().contains(area)) {
            e = CRITICALITY.getOrDefault(area, 1.0);
        } else {
            return null;
        }
        return SENIORITY.get(p.seniority()) * e * (1 + Math.log(1 + p.works()));
    }

    String group(String lab, boolean rollup) {
        String g = lab;
        while (rollup && parent.get(g) != null) {
            g = parent.get(g);
        }
        return g;
    }

    static boolean covers(Stint s, LocalDate t) {
        return (s.start() == null || !s.start().isAfter(t))
                && (s.end() == null || s.end().isAfter(t));
    }

    /** mass, headcount and sum of squared weights per lab (group) on t. */
    Map<String, double[]> masses(LocalDate t, String area, boolean rollup) {
        Map<String, double[]> out = new HashMap<>();
        for (Person p : people.values()) {
            Double w = weight(p, area);
            if (w == null) {
                continue;
            }
            for (Stint s : p.stints()) {
                if (covers(s, t)) {
                    double[] acc = out.computeIfAbsent(group(s.lab(), rollup), k -> new double[3]);
                    acc[0] += w;
                    acc[1]++;
                    acc[2] += w * w;
                }
            }
        }
        return out;
    }

    /** loss, gain, departures and arrivals of {@code lab} over (t - window, t]. */
    double[] flows(String lab, LocalDate t, int window, double halfLife, String area, boolean rollup) {
        double[] out = new double[4];
        for (Move d : moves) {
            if (!d.date().isAfter(t.minusDays(window)) || d.date().isAfter(t)) {
                continue;
            }
            Double w = weight(people.get(d.researcher()), area);
            String from = group(d.from(), rollup);
            String to = d.to() == null ? null : group(d.to(), rollup);
            if (w == null || from.equals(to)) {
                continue;
            }
            double common = w
                    * (1 + Math.min(d.tenure(), 10) / 10)
                    * CONFIDENCE.get(d.confidence())
                    * Math.pow(2, -ChronoUnit.DAYS.between(d.date(), t) / halfLife);
            if (from.equals(lab)) {
                out[0] += common * DESTINATION.get(d.destination());
                out[2]++;
            }
            if (lab.equals(to)) {
                out[1] += common;
                out[3]++;
            }
        }
        return out;
    }
}
