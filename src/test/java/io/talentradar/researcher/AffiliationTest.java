package io.talentradar.researcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Half-open stints [start, end), an empty start reaching back and an empty end open: without the service. */
class AffiliationTest {

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static Affiliation stint(String start, String end) {
        Affiliation a = new Affiliation();
        a.start = date(start);
        a.end = date(end);
        return a;
    }

    @ParameterizedTest
    @CsvSource({
        "2020-01-01, 2021-01-01, 2020-06-01, 2020-07-01, true", // inside
        "2020-01-01, 2021-01-01, 2021-01-01, 2022-01-01, false", // starts the day this one ends
        "2020-01-01, 2021-01-01, 2019-01-01, 2020-01-01, false", // ends the day this one starts
        "2020-01-01, 2021-01-01, 2019-01-01, 2020-01-02, true", // shares one day
        "2020-01-01,           , 2030-01-01,           , true", // both open
        "          , 2021-01-01, 1900-01-01, 1901-01-01, true", // an unknown start reaches back
        "          , 2021-01-01, 2021-01-01,           , false",
        "2020-01-01, 2021-01-01,           , 2020-01-01, false",
        "2020-01-01, 2021-01-01,           ,           , true"
    })
    void overlapIsSymmetricAndHalfOpen(String start, String end, String otherStart, String otherEnd, boolean overlap) {
        assertEquals(overlap, stint(start, end).overlaps(date(otherStart), date(otherEnd)));
        assertEquals(overlap, stint(otherStart, otherEnd).overlaps(date(start), date(end)), "symmetric");
    }

    @ParameterizedTest
    @CsvSource({
        "2020-01-01, 2021-01-01, 2020-01-01, true",
        "2020-01-01, 2021-01-01, 2021-01-01, false",
        "2020-01-01, 2021-01-01, 2019-12-31, false",
        "          , 2021-01-01, 1900-01-01, true",
        "2020-01-01,           , 2999-01-01, true"
    })
    void coversTheStartButNotTheEnd(String start, String end, String day, boolean covered) {
        assertEquals(covered, stint(start, end).covers(date(day)));
    }
}
