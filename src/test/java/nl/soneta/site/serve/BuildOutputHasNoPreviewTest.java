package nl.soneta.site.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.soneta.site.testing.FixtureSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live reload belongs to the preview server only: a built site carries no trace of it. */
class BuildOutputHasNoPreviewTest {

    @Test
    void noBuiltFileMentionsTheReloadScriptOrItsEvents(@TempDir Path temp) throws IOException {
        assertTrue(FixtureSites.complete(temp.resolve("project")).build(temp.resolve("site"), null, true).succeeded());

        List<Path> files;
        try (Stream<Path> walk = Files.walk(temp.resolve("site"))) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.size() > 20, "the site was built");
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            for (String trace : List.of(PreviewServer.PREFIX, "reload.js", "EventSource", "text/event-stream")) {
                assertEquals(-1, text.indexOf(trace), file + " mentions " + trace);
            }
        }
    }
}
