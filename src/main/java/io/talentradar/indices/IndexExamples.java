package io.talentradar.indices;

/** Example answers of the scoring endpoints, for the OpenAPI document. */
final class IndexExamples {

    private IndexExamples() {}

    static final String LAB_INDICES = """
            {"lab":"openai","asOf":"2024-12-31","window":365,"halfLife":180.0,"rollup":false,"mass":61.2,\
            "share":0.21,"tci":21.0,"kpd":0.05,"loss":48.3,"sli":44.1,"gain":3.2,"sgi":5.0,"netFlow":-45.1,\
            "flowBalance":-87.6,"headcount":22,"departures":14,"arrivals":1,"attritionRate":48.3,"lowSample":false}""";

    static final String HISTORY = """
            {"lab":"openai","window":365,"halfLife":180.0,"rollup":false,"points":[\
            {"asOf":"2024-11-30","tci":21.4,"sli":41.0,"sgi":4.9,"netFlow":-40.2},\
            {"asOf":"2024-12-30","tci":21.0,"sli":44.1,"sgi":5.0,"netFlow":-45.1}]}""";

    static final String RANKING = """
            {"asOf":"2024-12-31","window":365,"halfLife":180.0,"rollup":false,"hhi":1250.4,"hhiBand":"MODERATE",\
            "items":[{"lab":"openai","mass":61.2,"tci":21.0,"kpd":0.05,"sli":44.1,"sgi":5.0,"netFlow":-45.1,\
            "flowBalance":-87.6,"headcount":22,"attritionRate":48.3,"lowSample":false}]}""";

    static final String FLOWS = """
            {"asOf":"2024-12-31","window":365,"rollup":false,"edges":[\
            {"from":"openai","to":"anthropic","count":3,"mass":14.2},{"from":"openai","to":null,"count":2,"mass":5.1}]}""";

    static final String SIGNALS = """
            {"asOf":"2024-12-31","items":[{"type":"SENIOR_EXODUS","lab":"openai","start":"2024-05-01",\
            "end":"2024-09-25","count":8,"severity":60.5,"researchers":["ilya-sutskever","jan-leike","john-schulman"]}]}""";

    static final String SCENARIO_INPUT = """
            {"asOf":"2025-12-31","departures":[{"researcherSlug":"john-jumper","toLabSlug":"openai",\
            "destinationType":"COMPETITOR","date":"2025-12-01","confidence":"RUMORED"}]}""";

    static final String SCENARIO = """
            {"asOf":"2025-12-31","hhiBefore":1180.2,"hhiAfter":1195.7,"labs":[\
            {"lab":"google-deepmind","before":{"tci":12.1,"sli":3.0,"sgi":1.2},"after":{"tci":11.4,"sli":9.8,"sgi":1.2},\
            "delta":{"tci":-0.7,"sli":6.8,"sgi":0.0}}]}""";
}
