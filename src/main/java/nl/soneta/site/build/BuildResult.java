package nl.soneta.site.build;

import java.time.Duration;
import nl.soneta.site.content.Diagnostics;
import nl.soneta.site.language.ReadingLevels;

/**
 * The outcome of a build or check: its diagnostics and, when it got that far, what it produced.
 *
 * @param readingLevels how hard each page is to read; measured by a check without errors, otherwise none
 */
public record BuildResult(Diagnostics diagnostics, int pages, int files, long bytes, Duration took,
                          ReadingLevels readingLevels) {

    public BuildResult(Diagnostics diagnostics, int pages, int files, long bytes, Duration took) {
        this(diagnostics, pages, files, bytes, took, ReadingLevels.NONE);
    }

    public boolean succeeded() {
        return !diagnostics.hasErrors();
    }
}
