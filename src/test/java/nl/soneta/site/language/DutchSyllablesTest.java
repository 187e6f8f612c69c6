package nl.soneta.site.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DutchSyllablesTest {

    /** Each count checked by hand: the hyphens in the comment column are the syllables. */
    @ParameterizedTest(name = "{0} = {1} ({2})")
    @CsvSource({
            "vrijwilligersorganisatie, 9, vrij-wil-li-gers-or-ga-ni-sa-tie",
            "eenzaamheid, 3, een-zaam-heid",
            "bestaanszekerheid, 5, be-staans-ze-ker-heid",
            "nieuwsbrief, 2, nieuws-brief",
            "eeuw, 1, eeuw",
            "mooi, 1, mooi",
            "groei, 1, groei",
            "situatie, 4, si-tu-a-tie",
            "beamen, 3, be-a-men",
            "ideeën, 3, i-de-eën",
            "coördinatie, 5, co-ör-di-na-tie",
            "financiële, 5, fi-nan-ci-ë-le",
            "geïnteresseerde, 6, ge-ïn-te-res-seer-de",
            "één, 1, één",
            "sociaal, 3, so-ci-aal",
            "sociale, 4, so-ci-a-le",
            "Almere, 3, Al-me-re",
            "ouderen, 3, ou-de-ren",
            "huis, 1, huis",
            "baby, 2, ba-by",
            "yoga, 2, yo-ga",
            "GGD, 1, spoken as letters; at least one",
            "schoonmaakster, 3, schoon-maak-ster",
            "informatie, 4, in-for-ma-tie",
    })
    void countsVowelGroups(String word, int syllables, String byHand) {
        assertEquals(syllables, DutchSyllables.count(word), byHand);
    }
}
