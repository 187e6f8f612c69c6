package nl.soneta.site.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private static final List<String> THEMES = List.of("eenzaamheid", "bestaanszekerheid", "jong-in-almere");

    @Test
    void swappedLettersAndSmallTyposFindTheIntendedName() {
        assertEquals(Optional.of("eenzaamheid"), Suggestions.closest("eenzaamhied", THEMES));
        assertEquals(Optional.of("bestaanszekerheid"), Suggestions.closest("Bestaanzekerheid", THEMES));
    }

    @Test
    void somethingUnrelatedGetsTheListOfAllowedValuesInstead() {
        assertEquals(Optional.empty(), Suggestions.closest("sport", THEMES));
        assertEquals("kies uit: bestaanszekerheid, eenzaamheid, jong-in-almere", Suggestions.hint("sport", THEMES, "kies uit"));
    }
}
