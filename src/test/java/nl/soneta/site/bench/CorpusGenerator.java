package nl.soneta.site.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.soneta.site.testing.FileTrees;

/**
 * Writes a benchmark project folder that our generator builds like the real one: a copy of the repository's
 * content/ and theme/, plus generated news items in content/nieuws/.
 *
 * <p>All of content/ is copied, not only site.yaml, themes and pages: those link to publications and
 * organisations, and the build rejects a link to a file that is not there.
 */
final class CorpusGenerator {
    private final Path repository;

    /** @param repository the project folder whose content/ and theme/ the corpus starts from */
    CorpusGenerator(Path repository) {
        this.repository = repository;
    }

    /** Replaces {@code project} by the real content plus {@code newsItems} generated items; returns it. */
    Path generate(Path project, int newsItems, long seed) {
        FileTrees.delete(project);
        FileTrees.copy(repository.resolve("content"), project.resolve("content"));
        FileTrees.copy(repository.resolve("theme"), project.resolve("theme"));
        Path contentDir = project.resolve("content");
        SyntheticNews news = new SyntheticNews(DutchText.fromPublications(contentDir), themeSlugs(contentDir), newsItems, seed);
        Path newsDir = contentDir.resolve("nieuws");
        try {
            Files.createDirectories(newsDir);
            for (int number = 1; number <= newsItems; number++) {
                Files.writeString(newsDir.resolve(SyntheticNews.fileName(number)), news.next(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the corpus in " + project, e);
        }
        return project;
    }

    /** A theme's slug is its file name in content/themas/. */
    private static List<String> themeSlugs(Path contentDir) {
        try (var files = Files.list(contentDir.resolve("themas"))) {
            return files.map(f -> f.getFileName().toString()).filter(name -> name.endsWith(".md"))
                    .map(name -> name.substring(0, name.length() - ".md".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
