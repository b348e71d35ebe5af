package io.talentradar.common.web;

/** Example bodies for the OpenAPI document, kept as constants so annotations stay short. */
public final class ApiExamples {

    private ApiExamples() {
    }

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
            "sources":["https://example.com/report"],"version":1}""";

    public static final String AFFILIATION_INPUT = """
            {"labSlug":"openai","start":"2021-01-01","end":null,"sources":["https://example.com/report"]}""";

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

    public static final String INVALID = """
            {"type":"/problems/invalid-request","title":"Invalid request","status":400,\
            "detail":"The request has invalid input; see errors.","instance":"/api/v1/labs",\
            "errors":[{"field":"slug","message":"must be 2 to 64 lowercase letters, digits or '-', \
            starting and ending with a letter or digit"}]}""";

    public static final String NOT_FOUND = """
            {"type":"/problems/lab-not-found","title":"Lab not found","status":404,\
            "detail":"No lab with id 'acme'.","instance":"/api/v1/labs/acme"}""";

    public static final String CONFLICT = """
            {"type":"/problems/duplicate-slug","title":"Conflict","status":409,\
            "detail":"A lab with slug 'openai' exists.","instance":"/api/v1/labs"}""";

    public static final String HISTORY_CONFLICT = """
            {"type":"/problems/history-conflict","title":"Conflict","status":409,\
            "detail":"Researcher 'jan-leike' is not affiliated with 'openai' on 2024-05-01.",\
            "instance":"/api/v1/departures"}""";

    public static final String PRECONDITION_FAILED = """
            {"type":"/problems/precondition-failed","title":"Precondition failed","status":412,\
            "detail":"The resource is at version 3, not the one you sent; fetch it and retry.",\
            "instance":"/api/v1/labs/openai"}""";

    public static final String UNSUPPORTED = """
            {"type":"/problems/unsupported-media-type","title":"Unsupported Media Type","status":415,\
            "detail":"Unsupported content type; send application/json.","instance":"/api/v1/labs"}""";

    public static final String UNAUTHORIZED = """
            {"type":"/problems/unauthorized","title":"Unauthorized","status":401,\
            "detail":"A valid API key is required: send X-API-Key or Authorization: Bearer.","instance":"/api/v1/labs"}""";

    public static final String FORBIDDEN = """
            {"type":"/problems/forbidden","title":"Forbidden","status":403,\
            "detail":"This API key's role does not allow this request.","instance":"/api/v1/labs"}""";
}
