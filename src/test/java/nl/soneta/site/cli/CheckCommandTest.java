package nl.soneta.site.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nl.soneta.site.build.DiagnosticsFixtureTest;
import nl.soneta.site.testing.FixtureSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CheckCommandTest {
    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        CheckCommand command = new CheckCommand();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        command.stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        command.stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
        int exit = new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void githubFormatPrintsOneWorkflowCommandPerProblemAndExitsOne(@TempDir Path temp) {
        Path root = DiagnosticsFixtureTest.broken(temp.resolve("project")).root();
        Run run = run("--root", root.toString(), "--quiet", "--format", "github");
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
        Run run = run("--root", root.toString(), "--format", "github");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().lines().noneMatch(l -> l.startsWith("::")), run.out());
        assertTrue(run.out().contains("Geen fouten"), run.out());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertEquals(2, run("--format", "json").exit());
    }
}
