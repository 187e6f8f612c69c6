package nl.soneta.site.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.soneta.site.content.Diagnostic;
import nl.soneta.site.content.GithubAnnotation;
import nl.soneta.site.testing.FixtureSites;
import nl.soneta.site.testing.SiteFixture;
import nl.soneta.site.testing.TreeHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A fixture with one of each content mistake: all are reported together, at their line and column, and nothing is written. */
public class DiagnosticsFixtureTest {
    private static final List<String> EXPECTED = List.of(
            "content/agenda/bijeenkomst.md:5:9: error: onbekende verwijzing 'verslagg' naar publicaties",
            "content/evenementen:1:1: error: onbekende map 'evenementen' in content",
            "content/nieuws/latin1.md:2:11: error: het bestand is niet opgeslagen als UTF-8",
            "content/nieuws/leeg.md:1:1: error: het bestand is leeg",
            "content/nieuws/verkeerd-type.md:2:8: error: 'title' moet tekst zijn, maar is een lijst",
            "content/nieuws/verkeerd-type.md:3:7: error: ongeldige datum '1 januari' in 'date'",
            "content/nieuws/zonder-titel.md:2:1: error: het verplichte veld 'title' ontbreekt",
            "content/nieuws/zonder-titel.md:4:28: error: onbekende verwijzing 'buurthulpp' naar organisaties",
            "content/organisaties/buurthulp.md:5:10: error: onbekende verwijzing 'eenzaamhied' naar themas",
            "content/organisaties/buurthulp.md:6:13: error: 'oudere' staat niet in de lijst audiences in site.yaml",
            "content/organisaties/buurthulp.md:7:13: error: 'almere-haaven' staat niet in de lijst districts in site.yaml",
            "content/organisaties/buurthulp.md:8:10: error: ongeldige datum '2026-13-01' in 'checked'",
            "content/organisaties/kapot.md:4:1: error: ongeldige YAML: found unexpected end of stream"
                    + " (while scanning a quoted scalar op regel 2, kolom 8)",
            "content/paginas/over.md:5:5: error: de link '../organisaties/bestaat-niet.md' wijst naar"
                    + " content/organisaties/bestaat-niet.md, maar dat bestand bestaat niet",
            "content/paginas/over.md:5:52: error: de kop '#wat-helpen' bestaat niet in content/themas/eenzaamheid.md",
            "content/paginas/over.md:7:1: warning: onveilige HTML is verwijderd: <script>",
            "content/paginas/over.md:9:5: warning: de link is verwijderd: javascript:-links zijn niet toegestaan",
            "content/publicaties/dubbel.md:1:1: error: de URL /publicaties/dubbel/ wordt ook gebruikt door"
                    + " content/publicaties/dubbel/index.md",
            "content/site.yaml:15:10: error: het menu verwijst naar /nieuwz/, maar die pagina bestaat niet");

    @Test
    void everyMistakeIsReportedOnceAtItsLineAndColumn(@TempDir Path temp) {
        BuildResult result = broken(temp).check();
        assertEquals(EXPECTED, result.diagnostics().all().stream().map(Diagnostic::headline).toList());
        assertFalse(result.succeeded());
    }

    @Test
    void typosGetADidYouMeanHint(@TempDir Path temp) {
        Map<String, String> hints = new java.util.TreeMap<>();
        broken(temp).check().diagnostics().all().forEach(d -> hints.put(d.headline(), d.hint()));
        assertEquals("bedoelde je 'eenzaamheid'?", hints.get(EXPECTED.get(8)));
        assertEquals("bedoelde je 'ouderen'?", hints.get(EXPECTED.get(9)));
        assertEquals("bedoelde je 'buurthulp'?", hints.get(EXPECTED.get(7)));
        assertEquals("bedoelde je 'wat-helpt'?", hints.get(EXPECTED.get(14)));
        assertEquals("bedoelde je ../organisaties/buurthulp.md?", hints.get(EXPECTED.get(13)));
        assertEquals("bedoelde je '/nieuws/'?", hints.get(EXPECTED.get(18)));
        assertTrue(hints.values().stream().allMatch(h -> h != null && !h.isBlank()), "every diagnostic has a hint");
    }

    @Test
    void githubAnnotationsCarryPathLineColumnMessageAndHint(@TempDir Path temp) {
        List<String> annotations = broken(temp).check().diagnostics().all().stream().map(GithubAnnotation::of).toList();
        assertEquals(EXPECTED.size(), annotations.size());
        assertEquals("::error file=content/organisaties/buurthulp.md,line=5,col=10,title=Fout in de content"
                + "::onbekende verwijzing 'eenzaamhied' naar themas — bedoelde je 'eenzaamheid'?", annotations.get(8));
        assertEquals("::warning file=content/paginas/over.md,line=7,col=1,title=Waarschuwing over de content"
                + "::onveilige HTML is verwijderd: <script> — schrijf de tekst in Markdown; scripts, iframes, formulieren,"
                + " stijlen en on…-attributen zijn niet toegestaan", annotations.get(15));
        // A colon in the message is left alone: only the properties before '::' are split on it.
        assertTrue(annotations.get(12).startsWith("::error file=content/organisaties/kapot.md,line=4,col=1,"
                + "title=Fout in de content::ongeldige YAML: found unexpected end of stream"), annotations.get(12));
    }

    /**
     * Also when a build was killed between the two renames of its swap, which leaves no output folder and the
     * previous site beside it: the failed build puts that back first.
     */
    @ParameterizedTest(name = "after a swap killed halfway: {0}")
    @ValueSource(booleans = {false, true})
    void aFailedBuildLeavesThePreviousSiteByteIdentical(boolean killedMidSwap, @TempDir Path temp) throws IOException {
        Path out = temp.resolve("out/site");
        SiteFixture good = FixtureSites.complete(temp.resolve("good"));
        assertTrue(good.build(out, null).succeeded());
        Map<String, String> before = TreeHash.of(out);
        if (killedMidSwap) {
            Files.move(out, out.resolveSibling(".site.previous"));
        }

        good.file("content/nieuws/nieuws-1.md", "---\ntitle: Kapot\ndate: gisteren\n---\n");
        BuildResult failed = good.build(out, null);

        assertFalse(failed.succeeded());
        assertEquals(before, TreeHash.of(out));
        try (var siblings = Files.list(out.getParent())) {
            assertEquals(List.of(out), siblings.toList(), "no staging folder is left behind");
        }
    }

    public static SiteFixture broken(Path root) {
        SiteFixture site = SiteFixture.in(root)
                .file("content/site.yaml", FixtureSites.SITE_YAML.replace("url: /nieuws/", "url: /nieuwz/"));
        site.file("content/themas/eenzaamheid.md", "---\ntitle: Eenzaamheid\nsummary: Over eenzaamheid.\n---\n## Wat helpt\n\nSamen.\n");
        site.file("content/paginas/over.md", """
                ---
                title: Over ons
                summary: Wie wij zijn.
                ---
                Zie [de kaart](../organisaties/bestaat-niet.md) en [helpen](../themas/eenzaamheid.md#wat-helpen).

                <script>alert(1)</script>

                Een [link](javascript:alert(1)).
                """);
        site.file("content/organisaties/buurthulp.md", """
                ---
                title: Buurthulp
                summary: Helpt.
                kind: belangenorganisatie
                themes: [eenzaamhied]
                audiences: [oudere]
                districts: [almere-haaven]
                checked: 2026-13-01
                sources: [dubbel]
                ---
                Tekst.
                """);
        site.file("content/organisaties/kapot.md", "---\ntitle: \"Kapot\nsummary: Niet afgesloten.\n---\nTekst.\n");
        site.file("content/nieuws/zonder-titel.md",
                "---\ndate: 2026-01-01\nsummary: Geen titel.\norganisations: [buurthulp, buurthulpp]\n---\nTekst.\n");
        site.file("content/nieuws/verkeerd-type.md",
                "---\ntitle: [Een, lijst]\ndate: 1 januari\nsummary: Verkeerde types.\n---\nTekst.\n");
        site.file("content/agenda/bijeenkomst.md",
                "---\ntitle: Bijeenkomst\nstart: 2027-01-14T19:30\nlocation: Stadhuis\nreport: verslagg\nsummary: Praat mee.\n---\nTekst.\n");
        site.bytes("content/nieuws/latin1.md", "---\ntitle: Caf\u00e9\nsummary: Latin-1.\n---\nTekst.\n".getBytes(StandardCharsets.ISO_8859_1));
        site.file("content/nieuws/leeg.md", "");
        site.file("content/publicaties/dubbel.md", "---\ntitle: Dubbel\ndate: 2026-01-01\npublisher: Testnet\nsummary: Een.\n---\nTekst.\n");
        site.file("content/publicaties/dubbel/index.md",
                "---\ntitle: Dubbel twee\ndate: 2026-01-01\npublisher: Testnet\nsummary: Twee.\n---\nTekst.\n");
        site.file("content/evenementen/x.md", "---\ntitle: X\n---\n");
        return site;
    }
}
