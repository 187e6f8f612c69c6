package nl.soneta.site.cli;

/** How {@code check} prints problems: for people at a terminal, or as GitHub Actions annotations. */
enum DiagnosticFormat {
    TEXT,
    GITHUB
}
