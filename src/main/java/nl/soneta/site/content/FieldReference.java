package nl.soneta.site.content;

import java.util.Optional;

/**
 * The field reference of the editors' handbook, written from the {@link ContentSchema} so that it cannot drift
 * from what the loader accepts. It replaces what stands between two marker comments in the handbook.
 */
public final class FieldReference {
    public static final String BEGIN = "<!-- begin veldenoverzicht -->";
    public static final String END = "<!-- einde veldenoverzicht -->";

    private FieldReference() {
    }

    /** The reference as Markdown: one section and table per kind. */
    public static String markdown() {
        StringBuilder text = new StringBuilder();
        for (ContentKind kind : ContentKind.values()) {
            String folder = "content/" + kind.collection().folder() + "/" + (kind == ContentKind.HOOFDSTUK ? "<publicatie>/" : "");
            text.append("\n### ").append(capitalised(kind.dutchName())).append(" (`").append(folder).append("`)\n\n")
                    .append("| veld | verplicht | soort waarde | betekenis | voorbeeld |\n")
                    .append("|---|---|---|---|---|\n");
            for (FieldSpec field : ContentSchema.fields(kind)) {
                text.append("| `").append(field.name()).append("` | ").append(field.required() ? "ja" : "nee")
                        .append(" | ").append(cell(field.type().dutchName())).append(" | ").append(cell(field.description()))
                        .append(" | `").append(field.name()).append(": ").append(cell(field.example())).append("` |\n");
            }
        }
        return text.append('\n').toString();
    }

    /** The handbook with its reference section regenerated; empty when the markers are missing. */
    public static Optional<String> insertInto(String handbook) {
        int begin = handbook.indexOf(BEGIN);
        int end = handbook.indexOf(END);
        if (begin < 0 || end < begin) {
            return Optional.empty();
        }
        return Optional.of(handbook.substring(0, begin + BEGIN.length()) + "\n" + markdown().strip() + "\n"
                + handbook.substring(end));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
