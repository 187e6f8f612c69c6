package nl.soneta.site.content;

/** How bad a diagnostic is: errors fail the build, warnings are only reported. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
