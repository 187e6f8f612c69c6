package nl.soneta.site.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterParserTest {
    private final Diagnostics diagnostics = new Diagnostics();

    private FrontMatter parse(String text) {
        SourceFile file = new SourceReader().decode(text.getBytes(StandardCharsets.UTF_8), "x.md", diagnostics).orElseThrow();
        return new FrontMatterParser().parse(file, diagnostics).orElseThrow();
    }

    @Test
    void theBodyKnowsOnWhichLineOfTheFileItStarts() {
        FrontMatter fm = parse("---\ntitle: Hallo\nsummary: Kort.\n---\n## Kop\n");
        assertEquals("## Kop\n", fm.body());
        assertEquals(5, fm.bodyFirstLine());
        assertEquals("Hallo", fm.fields().string("title").orElseThrow().value());
        assertEquals(new SourcePosition("x.md", 3, 10), fm.fields().string("summary").orElseThrow().at());
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkAreAccepted() {
        FrontMatter fm = parse("\uFEFF---\r\ntitle: Hallo\r\n---\r\nTekst\r\n");
        assertEquals("Hallo", fm.fields().string("title").orElseThrow().value());
        assertEquals("Tekst\n", fm.body());
        assertEquals(List.of(), diagnostics.all());
    }

    @Test
    void aMissingClosingFenceIsReportedWithAFix() {
        SourceFile file = new SourceFile("x.md", "---\ntitle: Hallo\nTekst\n");
        assertTrue(new FrontMatterParser().parse(file, diagnostics).isEmpty());
        assertEquals("x.md:1:1: error: de front matter wordt niet afgesloten", diagnostics.all().get(0).headline());
    }

    @Test
    void unknownKeysAreErrorsWithTheClosestKnownKey() {
        FrontMatter fm = parse("---\ntitel: Hallo\n---\n");
        fm.fields().rejectUnknownKeys(List.of("title", "summary"));
        Diagnostic d = diagnostics.all().get(0);
        assertEquals("x.md:2:1: error: onbekend veld 'titel'", d.headline());
        assertEquals("bedoelde je 'title'?", d.hint());
    }
}
