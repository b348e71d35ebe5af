package io.talentradar.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** If-Match parsing, without the service. */
class ETagsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "\"7\"|7",
                "W/\"7\"|7",
                " \"x\", \"12\" |12",
                "\"abc\"|-1",
                "7|-1",
                "\"\"|-1",
                "*|NULL",
                "' '|NULL",
                "NULL|NULL"
            })
    void ifMatchNamesTheVersionItDemands(String header, Long expected) {
        assertEquals(expected, ETags.expectedVersion(header));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"\"7\"|304", "W/\"7\"|304", "\"6\", *|304", "\"6\"|200"})
    void aGetAnswers304OnlyWhenIfNoneMatchNamesTheCurrentTag(String ifNoneMatch, int status) {
        assertEquals(status, ETags.conditionalGet("body", 7, ifNoneMatch).getStatus());
    }

    @Test
    void withoutIfNoneMatchTheBodyIsSentWithItsTag() {
        var answer = ETags.conditionalGet("body", 8, null);
        assertEquals(200, answer.getStatus());
        assertEquals("body", answer.getEntity());
        assertEquals("8", answer.getEntityTag().getValue());
    }
}
