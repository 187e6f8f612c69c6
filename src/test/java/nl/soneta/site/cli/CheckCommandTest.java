package nl.soneta.site.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.soneta.site.build.DiagnosticsFixtureTest;
import nl.soneta.site.testing.FixtureSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    private static CommandRun run(String... args) {
        return CommandRun.of(new CheckCommand(), args);
    }

    @Test
    void githubFormatPrintsOneWorkflowCommandPerProblemAndExitsOne(@TempDir Path temp) {
        Path root = DiagnosticsFixtureTest.broken(temp.resolve("project")).root();
        CommandRun run = run("--root", root.toString(), "--quiet", "--format", "github");
        assertEquals(1, run.exit());
        List<String> commands = run.out().lines().filter(l -> l.startsWith("::")).toList();
        assertEquals(17, commands.stream().filter(l -> l.startsWith("::error file=content/")).count(), run.out());
        assertEquals(2, commands.stream().filter(l -> l.startsWith("::warning file=content/")).count(), run.out());
        assertTrue(commands.contains("::error file=content/site.yaml,line=15,col=10,title=Fout in de content"
                + "::het menu verwijst naar /nieuwz/, maar die pagina bestaat niet — bedoelde je '/nieuws/'?"), run.out());
        assertTrue(run.err().contains("17 fouten, 2 waarschuwingen: er is niets geschreven."), run.err());
    }

    @Test
    void githubFormatOnCleanContentPrintsNoCommandAndExitsZero(@TempDir Path temp) {
        Path root = FixtureSites.complete(temp.resolve("project")).root();
        CommandRun run = run("--root", root.toString(), "--format", "github");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().lines().noneMatch(l -> l.startsWith("::")), run.out());
        assertTrue(run.out().contains("Geen fouten"), run.out());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertEquals(2, run("--format", "json").exit());
    }
}
