package nl.soneta.site.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import nl.soneta.site.build.BuildResult;
import nl.soneta.site.build.Progress;
import nl.soneta.site.content.Diagnostic;
import nl.soneta.site.content.GithubAnnotation;

/** Prints stage progress to standard output and problems to standard error. */
final class Reporter implements Progress {
    private final PrintStream out;
    private final PrintStream err;
    private final boolean quiet;
    private final DiagnosticFormat format;

    Reporter(PrintStream out, PrintStream err, boolean quiet) {
        this(out, err, quiet, DiagnosticFormat.TEXT);
    }

    Reporter(PrintStream out, PrintStream err, boolean quiet, DiagnosticFormat format) {
        this.out = out;
        this.err = err;
        this.quiet = quiet;
        this.format = format;
    }

    @Override
    public void stage(String stage, String summary, Duration took) {
        if (!quiet) {
            out.printf(Locale.ROOT, "%-9s %-28s %6d ms%n", stage, summary, took.toMillis());
        }
    }

    /** Prints every diagnostic, then a closing line; returns the exit code: 0 on success, 1 on errors. */
    int finish(BuildResult result, String successLine) {
        for (Diagnostic diagnostic : result.diagnostics().all()) {
            if (format == DiagnosticFormat.GITHUB) {
                // The runner reads workflow commands from standard output.
                out.println(GithubAnnotation.of(diagnostic));
            } else {
                err.println(diagnostic.format());
            }
        }
        long errors = result.diagnostics().errorCount();
        long warnings = result.diagnostics().warningCount();
        if (errors > 0) {
            err.printf(Locale.ROOT, "%d %s, %d %s: er is niets geschreven.%n", errors, errors == 1 ? "fout" : "fouten",
                    warnings, warnings == 1 ? "waarschuwing" : "waarschuwingen");
            return 1;
        }
        if (!quiet) {
            out.println(successLine + (warnings > 0 ? " (" + warnings + (warnings == 1 ? " waarschuwing)" : " waarschuwingen)") : ""));
        }
        return 0;
    }

    static String seconds(Duration took) {
        return String.format(Locale.ROOT, "%.2f s", took.toMillis() / 1000.0);
    }
}
