package io.talentradar.common.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.panache.common.Sort;
import io.talentradar.common.error.ProblemException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Paging and sort parsing, without the service. */
class PageRequestTest {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "date", "departureDate", "id", "d.id");

    private static String field(ProblemException e) {
        return e.toProblem("/x").errors().get(0).field();
    }

    @Test
    void defaultsAndExplicitValues() {
        PageRequest defaults = PageRequest.of(null, " ", null, SORTABLE, "-date");
        assertEquals(0, defaults.page());
        assertEquals(PageRequest.DEFAULT_SIZE, defaults.size());
        PageRequest given = PageRequest.of("3", "200", "name", SORTABLE, "-date");
        assertEquals(3, given.page());
        assertEquals(200, given.size());
    }

    @Test
    void theSortMapsApiNamesToColumnsAndEndsWithAUniqueKey() {
        Sort sort = PageRequest.of(null, null, "-date,+name", SORTABLE, "name").sort();
        List<Sort.Column> columns = sort.getColumns();
        assertEquals(
                List.of("departureDate", "name", "d.id"),
                columns.stream().map(Sort.Column::getName).toList());
        assertEquals(Sort.Direction.Descending, columns.get(0).getDirection());
        assertEquals(Sort.NullPrecedence.NULLS_LAST, columns.get(0).getNullPrecedence());
        assertEquals(Sort.Direction.Ascending, columns.get(1).getDirection());
        assertEquals(Sort.NullPrecedence.NULLS_FIRST, columns.get(1).getNullPrecedence());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"-1|20|page", "1000001|20|page", "x|20|page", "0|0|size", "0|201|size", "0|1.5|size"})
    void outOfRangeNumbersNameTheirParameter(String page, String size, String field) {
        var e = assertThrows(ProblemException.class, () -> PageRequest.of(page, size, null, SORTABLE, "name"));
        assertEquals(field, field(e));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"salary", "name,", "-", "name,,date", "+"})
    void aSortOfUnknownOrEmptyFieldsIsRefused(String sort) {
        var e = assertThrows(ProblemException.class, () -> PageRequest.of(null, null, sort, SORTABLE, "name"));
        assertEquals("sort", field(e));
    }

    @Test
    void sortKeysNameTheAllowedFieldsWhenOneIsUnknown() {
        assertEquals(
                List.of(new PageRequest.SortKey("tci", true), new PageRequest.SortKey("lab", false)),
                PageRequest.sortKeys("-tci,lab", List.of("lab", "tci")));
        var e = assertThrows(ProblemException.class, () -> PageRequest.sortKeys("mass", List.of("tci", "lab")));
        assertTrue(e.toProblem("/x").errors().get(0).message().endsWith("allowed: lab, tci"));
    }

    @Test
    void aPageIsOptionalOnlyWhenNeitherPageNorSizeIsGiven() {
        assertTrue(PageRequest.optional(null, "").isEmpty());
        assertEquals(
                PageRequest.DEFAULT_SIZE,
                PageRequest.optional("2", null).orElseThrow().size());
        assertEquals(0, PageRequest.optional(null, "5").orElseThrow().page());
    }
}
