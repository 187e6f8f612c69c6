package nl.soneta.site.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content files are parsed in batches while they are handed out; the result must not show it. */
class ContentFilesTest {
    private static final int FILES = 1_300;

    @Test
    void handsOutEveryReadableFileInSortedOrderAcrossBatchesAndKnowsWhichFailed(@TempDir Path root) throws IOException {
        Path news = Files.createDirectories(root.resolve("content/nieuws"));
        Files.writeString(root.resolve("content/site.yaml"), "title: Test\n");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            String name = String.format("bericht-%04d.md", i);
            boolean broken = i % 500 == 7;
            Files.writeString(news.resolve(name), broken ? "geen front matter\n" : "---\ntitle: Bericht " + i + "\n---\nTekst " + i + ".\n");
            if (!broken) {
                expected.add("content/nieuws/" + name);
            }
        }
        Diagnostics diagnostics = new Diagnostics();
        LoadedContent loaded = new ContentLoader().load(root.resolve("content"), root, diagnostics);
        assertEquals(FILES, loaded.files().found());

        List<String> handedOut = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (ContentFile file : loaded.files()) {
            handedOut.add(file.path());
            bodies.add(file.frontMatter().body().strip());
        }
        assertEquals(expected, handedOut);
        assertEquals("Tekst 0.", bodies.get(0));
        assertEquals("Tekst " + (FILES - 1) + ".", bodies.get(bodies.size() - 1));
        assertEquals(Set.of("content/nieuws/bericht-0007.md", "content/nieuws/bericht-0507.md", "content/nieuws/bericht-1007.md"),
                loaded.failedSources());
        assertEquals(3, diagnostics.errorCount(), diagnostics.all().toString());
        assertTrue(diagnostics.all().stream().allMatch(d -> d.toString().contains("bericht-")), diagnostics.all().toString());
    }

    @Test
    void isReadOnce(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("content/nieuws"));
        Files.writeString(root.resolve("content/site.yaml"), "title: Test\n");
        LoadedContent loaded = new ContentLoader().load(root.resolve("content"), root, new Diagnostics());
        assertThrows(IllegalStateException.class, loaded::failedSources, "which files failed is known after reading");
        loaded.files().forEach(file -> { });
        assertThrows(IllegalStateException.class, () -> loaded.files().iterator());
    }
}
