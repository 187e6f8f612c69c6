package nl.soneta.site.markdown;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The marker search that decides whether a body needs autolinking and which clean-up walks it needs. */
class CaseBlindSearchTest {

    @Test
    void findsThePartInAnyMixOfCases() {
        assertTrue(MarkdownRenderer.containsIgnoringCase("zie www.soneta.nl", "www."));
        assertTrue(MarkdownRenderer.containsIgnoringCase("zie WwW.soneta.nl", "www."));
        assertTrue(MarkdownRenderer.containsIgnoringCase("<TABLE>", "<table"));
        assertTrue(MarkdownRenderer.containsIgnoringCase("eind: WWW.", "www."));
    }

    @Test
    void doesNotFindWhatIsNotThere() {
        assertFalse(MarkdownRenderer.containsIgnoringCase("wwwx ww. w.w.w.", "www."));
        assertFalse(MarkdownRenderer.containsIgnoringCase("", "www."));
        assertFalse(MarkdownRenderer.containsIgnoringCase("ww", "www."));
    }

    @Test
    void aPartThatStartsWithANonLetterIsFoundToo() {
        assertTrue(MarkdownRenderer.containsIgnoringCase("a <Img src=x>", "<img"));
        assertFalse(MarkdownRenderer.containsIgnoringCase("a <im g>", "<img"));
    }
}
