package io.talentradar.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.talentradar.client.api.DeparturesApi;
import io.talentradar.client.api.IndicesApi;
import io.talentradar.client.api.LabsApi;
import io.talentradar.client.api.ResearchersApi;
import io.talentradar.client.model.AffiliationSince;
import io.talentradar.client.model.Confidence;
import io.talentradar.client.model.DatePrecision;
import io.talentradar.client.model.Departure;
import io.talentradar.client.model.DepartureInput;
import io.talentradar.client.model.DestinationType;
import io.talentradar.client.model.Lab;
import io.talentradar.client.model.LabIndices;
import io.talentradar.client.model.LabInput;
import io.talentradar.client.model.LabPage;
import io.talentradar.client.model.LabType;
import io.talentradar.client.model.ResearcherInput;
import io.talentradar.client.model.Seniority;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The client generated from openapi/openapi.yaml, against a running service (talentradar.url, with an
 * editor or admin key in talentradar.api-key): what a client app does first.
 */
class GeneratedClientTest {

    private static ApiClient client() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(System.getProperty("talentradar.url", "http://localhost:8080"));
        String key = System.getProperty("talentradar.api-key", "");
        if (!key.isBlank()) {
            client.setRequestInterceptor(request -> request.header("X-API-Key", key));
        }
        return client;
    }

    private final ApiClient client = client();
    private final LabsApi labs = new LabsApi(client);
    private final ResearchersApi researchers = new ResearchersApi(client);
    private final DeparturesApi departures = new DeparturesApi(client);
    private final IndicesApi indices = new IndicesApi(client);
    private final String suffix = Long.toString(System.nanoTime(), 36);

    @Test
    void listsLabsCreatesALabRecordsADepartureAndReadsTheLabsIndices() throws ApiException {
        LabPage frontier = labs.listLabs(LabsApi.APIListLabsRequest.newBuilder().type("FRONTIER_LAB").size(200).build());
        assertTrue(frontier.getItems().stream().anyMatch(l -> "openai".equals(l.getSlug())), "the demo data's labs");
        assertTrue(frontier.getItems().stream().allMatch(l -> l.getType() == LabType.FRONTIER_LAB));

        String labSlug = "client-lab-" + suffix;
        Lab lab = labs.createLab(new LabInput().slug(labSlug).name("Client Lab").type(LabType.STARTUP).country("FR")
                .foundedYear(2024), "create-" + labSlug);
        assertEquals(labSlug, lab.getSlug());
        assertNull(lab.getParentSlug());

        String person = "client-researcher-" + suffix;
        researchers.createResearcher(new ResearcherInput().slug(person).name("Client Researcher")
                .seniority(Seniority.LEAD).expertise(List.of("reasoning"))
                .affiliation(new AffiliationSince().labSlug("openai").since(LocalDate.of(2020, 1, 1))), null);
        Departure departure = departures.recordDeparture(new DepartureInput().researcherSlug(person)
                .fromLabSlug("openai").toLabSlug(labSlug).date(LocalDate.of(2025, 3, 1))
                .datePrecision(DatePrecision.MONTH).destinationType(DestinationType.FOUNDED_STARTUP)
                .confidence(Confidence.CONFIRMED).sources(List.of("https://example.com/report")), null);
        // the tenure is derived from the ended stint: 2020-01-01 to 2025-03-01
        assertEquals(5.16, departure.getTenureYears(), 0.01);
        assertEquals(labSlug, researchers.getResearcher(person, null).getCurrentLabSlug());

        LabIndices gained = indices.getLabIndices(IndicesApi.APIGetLabIndicesRequest.newBuilder().slug(labSlug)
                .asOf(LocalDate.of(2025, 6, 30)).build());
        assertEquals(1, gained.getHeadcount());
        assertEquals(1, gained.getArrivals());
        assertTrue(gained.getSgi() > 0, "an arrival of a LEAD is a gain: " + gained.getSgi());
        assertEquals(0.0, gained.getSli());

        // errors arrive as exceptions carrying the status and the problem+json body
        ApiException duplicate = assertThrows(ApiException.class, () -> labs.createLab(new LabInput().slug(labSlug)
                .name("Again").type(LabType.STARTUP), null));
        assertEquals(409, duplicate.getCode());
        assertTrue(duplicate.getResponseBody().contains("/problems/duplicate-slug"), duplicate.getResponseBody());
    }
}
