package nl.soneta.site.build;

import java.time.Duration;
import nl.soneta.site.content.Diagnostics;

/** The outcome of a build or check: its diagnostics and, when it got that far, what it produced. */
public record BuildResult(Diagnostics diagnostics, int pages, int files, long bytes, Duration took) {

    public boolean succeeded() {
        return !diagnostics.hasErrors();
    }
}
