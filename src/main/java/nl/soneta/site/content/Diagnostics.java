package nl.soneta.site.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of a build so that editors see all of them at once. Thread-safe, because pages
 * are rendered in parallel; {@link #all()} is sorted, so the report does not depend on thread timing.
 */
public final class Diagnostics {
    private final List<Diagnostic> collected = new ArrayList<>();

    public synchronized void add(Diagnostic diagnostic) {
        collected.add(diagnostic);
    }

    public void error(SourcePosition at, String message, String hint) {
        add(new Diagnostic(Severity.ERROR, at, message, hint));
    }

    public void warning(SourcePosition at, String message, String hint) {
        add(new Diagnostic(Severity.WARNING, at, message, hint));
    }

    public synchronized boolean hasErrors() {
        return collected.stream().anyMatch(Diagnostic::isError);
    }

    public synchronized long errorCount() {
        return collected.stream().filter(Diagnostic::isError).count();
    }

    public synchronized long warningCount() {
        return collected.size() - errorCount();
    }

    public synchronized List<Diagnostic> all() {
        return collected.stream().distinct().sorted(Diagnostic.ORDER).toList();
    }
}
