package nl.soneta.site.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.soneta.site.testing.RenderedContent;
import nl.soneta.site.testing.SiteFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the text that SONETA writes itself (pages, themes, organisations, news, agenda, newsletter, the home
 * intro) to language level B1. The published reports are other bodies' documents and are not held to it.
 */
class OwnPagesReadingLevelTest {
    /** B1 advice ("Direct duidelijk" and the B1 guides that follow it): a plain sentence has about 10 to 15 words. */
    private static final double MAX_WORDS_PER_SENTENCE = 15;
    /**
     * A sentence of more than 20 words may occur, but rarely: at most one in ten. On a short page of nine
     * sentences or fewer that means none.
     */
    private static final double MAX_LONG_SENTENCE_SHARE = 0.10;
    /**
     * B1 guides ask for short, common words but give no share. Much of what stays long here are names the reader
     * looks for and that a page explains rather than replaces (vrijwilligerswerk, bestaanszekerheid, thematafel);
     * the limit is the top of what the policy texts that the site explains measure: chapters 1 to 7 of the
     * Beleidskader have 11 to 16 % words of four or more syllables. The site's own pages measure at most 14 %.
     */
    private static final double MAX_LONG_WORD_SHARE = 0.15;
    /**
     * The regulations are shown word for word, as the page says; rewording a governing document would change it.
     * Their content in B1 is on /over-soneta/ and /bestuur-en-organisatie/, and the page explains its hard words.
     */
    private static final Set<String> QUOTED_DOCUMENTS = Set.of("/reglement/");

    private static ReadingLevels levels;

    @BeforeAll
    static void measure() {
        RenderedContent content = RenderedContent.of(SiteFixture.project());
        levels = ReadingLevels.measure(content.site(), content.bodies());
    }

    @Test
    void ownPagesAreEveryPageButTheReports() {
        List<PageReading> own = levels.own();
        assertTrue(own.stream().noneMatch(p -> p.path().startsWith("/publicaties/")), "reports are not own pages");
        assertTrue(levels.pages().stream().filter(p -> !p.own()).allMatch(p -> p.path().startsWith("/publicaties/")));
        Set<String> paths = own.stream().map(PageReading::path).collect(Collectors.toSet());
        for (String expected : List.of("/", "/over-soneta/", "/themas/eenzaamheid/", "/organisaties/humanitas/",
                "/nieuwsbrief/nieuwsbrief-2026-11/")) {
            assertTrue(paths.contains(expected), expected);
        }
        assertTrue(own.stream().anyMatch(p -> p.path().startsWith("/nieuws/")));
        assertTrue(own.stream().anyMatch(p -> p.path().startsWith("/agenda/")));
    }

    @Test
    void sentencesAreShort() {
        assertAllWithin(f -> f.wordsPerSentence() <= MAX_WORDS_PER_SENTENCE, "woorden per zin");
    }

    @Test
    void fewSentencesAreLong() {
        assertAllWithin(f -> f.longSentenceShare() <= MAX_LONG_SENTENCE_SHARE, "lange zinnen");
    }

    @Test
    void fewWordsAreLong() {
        assertAllWithin(f -> f.longWordShare() <= MAX_LONG_WORD_SHARE, "lange woorden");
    }

    @Test
    void theQuotedRegulationsAreMeasuredAndListedButNotHeldToB1() {
        assertTrue(levels.own().stream().anyMatch(p -> QUOTED_DOCUMENTS.contains(p.path())));
    }

    private static void assertAllWithin(Predicate<ReadingFigures> within, String figure) {
        List<String> failing = levels.own().stream()
                .filter(p -> !QUOTED_DOCUMENTS.contains(p.path()))
                .filter(p -> !within.test(p.figures()))
                .map(p -> String.format(Locale.ROOT, "%s: %.1f words/sentence, %.0f %% long sentences, %.0f %% long words",
                        p.source(), p.figures().wordsPerSentence(), 100 * p.figures().longSentenceShare(),
                        100 * p.figures().longWordShare()))
                .toList();
        assertEquals(List.of(), failing, figure);
    }
}
