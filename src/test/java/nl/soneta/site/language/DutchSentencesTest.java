package nl.soneta.site.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DutchSentencesTest {

    @Test
    void splitsAtFullStopQuestionAndExclamationMark() {
        assertEquals(List.of("Wij helpen u.", "Heeft u een vraag?", "Bel ons!", "Wij zijn er (ook 's avonds.)", "Tot ziens."),
                DutchSentences.split("Wij helpen u. Heeft u een vraag? Bel ons! Wij zijn er (ook 's avonds.) Tot ziens."));
    }

    @Test
    void abbreviationsDoNotEndASentence() {
        assertEquals(List.of("Er zijn o.a. buurthuizen, bijv. De Schoor, d.w.z. plekken in de wijk.",
                        "Zie nr. 5 en art. 3 van het reglement, i.v.m. de regels van dhr. Jansen."),
                DutchSentences.split("Er zijn o.a. buurthuizen, bijv. De Schoor, d.w.z. plekken in de wijk. "
                        + "Zie nr. 5 en art. 3 van het reglement, i.v.m. de regels van dhr. Jansen."));
    }

    @Test
    void anInitialIsAnAbbreviationButTheWordUIsNot() {
        assertEquals(List.of("Dat zei J. de Vries tegen u.", "Daarna ging hij naar huis."),
                DutchSentences.split("Dat zei J. de Vries tegen u. Daarna ging hij naar huis."));
    }

    @Test
    void anAbbreviationThatOftenClosesASentenceEndsItBeforeACapital() {
        assertEquals(List.of("Er zijn boeken, kranten enz.", "Daarna gaan we koffie drinken, thee enz. op het terras."),
                DutchSentences.split("Er zijn boeken, kranten enz. Daarna gaan we koffie drinken, thee enz. op het terras."));
    }

    @Test
    void numbersAndDatesStayInTheirSentence() {
        assertEquals(List.of("Er kwamen 1.250 mensen, 3,5 keer zoveel als in 2022.", "Dat was op 1 jan. 2023 t/m 3 feb."),
                DutchSentences.split("Er kwamen 1.250 mensen, 3,5 keer zoveel als in 2022. Dat was op 1 jan. 2023 t/m 3 feb."));
    }

    @Test
    void aFullStopBeforeALowerCaseWordIsNoSentenceEnd() {
        assertEquals(1, DutchSentences.split("Het gaat om zorg, welzijn etc. en om werk.").size());
    }

    @Test
    void aListMarkerInRunningTextOpensTheSentenceAfterIt() {
        assertEquals(List.of("a. Organiseer het meedoen van bewoners.", "b. Besef dat het tijd kost.", "2. Begin bij de mens."),
                DutchSentences.split("a. Organiseer het meedoen van bewoners. b. Besef dat het tijd kost. 2. Begin bij de mens."));
    }

    @Test
    void aBlockWithoutFinalPunctuationIsOneSentence() {
        assertEquals(List.of("Wat zij doen"), DutchSentences.split("  Wat zij doen \n"));
        assertEquals(List.of(), DutchSentences.split(" – "));
    }

    @Test
    void wordsKeepInnerPunctuationAndLoseTheEdges() {
        assertEquals(List.of("Zie", "e-mail", "t/m", "1.250", "euro", "bijv"),
                DutchSentences.words("Zie (e-mail) t/m 1.250 euro – bijv."));
    }
}
