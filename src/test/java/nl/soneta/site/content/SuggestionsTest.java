package nl.soneta.site.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
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

    @Test
    void theBoundedDistanceIsTheDistanceBelowItsBoundAndAtLeastTheBoundOtherwise() {
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 0; n < 20_000; n++) {
            String a = randomWord(random);
            String b = random.nextBoolean() ? a.substring(0, random.nextInt(a.length() + 1)) + randomWord(random) : randomWord(random);
            int bound = 1 + random.nextInt(8);
            int full = Suggestions.distance(a, b);
            int bounded = Suggestions.distanceBelow(a, b, bound);
            if (full < bound) {
                assertEquals(full, bounded, a + " / " + b);
            } else {
                assertTrue(bounded >= bound, a + " / " + b + ": " + bounded + " for bound " + bound);
            }
        }
    }

    private static String randomWord(SplittableRandom random) {
        StringBuilder word = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            word.append("abcde/-".charAt(random.nextInt(7)));
        }
        return word.toString();
    }
}
