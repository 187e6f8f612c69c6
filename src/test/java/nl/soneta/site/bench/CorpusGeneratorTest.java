package nl.soneta.site.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.soneta.site.build.BuildResult;
import nl.soneta.site.testing.SiteFixture;
import nl.soneta.site.testing.TreeHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
    private static final int PAGES = 200;
    private final CorpusGenerator generator = new CorpusGenerator(SiteFixture.PROJECT);

    @Test
    void theSameSeedGivesTheSameCorpusAndAnotherSeedAnotherOne(@TempDir Path temp) {
        var first = TreeHash.of(generator.generate(temp.resolve("first"), 20, 42));
        assertEquals(first, TreeHash.of(generator.generate(temp.resolve("second"), 20, 42)));
        assertNotEquals(first, TreeHash.of(generator.generate(temp.resolve("other"), 20, 43)));
    }

    /** A check runs every stage a build runs except writing, so it finds every problem a build would report. */
    @Test
    void aGeneratedCorpusBuildsWithoutAnyDiagnostic(@TempDir Path temp) throws IOException {
        Path project = generator.generate(temp.resolve("corpus"), PAGES, 42);
        BuildResult result = SiteFixture.existing(project).check();

        assertEquals(List.of(), result.diagnostics().all().stream().map(d -> d.format()).toList());
        assertTrue(result.pages() > PAGES, "pages: " + result.pages());
        long bytes = 0;
        for (int number = 1; number <= PAGES; number++) {
            bytes += Files.size(project.resolve("content/nieuws").resolve(SyntheticNews.fileName(number)));
        }
        long average = bytes / PAGES;
        assertTrue(average > 3_000 && average < 5_500, "about 4 KB a page, was " + average + " bytes");
    }
}
