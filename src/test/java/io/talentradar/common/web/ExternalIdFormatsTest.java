package io.talentradar.common.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExternalIdFormatsTest {

    @Test
    void theOrcidCheckDigitIsIso7064Mod112() {
        // ORCID's own examples, one ending in X (the check value 10)
        assertTrue(ExternalIdFormats.orcidCheckDigitHolds("0000-0002-1825-0097"));
        assertTrue(ExternalIdFormats.orcidCheckDigitHolds("0000-0001-5109-3700"));
        assertTrue(ExternalIdFormats.orcidCheckDigitHolds("0000-0002-1694-233X"));
        for (char wrong : "0123456789X".toCharArray()) {
            if (wrong != '7') {
                assertFalse(ExternalIdFormats.orcidCheckDigitHolds("0000-0002-1825-009" + wrong), "ends in " + wrong);
            }
        }
        // two digits swapped: the mod 11-2 check catches transpositions
        assertFalse(ExternalIdFormats.orcidCheckDigitHolds("0000-0002-1852-0097"));
    }

    @Test
    void filtersRefuseTheWrongFormAndAWrongCheckDigit() {
        org.junit.jupiter.api.Assertions.assertEquals(
                "0000-0002-1825-0097", ExternalIdFormats.orcidFilter("orcid", " 0000-0002-1825-0097 "));
        org.junit.jupiter.api.Assertions.assertNull(ExternalIdFormats.orcidFilter("orcid", " "));
        org.junit.jupiter.api.Assertions.assertThrows(
                io.talentradar.common.error.ProblemException.class,
                () -> ExternalIdFormats.orcidFilter("orcid", "0000-0002-1825-0098"));
        org.junit.jupiter.api.Assertions.assertThrows(
                io.talentradar.common.error.ProblemException.class,
                () -> ExternalIdFormats.orcidFilter("orcid", "1825-0097"));
    }
}
