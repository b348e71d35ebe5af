package io.talentradar.indices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.talentradar.scoring.LabIndices;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Labs with equal figures keep their places whatever order the figures were summed in: equal to nine decimal
 * places is a tie, and ties go by slug.
 */
class RankingOrderTest {

    @Test
    void figuresThatDifferInTheirLastBitsAreTiesOrderedBySlug() {
        double summed = 0.1 + 0.2; // 0.30000000000000004: the same three tenths added in another order
        assertEquals(
                List.of("a-lab", "b-lab", "c-lab"),
                order("-tci", lab("b-lab", summed), lab("c-lab", 0.3), lab("a-lab", 0.3)));
        assertEquals(
                List.of("a-lab", "b-lab", "c-lab"),
                order("tci", lab("c-lab", 0.3), lab("b-lab", summed), lab("a-lab", 0.3)));
        // a zero reached from below is zero
        assertEquals(List.of("a-lab", "b-lab"), order("-tci", lab("b-lab", -1e-17), lab("a-lab", 0.0)));
    }

    @Test
    void figuresThatDifferAreOrderedByThem() {
        assertEquals(List.of("b-lab", "a-lab"), order("-tci", lab("a-lab", 0.3), lab("b-lab", 0.300000002)));
        assertEquals(List.of("a-lab", "b-lab"), order("tci", lab("b-lab", 0.300000002), lab("a-lab", 0.3)));
        assertEquals(List.of("b-lab", "a-lab"), order("-tci", lab("a-lab", -2.5), lab("b-lab", 1e-8)));
    }

    private static List<String> order(String sort, LabIndices... labs) {
        List<LabIndices> sorted = new ArrayList<>(List.of(labs));
        sorted.sort(IndicesResource.comparator(sort));
        return sorted.stream().map(LabIndices::lab).toList();
    }

    private static LabIndices lab(String slug, double tci) {
        return new LabIndices(slug, 1, 0.1, tci, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, false, List.of());
    }
}
