package nl.soneta.site.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.soneta.site.build.DiagnosticsFixtureTest;
import nl.soneta.site.language.PageReading;
import nl.soneta.site.language.ReadingLevels;
import nl.soneta.site.testing.FixtureSites;
import nl.soneta.site.testing.RenderedContent;
import nl.soneta.site.testing.SiteFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    private static CommandRun run(String... args) {
        return CommandRun.of(new CheckCommand(), args);
    }

    /** The page lines under the reading-level title, up to the explanation that closes the list. */
    private static List<String> listedPages(CommandRun run, String title) {
        List<String> lines = run.out().lines().toList();
        int at = lines.indexOf(title);
        assertTrue(at > 0, run.out());
        List<String> pages = lines.subList(at + 2, lines.size()).stream()
                .takeWhile(l -> !l.startsWith("  Leesgemak (Flesch-Douma)")).toList();
        assertTrue(at + 2 + pages.size() < lines.size(), "the list closes with its explanation: " + run.out());
        return pages;
    }

    private static List<PageReading> realHardest(boolean withReports, int count) {
        RenderedContent content = RenderedContent.of(SiteFixture.project());
        ReadingLevels levels = ReadingLevels.measure(content.site(), content.bodies());
        return ReadingLevels.hardest(withReports ? levels.pages() : levels.own(), count);
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

    @Test
    void checkListsTheFiveHardestOwnPagesOfTheRealContent() {
        List<PageReading> hardest = realHardest(false, 5);
        CommandRun run = run("--root", SiteFixture.project().root().toString());
        assertEquals(0, run.exit(), run.err());
        List<String> listed = listedPages(run, HardestPagesReport.TITLE + ", ter informatie:");
        assertEquals(hardest.stream().map(HardestPagesReport::line).toList(), listed);
        assertTrue(listed.stream().allMatch(l -> l.contains(" content/") && !l.contains(" content/publicaties/")),
                String.join("\n", listed));
    }

    @Test
    void withReportsTheListTakesTheWholeSite() {
        List<PageReading> hardest = realHardest(true, 3);
        assertTrue(hardest.stream().anyMatch(p -> !p.own()), "the real reports are harder than the own pages");
        CommandRun run = run("--root", SiteFixture.project().root().toString(), "--taal", "3", "--met-rapporten");
        assertEquals(hardest.stream().map(HardestPagesReport::line).toList(),
                listedPages(run, HardestPagesReport.TITLE + ", met rapporten, ter informatie:"));
    }

    @Test
    void taalSetsHowManyPagesAreListedAndZeroListsNone(@TempDir Path temp) {
        Path root = FixtureSites.complete(temp.resolve("project")).root();
        CommandRun two = run("--root", root.toString(), "--taal", "2");
        assertEquals(0, two.exit(), two.err());
        assertEquals(2, listedPages(two, HardestPagesReport.TITLE + ", ter informatie:").size(), two.out());
        assertTrue(run("--root", root.toString(), "--taal", "0").out().lines().noneMatch(l -> l.startsWith(HardestPagesReport.TITLE)));
    }

    @Test
    void githubFormatPrintsNoReadingLevels(@TempDir Path temp) {
        Path root = FixtureSites.complete(temp.resolve("project")).root();
        CommandRun run = run("--root", root.toString(), "--format", "github");
        assertTrue(run.out().lines().noneMatch(l -> l.contains(HardestPagesReport.TITLE) || l.contains("Leesgemak")), run.out());
    }
}
