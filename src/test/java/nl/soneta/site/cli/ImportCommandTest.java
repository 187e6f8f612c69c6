package nl.soneta.site.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.soneta.site.build.BuildResult;
import nl.soneta.site.content.Diagnostic;
import nl.soneta.site.testing.FixtureSites;
import nl.soneta.site.testing.SiteFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    static final Path SEED_EXCERPT = Path.of("src/test/resources/import/page-footnotes-004.txt");

    private static CommandRun run(String... args) {
        return CommandRun.of(new ImportCommand(), args);
    }

    @Test
    void theDraftPassesTheSitesOwnCheckAndBuild(@TempDir Path temp) throws IOException {
        SiteFixture site = FixtureSites.complete(temp.resolve("site"));
        Path draft = site.root().resolve("content/publicaties/beleidskader.md");
        CommandRun run = run(SEED_EXCERPT.toString(), "--out", draft.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains(SEED_EXCERPT + ":18: afbreekstreepje behouden in 'onderwijs-arbeidsmarktagenda'"),
                run.err());
        assertTrue(run.out().contains("2 voetnoten"), run.out());

        BuildResult check = site.check();
        // No errors; the one warning is the summary the editor still has to write (the draft leaves it empty).
        assertEquals(java.util.List.of("content/publicaties/beleidskader.md:1:1: warning: de samenvatting (summary) ontbreekt"),
                check.diagnostics().all().stream().map(Diagnostic::headline).toList());
        assertTrue(check.succeeded());
        // The draft is hidden by default; built with drafts it must render as well.
        BuildResult withDrafts = site.build(temp.resolve("out"), null, true);
        assertTrue(withDrafts.succeeded(), withDrafts.diagnostics().all().toString());
        assertTrue(Files.exists(temp.resolve("out/publicaties/beleidskader/index.html")));
    }

    @Test
    void refusesToOverwriteAnExistingFile(@TempDir Path temp) throws IOException {
        Path existing = temp.resolve("bestaat.md");
        Files.writeString(existing, "werk van een redacteur");
        CommandRun run = run(SEED_EXCERPT.toString(), "--out", existing.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("bestaat al"), run.err());
        assertEquals("werk van een redacteur", Files.readString(existing));
    }

    @Test
    void importIsASubcommandOfMain() {
        assertEquals(0, Main.run("import", "--help"));
    }
}
