package nl.soneta.site.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingFiguresTest {

    @Test
    void countsSentencesWordsSyllablesAndLongOnes() {
        ReadingFigures figures = ReadingFigures.of(List.of(
                "Voor wie",
                "De vrijwilligersorganisatie helpt u.",
                "Wij helpen inwoners van Almere die het moeilijk hebben met geld, met hun huis, met hun gezondheid of met de buren in de straat."));
        assertEquals(3, figures.sentences());
        assertEquals(2 + 4 + 24, figures.words());
        assertEquals(1, figures.longSentences(), "24 words is over 20");
        assertEquals(1, figures.longWords(), "only vrijwilligersorganisatie has 4 or more syllables");
        // voor wie | de vrij-wil-li-gers-or-ga-ni-sa-tie helpt u | wij hel-pen in-wo-ners van Al-me-re die het moei-lijk
        // heb-ben met geld met hun huis met hun ge-zond-heid of met de bu-ren in de straat
        assertEquals(2 + 12 + 34, figures.syllables());
        assertEquals(206.835 - 0.93 * 30 / 3 - 77.0 * 48 / 30, figures.fleschDouma(), 1e-9);
        // over six letters: vrijwilligersorganisatie, inwoners, moeilijk, gezondheid
        assertEquals(30 / 3.0 + 100.0 * 4 / 30, figures.lix(), 1e-9);
    }
}
