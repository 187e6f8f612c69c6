package nl.soneta.site.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.soneta.site.build.BuildResult;
import nl.soneta.site.content.Diagnostic;
import nl.soneta.site.testing.FixtureSites;
import nl.soneta.site.testing.SiteFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {
    private static CommandRun run(String... args) {
        return CommandRun.of(new NewCommand(), args);
    }

    private static List<String> headlinesFor(BuildResult result, String path) {
        return result.diagnostics().all().stream().filter(d -> d.position().path().equals(path))
                .map(Diagnostic::headline).toList();
    }

    @Test
    void eachKindGetsItsFileNameAndOnlyItsPlaceholdersAreReported(@TempDir Path temp) {
        // kind → expected file, and the fields that check must report as not filled in (the rest loads cleanly)
        Map<String, String> files = Map.of(
                "nieuws", "content/nieuws/2026-11-23-buurtkamer-haven-open.md",
                "agenda", "content/agenda/2026-11-23-buurtkamer-haven-open.md",
                "organisaties", "content/organisaties/buurtkamer-haven-open.md",
                "publicatie", "content/publicaties/buurtkamer-haven-open.md",
                "nieuwsbrief", "content/nieuwsbrief/nieuwsbrief-2026-11.md",
                "thema", "content/themas/buurtkamer-haven-open.md",
                "pagina", "content/paginas/buurtkamer-haven-open.md");
        Map<String, List<String>> placeholders = Map.of(
                "nieuws", List.of(),
                "agenda", List.of("start", "location"),
                "organisaties", List.of("kind", "themes", "audiences", "sources"),
                "publicatie", List.of("publisher"),
                "nieuwsbrief", List.of("number"),
                "thema", List.of(),
                "pagina", List.of());
        for (String kind : files.keySet()) {
            SiteFixture site = FixtureSites.complete(temp.resolve(kind));
            CommandRun run = run(kind, "Buurtkamer Haven: open!", "--root", site.root().toString(), "--date", "2026-11-23");
            assertEquals(0, run.exit(), run.err());
            String path = files.get(kind);
            assertTrue(run.out().startsWith(path + System.lineSeparator()), run.out());
            assertTrue(Files.isRegularFile(site.root().resolve(path)), path);

            List<String> reported = headlinesFor(site.check(), path);
            List<String> notFilledIn = reported.stream().filter(h -> h.contains("is nog niet ingevuld")).toList();
            assertEquals(placeholders.get(kind).size(), notFilledIn.size(), kind + ": " + reported);
            for (String field : placeholders.get(kind)) {
                assertTrue(notFilledIn.stream().anyMatch(h -> h.endsWith("error: het veld '" + field + "' is nog niet ingevuld")),
                        kind + " must report " + field + ": " + reported);
            }
            // Besides the placeholders only the reminder to write a summary: no YAML or type errors.
            assertEquals(List.of(path + ":1:1: warning: de samenvatting (summary) ontbreekt"),
                    reported.stream().filter(h -> !h.contains("is nog niet ingevuld")).toList(), kind + ": " + reported);
        }
    }

    @Test
    void aNewsItemBuildsAsItIsWithTodaysDateAndTheTitle(@TempDir Path temp) throws IOException {
        SiteFixture site = FixtureSites.complete(temp.resolve("site"));
        CommandRun run = run("nieuws", "Café \"De Hoek\" \\ open", "--root", site.root().toString(), "--date", "2026-11-20");
        assertEquals(0, run.exit(), run.err());
        String text = Files.readString(site.root().resolve("content/nieuws/2026-11-20-cafe-de-hoek-open.md"));
        assertTrue(text.contains("\ntitle: \"Café \\\"De Hoek\\\" \\\\ open\"\n"), text);
        assertTrue(text.contains("\ndate: 2026-11-20\n"), text);
        assertTrue(text.contains("\nsummary:"), text);
        assertTrue(text.contains("# Eén of twee gewone zinnen over het onderwerp."), text);
        BuildResult build = site.build(temp.resolve("out"), null);
        assertTrue(build.succeeded(), build.diagnostics().all().toString());
        String page = Files.readString(temp.resolve("out/nieuws/2026-11-20-cafe-de-hoek-open/index.html"));
        assertTrue(page.contains("Café &quot;De Hoek&quot; \\ open") || page.contains("Café \"De Hoek\" \\ open"), page);
    }

    @Test
    void aMeetingsTimesAreSuggestedOnItsOwnDay(@TempDir Path temp) throws IOException {
        CommandRun run = run("agenda", "Thematafel wonen", "--root", temp.toString(), "--date", "2027-03-04");
        assertEquals(0, run.exit(), run.err());
        String text = Files.readString(temp.resolve("content/agenda/2027-03-04-thematafel-wonen.md"));
        assertTrue(text.contains("\nstart: INVULLEN"), text);
        assertTrue(text.contains("Bijvoorbeeld: 2027-03-04T19:30\n"), text);
        assertTrue(text.contains("Bijvoorbeeld: 2027-03-04T21:00\n"), text);
    }

    @Test
    void placeholderHintsSayWhatToWrite(@TempDir Path temp) {
        SiteFixture site = FixtureSites.complete(temp.resolve("site"));
        assertEquals(0, run("organisatie", "Buurtkamer", "--root", site.root().toString()).exit());
        Diagnostic kind = site.check().diagnostics().all().stream()
                .filter(d -> d.message().equals("het veld 'kind' is nog niet ingevuld")).findFirst().orElseThrow();
        assertEquals("vervang INVULLEN door tekst, bijvoorbeeld kind: belangenorganisatie", kind.hint());
        assertEquals(6, kind.position().line(), "reported at the value, not at the top of the file");
    }

    @Test
    void refusesToOverwriteAndSaysSoInDutch(@TempDir Path temp) throws IOException {
        SiteFixture site = FixtureSites.complete(temp.resolve("site"));
        Path existing = site.root().resolve("content/paginas/over.md");
        String before = Files.readString(existing);
        CommandRun run = run("pagina", "Over", "--root", site.root().toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("content/paginas/over.md bestaat al; er is niets overschreven"), run.err());
        assertEquals(before, Files.readString(existing));
    }

    @Test
    void refusesAPublicationWhoseFolderExists(@TempDir Path temp) {
        SiteFixture site = FixtureSites.complete(temp.resolve("site"));
        CommandRun run = run("publicatie", "Verslag", "--root", site.root().toString());
        assertEquals(1, run.exit(), run.out());
        assertTrue(Files.notExists(site.root().resolve("content/publicaties/verslag.md")));
    }

    @Test
    void anUnknownKindListsTheKinds() {
        CommandRun run = run("bericht", "Iets");
        assertEquals(2, run.exit());
        assertEquals("onbekende soort 'bericht'; kies uit: organisatie, nieuws, agenda, publicatie, nieuwsbrief, thema, pagina",
                run.err().strip());
    }

    @Test
    void aTitleWithoutLettersIsRefused(@TempDir Path temp) {
        CommandRun run = run("pagina", "?!", "--root", temp.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("geen bestandsnaam"), run.err());
    }
}
