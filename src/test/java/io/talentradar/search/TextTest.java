package io.talentradar.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void accentsCaseAndPunctuationDoNotCount() {
        assertEquals("lukasz kaiser", Text.normalize("Łukasz  Kaiser"));
        assertEquals("jose hernandez orallo", Text.normalize("José Hernández-Orallo"));
        assertEquals("oriol vinyals", Text.normalize("ORIOL VINYALS"));
        assertEquals("0000 0002 1825 0097", Text.normalize("0000-0002-1825-0097"));
        assertEquals("strasse", Text.normalize("Straße"));
        assertEquals("", Text.normalize(" -- "));
    }

    @Test
    void oneEditApartMeansOneLetterAddedDroppedChangedOrTwoSwapped() {
        assertTrue(Text.withinOneEdit("sutskevar", "sutskever")); // changed
        assertTrue(Text.withinOneEdit("illya", "ilya")); // added
        assertTrue(Text.withinOneEdit("ilya", "illya")); // dropped
        assertTrue(Text.withinOneEdit("sutksever", "sutskever")); // swapped
        assertTrue(Text.withinOneEdit("deepmin", "deepmind")); // dropped at the end
        assertTrue(Text.withinOneEdit("same", "same"));
        assertFalse(Text.withinOneEdit("sutskevra", "sutskever")); // two changes
        assertFalse(Text.withinOneEdit("ilyaaa", "ilya"));
        assertFalse(Text.withinOneEdit("abcd", "badc"));
    }
}
