package nl.soneta.site.content;

import java.util.Comparator;

/** One content problem, reported as {@code path:line:col: error: message} followed by a hint line. */
public record Diagnostic(Severity severity, SourcePosition position, String message, String hint) {

    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::position)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The first line alone, as compilers print it, so that editors and IDEs can jump to it. */
    public String headline() {
        return position + ": " + severity.label() + ": " + message;
    }

    public String format() {
        return hint == null || hint.isEmpty() ? headline() : headline() + System.lineSeparator() + "  hint: " + hint;
    }
}
