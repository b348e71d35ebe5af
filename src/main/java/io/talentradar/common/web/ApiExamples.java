package io.talentradar.common.web;

/** Example bodies for the OpenAPI document, kept as constants so annotations stay short. */
public final class ApiExamples {

    private ApiExamples() {}

    public static final String LAB = """
            {"slug":"openai","name":"OpenAI","type":"FRONTIER_LAB","country":"US","foundedYear":2015,\
            "parentSlug":null,"website":"https://openai.com","version":0,\
            "createdAt":"2026-01-05T10:00:00Z","updatedAt":"2026-01-05T10:00:00Z"}""";

    public static final String LAB_INPUT = """
            {"slug":"acme-ai","name":"Acme AI","type":"STARTUP","country":"US","foundedYear":2024,\
            "website":"https://acme.example"}""";

    public static final String LAB_PAGE = """
            {"items":[""" + LAB + """
            ],"page":0,"size":20,"totalItems":1,"totalPages":1}""";

    public static final String RESEARCHER = """
            {"slug":"jan-leike","name":"Jan Leike","seniority":"LEAD","expertise":["alignment","safety"],\
            "notableWork":["Superalignment"],"currentLabSlug":"anthropic","version":1,\
            "createdAt":"2026-01-05T10:00:00Z","updatedAt":"2026-01-05T10:00:00Z"}""";

    public static final String RESEARCHER_INPUT = """
            {"slug":"ada-example","name":"Ada Example","seniority":"LEAD","expertise":["reasoning"],\
            "notableWork":["Chain-of-thought at scale"],"affiliation":{"labSlug":"openai","since":"2019-01-01"}}""";

    public static final String RESEARCHER_PAGE = """
            {"items":[""" + RESEARCHER + """
            ],"page":0,"size":20,"totalItems":1,"totalPages":1}""";

    public static final String AFFILIATION = """
            {"id":7,"researcherSlug":"jan-leike","labSlug":"openai","start":"2021-01-01","end":"2024-05-01",\
            "sources":["https://example.com/report"],"kind":"PRIMARY","role":null,"version":1}""";

    public static final String AFFILIATION_INPUT = """
            {"labSlug":"openai","start":"2021-01-01","end":null,"sources":["https://example.com/report"],\
            "kind":"PRIMARY","role":null}""";

    public static final String AFFILIATION_PAGE = """
            {"items":[""" + AFFILIATION + """
            ],"page":0,"size":20,"totalItems":1,"totalPages":1}""";

    public static final String DEPARTURE = """
            {"id":42,"researcherSlug":"jan-leike","fromLabSlug":"openai","toLabSlug":"anthropic",\
            "date":"2024-05-01","datePrecision":"MONTH","destinationType":"COMPETITOR",\
            "reason":"safety culture","tenureYears":3.33,"confidence":"CONFIRMED",\
            "sources":["https://example.com/report"],"version":0,\
            "createdAt":"2026-01-05T10:00:00Z","updatedAt":"2026-01-05T10:00:00Z"}""";

    public static final String DEPARTURE_INPUT = """
            {"researcherSlug":"jan-leike","fromLabSlug":"openai","toLabSlug":"anthropic","date":"2024-05-01",\
            "datePrecision":"MONTH","destinationType":"COMPETITOR","reason":"safety culture",\
            "confidence":"CONFIRMED","sources":["https://example.com/report"]}""";

    public static final String DEPARTURE_PAGE = """
            {"items":[""" + DEPARTURE + """
            ],"page":0,"size":20,"totalItems":1,"totalPages":1}""";
}
