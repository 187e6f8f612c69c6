package nl.soneta.site.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.soneta.site.content.Diagnostic;
import nl.soneta.site.testing.FixtureSites;
import nl.soneta.site.testing.SiteFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content never reaches outside {@code content/} (issue 9, point 4): symbolic links in every collection, in a
 * publication's folder and in media (to files and to folders), link and image targets that climb out with "../",
 * absolute, percent-encoded and double-encoded paths, file: and drive-letter URLs, front matter references that are
 * paths, and chapter and media names that are no slugs. Each is an error or a warning at its file, line and column
 * with a Dutch hint; the build writes nothing, and the text of the file outside never shows up anywhere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentContainmentTest {
    /** Text of the files outside the project that the links point at; it must never be read into the site. */
    private static final String SECRET = "GEHEIM-4711-niet-publiceren";

    /** One expected diagnostic: the start of its headline ({@code path:line:col: severity: message…}). */
    private static final List<String> EXPECTED = List.of(
            "content/agenda/map:1:1: error: symbolische koppelingen worden niet gevolgd",
            "content/buiten:1:1: error: symbolische koppelingen worden niet gevolgd",
            "content/media/geheim.pdf:1:1: error: symbolische koppelingen worden niet gevolgd",
            "content/media/map:1:1: error: symbolische koppelingen worden niet gevolgd",
            "content/nieuws/geheim.md:1:1: error: symbolische koppelingen worden niet gevolgd",
            "content/nieuwsbrief/geheim.md:1:1: error: symbolische koppelingen worden niet gevolgd",
            "content/organisaties/geheim.md:1:1: error: symbolische koppelingen worden niet gevolgd",
            "content/paginas/geheim.md:1:1: error: symbolische koppelingen worden niet gevolgd",
            "content/paginas/paden.md:5:1: error: de link '../../../../etc/passwd' wijst naar ../../../../etc/passwd,"
                    + " maar dat bestand bestaat niet",
            "content/paginas/paden.md:6:1: error: de link '/etc/passwd' wijst naar een pagina die niet bestaat",
            "content/paginas/paden.md:7:1: error: de link '%2e%2e/%2e%2e/%2e%2e/etc/passwd' wijst naar",
            "content/paginas/paden.md:8:1: error: de link '..%2f..%2f..%2fetc%2fpasswd' wijst naar",
            "content/paginas/paden.md:9:1: error: de link '%252e%252e/%252e%252e/etc/passwd' wijst naar",
            "content/paginas/paden.md:10:1: warning: de link is verwijderd: file:-links zijn niet toegestaan",
            "content/paginas/paden.md:11:1: warning: de link is verwijderd: file:-links zijn niet toegestaan",
            "content/paginas/paden.md:12:1: warning: de link is verwijderd: c:-links zijn niet toegestaan",
            "content/paginas/paden.md:13:1: error: de link '\\etc\\passwd' wijst naar",
            "content/paginas/paden.md:14:1: error: de link '../../pom.xml' wijst naar pom.xml, maar dat bestand bestaat niet",
            "content/paginas/paden.md:15:1: error: de link '../../../../etc/passwd' wijst naar",
            "content/paginas/paden.md:16:1: error: de link '../media/../../../etc/passwd' wijst naar",
            "content/paginas/paden.md:17:1: error: de link '/etc/passwd' wijst naar een pagina die niet bestaat",
            "content/paginas/paden.md:18:1: warning: de link is verwijderd: file:-links zijn niet toegestaan",
            "content/paginas/paden.md:19:1: warning: de afbeelding '//evil.invalid/x.png' is weggelaten",
            "content/paginas/paden.md:20:1: error: de link '../media/%2e%2e/%2e%2e/%2e%2e/etc/passwd' wijst naar",
            "content/publicaties/gelinkt:1:1: error: symbolische koppelingen worden niet gevolgd",
            "content/publicaties/pad/index.md:5:6: error: het bestand content/media/../../../etc/passwd bestaat niet",
            "content/publicaties/pad2/index.md:5:6: error: het bestand content/media//etc/passwd bestaat niet",
            "content/publicaties/verslag/%2e%2e.md:1:1: error: de naam '%2e%2e.md' is geen geldige slug",
            "content/publicaties/verslag/Deel drie.md:1:1: error: de naam 'Deel drie.md' is geen geldige slug",
            "content/publicaties/verslag/geheim.md:1:1: error: symbolische koppelingen worden niet gevolgd",
            "content/publicaties/verslag/index.md.md:1:1: error: de naam 'index.md.md' is geen geldige slug",
            "content/themas/geheim.md:1:1: error: symbolische koppelingen worden niet gevolgd");

    private SiteFixture project;
    private Path out;
    private BuildResult check;

    @BeforeAll
    void write(@TempDir Path temp) throws IOException {
        Path outside = temp.resolve("buiten");
        Files.createDirectories(outside.resolve("map"));
        String secretItem = "---\ntitle: " + SECRET + "\nsummary: " + SECRET + "\n---\n" + SECRET + "\n";
        Files.writeString(outside.resolve("geheim.md"), secretItem);
        Files.writeString(outside.resolve("map/geheim.md"), secretItem);
        Files.writeString(outside.resolve("map/index.md"), secretItem);
        Files.writeString(outside.resolve("geheim.pdf"), "%PDF-1.4\n" + SECRET + "\n");
        project = FixtureSites.complete(temp.resolve("project"))
                .file("content/paginas/paden.md", """
                        ---
                        title: Paden
                        summary: Links die de map uit willen.
                        ---
                        [a](../../../../etc/passwd)
                        [b](/etc/passwd)
                        [c](%2e%2e/%2e%2e/%2e%2e/etc/passwd)
                        [d](..%2f..%2f..%2fetc%2fpasswd)
                        [e](%252e%252e/%252e%252e/etc/passwd)
                        [f](file:///etc/passwd)
                        [g](FILE:///C:/Windows/win.ini)
                        [h](C:\\Windows\\win.ini)
                        [i](\\\\etc\\passwd)
                        [j](../../pom.xml)
                        ![k](../../../../etc/passwd)
                        ![l](../media/../../../etc/passwd)
                        ![m](/etc/passwd)
                        ![n](file:///etc/passwd)
                        ![o](//evil.invalid/x.png)
                        ![p](../media/%2e%2e/%2e%2e/%2e%2e/etc/passwd)
                        """)
                .file("content/publicaties/pad/index.md", """
                        ---
                        title: Pad
                        date: 2026-01-01
                        publisher: Testnet
                        pdf: ../../../etc/passwd
                        summary: Een pdf buiten de map.
                        ---
                        Tekst.
                        """)
                .file("content/publicaties/pad2/index.md", """
                        ---
                        title: Pad twee
                        date: 2026-01-01
                        publisher: Testnet
                        pdf: /etc/passwd
                        summary: Een pdf met een absoluut pad.
                        ---
                        Tekst.
                        """)
                .file("content/publicaties/verslag/Deel drie.md", "---\ntitle: Drie\norder: 3\n---\nTekst.\n")
                .file("content/publicaties/verslag/%2e%2e.md", "---\ntitle: Punten\norder: 4\n---\nTekst.\n")
                .file("content/publicaties/verslag/index.md.md", "---\ntitle: Dubbel\norder: 5\n---\nTekst.\n");
        project.replace("content/site.yaml", "url: /over/", "url: /../../etc/");
        Path content = project.root().resolve("content");
        for (String collection : List.of("nieuws", "organisaties", "themas", "paginas", "nieuwsbrief")) {
            Files.createSymbolicLink(content.resolve(collection + "/geheim.md"), outside.resolve("geheim.md"));
        }
        Files.createSymbolicLink(content.resolve("agenda/map"), outside.resolve("map"));
        Files.createSymbolicLink(content.resolve("publicaties/verslag/geheim.md"), outside.resolve("geheim.md"));
        Files.createSymbolicLink(content.resolve("publicaties/gelinkt"), outside.resolve("map"));
        Files.createSymbolicLink(content.resolve("media/geheim.pdf"), outside.resolve("geheim.pdf"));
        Files.createSymbolicLink(content.resolve("media/map"), outside.resolve("map"));
        Files.createSymbolicLink(content.resolve("buiten"), outside.resolve("map"));
        check = project.check();
        out = temp.resolve("site");
    }

    @Test
    void everyWayOutIsReportedAtItsPlace() {
        List<String> headlines = check.diagnostics().all().stream().map(Diagnostic::headline).toList();
        List<String> missing = new ArrayList<>();
        for (String expected : EXPECTED) {
            if (headlines.stream().noneMatch(h -> h.startsWith(expected))) {
                missing.add(expected);
            }
        }
        assertEquals(List.of(), missing, "reported:\n" + String.join("\n", headlines));
        assertTrue(headlines.stream().anyMatch(h -> h.startsWith("content/site.yaml:") && h.contains("/../../etc/")),
                "the menu path that climbs out: " + headlines);
        assertFalse(check.succeeded());
    }

    @Test
    void everyReportHasADutchHint() {
        for (Diagnostic diagnostic : check.diagnostics().all()) {
            assertTrue(diagnostic.hint() != null && !diagnostic.hint().isBlank(), diagnostic.format());
        }
    }

    @Test
    void theBuildWritesNothingAndNothingFromOutsideIsRead() throws IOException {
        BuildResult build = project.build(out, null);
        assertFalse(build.succeeded());
        assertFalse(Files.exists(out), "a failed build writes no output");
        for (Diagnostic diagnostic : build.diagnostics().all()) {
            assertFalse(diagnostic.format().contains(SECRET), diagnostic.format());
        }
        try (Stream<Path> files = Files.walk(project.root())) {
            for (Path file : files.filter(f -> Files.isRegularFile(f) && !Files.isSymbolicLink(f)).toList()) {
                assertFalse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(SECRET),
                        "the outside text was copied into " + file);
            }
        }
    }
}
