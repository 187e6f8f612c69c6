package nl.soneta.site.build;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What to build and how.
 *
 * @param root    the project folder that holds content/ and theme/
 * @param out     where to write the site
 * @param baseUrl the address to publish at, instead of site.yaml's
 * @param today   the day the build is for: it decides which meetings are upcoming
 */
public record BuildOptions(Path root, Path out, Optional<String> baseUrl, boolean drafts, LocalDate today) {

    public Path contentDir() {
        return root.resolve("content");
    }

    public Path assetsDir() {
        return root.resolve("theme").resolve("assets");
    }
}
