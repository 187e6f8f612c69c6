package nl.soneta.site.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each limit of the reader, the YAML parser and the body check, just below and just beyond it: README "Limits". */
class ContentLimitsTest {
    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<FrontMatter> parse(byte[] bytes) {
        return new SourceReader().decode(bytes, "x.md", diagnostics).flatMap(f -> new FrontMatterParser().parse(f, diagnostics));
    }

    private Optional<FrontMatter> parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private Diagnostic only() {
        List<Diagnostic> all = diagnostics.all();
        assertEquals(1, all.size(), all.toString());
        assertTrue(all.get(0).hint() != null && !all.get(0).hint().isBlank());
        return all.get(0);
    }

    @Test
    void aFileBeyondSixteenMegabytesIsNotReadAtAll(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("groot.md");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(SourceReader.MAX_FILE_BYTES + 1L);
        }
        assertTrue(new SourceReader().read(file, "content/paginas/groot.md", diagnostics).isEmpty());
        assertEquals("content/paginas/groot.md:1:1: error: het bestand is te groot: meer dan 16 MB", only().headline());
    }

    @Test
    void aFileOfExactlySixteenMegabytesIsRead(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("net.md");
        byte[] text = new byte[SourceReader.MAX_FILE_BYTES];
        java.util.Arrays.fill(text, (byte) 'a');
        Files.write(file, text);
        assertTrue(new SourceReader().read(file, "net.md", diagnostics).isPresent());
        assertEquals(List.of(), diagnostics.all());
    }

    @Test
    void billionLaughsStopsAtTheTwentyFirstAliasOfAList() {
        StringBuilder yaml = new StringBuilder("---\ntitle: x\na: &a [lol, lol, lol]\n");
        for (int i = 0; i < 21; i++) {
            yaml.append("b").append(i).append(": *a\n");
        }
        assertTrue(parse(yaml + "---\n").isEmpty());
        Diagnostic d = only();
        assertEquals("x.md:24:6: error: te veel YAML-verwijzingen (*) naar lijsten of velden: meer dan 20", d.headline());
        assertTrue(d.hint().startsWith("gebruik geen YAML-ankers"), d.hint());
    }

    @Test
    void anAliasInsideItsOwnAnchorIsACycleNotAStackOverflow() {
        assertTrue(parse("---\ntitle: x\nthemes: &a [een, [*a]]\n---\n").isEmpty());
        assertEquals("x.md:3:19: error: de YAML-verwijzing *a verwijst naar zichzelf", only().headline());
    }

    @Test
    void twentyLevelsOfNestingAreReadAndTheTwentyFirstIsRefused() {
        // The front matter itself is the first level.
        assertTrue(parse("---\ntitle: " + "[".repeat(19) + "x" + "]".repeat(19) + "\n---\n").isPresent());
        assertTrue(parse("---\ntitle: " + "[".repeat(20) + "x" + "]".repeat(20) + "\n---\n").isEmpty());
        assertEquals("x.md:2:27: error: de YAML is te diep genest: meer dan 20 niveaus van lijsten en velden in elkaar",
                only().headline());
    }

    @Test
    void yamlBeyondTheCodePointLimitIsRefusedAtTheLineWhereTheLimitIsReached() {
        String title = "title: " + "x".repeat(YamlParser.MAX_CODE_POINTS - 20) + "\n";
        assertTrue(parse("---\n" + title + "---\n").isPresent());
        assertTrue(parse("---\nsummary: kort\n" + title + "title2: " + "y".repeat(100) + "\n---\n").isEmpty());
        assertEquals("x.md:3:1: error: de YAML is te lang: meer dan 100.000 tekens", only().headline());
    }

    @Test
    void aControlCharacterIsReportedWhereItIs() {
        assertTrue(parse("---\ntitle: a\u0000b\n---\n").isEmpty());
        assertEquals("x.md:2:9: error: het bestand bevat een onzichtbaar stuurteken (U+0000)", only().headline());
    }

    @Test
    void invalidUtf8IsFoundOnItsLineInAFileWithOldMacLineEndings() {
        byte[] start = "---\rtitle: x\r---\rcli".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = java.util.Arrays.copyOf(start, start.length + 4);
        bytes[start.length] = (byte) 0xEB;
        bytes[start.length + 1] = 'n';
        bytes[start.length + 2] = 't';
        bytes[start.length + 3] = '\r';
        assertTrue(parse(bytes).isEmpty());
        assertEquals("x.md:4:4: error: het bestand is niet opgeslagen als UTF-8", only().headline());
    }

    @Test
    void aParagraphLongerThanTheLimitIsRefusedAtItsFirstLine() {
        String line = "woord ".repeat(1_000) + "\n";
        assertTrue(parse("---\ntitle: x\n---\nKort.\n\n" + line.repeat(2)).isPresent());
        assertTrue(parse("---\ntitle: x\n---\nKort.\n\n" + line.repeat(3)).isEmpty());
        assertEquals("x.md:6:1: error: deze alinea is te lang: meer dan 16.000 tekens zonder lege regel", only().headline());
    }

    @Test
    void markdownNestedDeeperThanTheLimitIsRefusedAtItsLine() {
        assertTrue(parse("---\ntitle: x\n---\n" + ">".repeat(16) + " " + "- ".repeat(16) + "diep\n").isPresent());
        assertTrue(parse("---\ntitle: x\n---\nKort.\n\n" + "  ".repeat(30) + "- ".repeat(3) + "diep\n").isEmpty());
        assertEquals("x.md:6:1: error: de tekst is te diep genest: meer dan 32 niveaus van citaten (>), lijsten en inspringing",
                only().headline());
    }

    @Test
    void aDateWithAYearOfOtherThanFourDigitsIsATypo() {
        FrontMatter fm = parse("---\ndate: -999999999-01-01\nstart: +10000-01-01T10:00\n---\n").orElseThrow();
        assertTrue(fm.fields().date(nl.soneta.site.content.ContentSchema.NEWS_DATE).isEmpty());
        assertTrue(fm.fields().dateTime(nl.soneta.site.content.ContentSchema.START).isEmpty());
        assertEquals(List.of("x.md:2:7: error: ongeldige datum '-999999999-01-01' in 'date'",
                        "x.md:3:8: error: ongeldige datum en tijd '+10000-01-01T10:00' in 'start'"),
                diagnostics.all().stream().map(Diagnostic::headline).toList());
    }
}
