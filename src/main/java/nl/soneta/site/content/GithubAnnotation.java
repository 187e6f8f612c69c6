package nl.soneta.site.content;

/**
 * A diagnostic as a GitHub Actions workflow command, so that a pull request shows each content problem at its
 * line in the changed file: {@code ::error file=…,line=…,col=…,title=…::message — hint}. GitHub reads the
 * command up to the end of the line and splits properties on {@code ,} and {@code ::}, so values are escaped
 * the way its toolkit does ({@code @actions/core} {@code escapeData} and {@code escapeProperty}).
 */
public final class GithubAnnotation {
    private GithubAnnotation() {
    }

    public static String of(Diagnostic diagnostic) {
        SourcePosition at = diagnostic.position();
        String command = diagnostic.isError() ? "error" : "warning";
        String title = diagnostic.isError() ? "Fout in de content" : "Waarschuwing over de content";
        String text = diagnostic.hint() == null || diagnostic.hint().isBlank()
                ? diagnostic.message() : diagnostic.message() + " — " + diagnostic.hint();
        return "::" + command + " file=" + property(at.path()) + ",line=" + at.line() + ",col=" + at.column()
                + ",title=" + property(title) + "::" + data(text);
    }

    /** The message part: only what would end the command early or be decoded by GitHub. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: also the separators of the property list. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
