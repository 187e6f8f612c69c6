package nl.soneta.site.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.soneta.site.markdown.ReaderAids;
import org.junit.jupiter.api.Test;

class TextBlocksTest {

    @Test
    void headingsAndListItemsAreBlocksOfTheirOwn() {
        String html = "<h2>Wat zij doen</h2><p>Zij helpen <em>inwoners</em>.</p>"
                + "<ul><li>bij geldzorgen<ul><li>en schulden</li></ul></li><li>bij eenzaamheid</li></ul>";
        assertEquals(List.of("Wat zij doen", "Zij helpen inwoners.", "bij geldzorgen", "en schulden", "bij eenzaamheid"),
                TextBlocks.of(html));
    }

    @Test
    void tablesCodeFootnoteNumbersAndReaderAidsAreLeftOut() {
        String html = "<h2 id=\"doel\">Doel <a class=\"" + ReaderAids.CLASS + "\" href=\"#doel\">#</a></h2>"
                + "<p>Zo werkt het<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup>.</p>"
                + "<table><tr><th>Jaar</th><td>2023</td></tr></table>"
                + "<pre><code>java -jar site.jar</code></pre><p>Typ <code>check</code> en druk op Enter.</p>";
        assertEquals(List.of("Doel", "Zo werkt het.", "Typ  en druk op Enter."), TextBlocks.of(html));
    }

    @Test
    void aLineBreakEndsABlock() {
        assertEquals(List.of("SONETA", "Almere"), TextBlocks.of("<p>SONETA<br>Almere</p>"));
    }
}
