package nl.soneta.site.content;

/** What a front matter value must look like, with the Dutch name the handbook uses. */
public enum FieldType {
    TEXT("tekst"),
    NUMBER("geheel getal"),
    FLAG("true of false"),
    DATE("datum (JJJJ-MM-DD)"),
    DATE_TIME("datum en tijd (JJJJ-MM-DDTUU:MM)"),
    WEB_ADDRESS("webadres (https://…)"),
    EMAIL("e-mailadres"),
    PHONE("telefoonnummer"),
    LIST("lijst ([een, twee])");

    private final String dutchName;

    FieldType(String dutchName) {
        this.dutchName = dutchName;
    }

    public String dutchName() {
        return dutchName;
    }
}
