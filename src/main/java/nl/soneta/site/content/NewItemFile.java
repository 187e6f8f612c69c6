package nl.soneta.site.content;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The file that {@code new} writes for one kind of item, made from the {@link ContentSchema}: every field of
 * the kind in schema order, required ones with a value or with {@link ContentSchema#PLACEHOLDER} (which
 * {@code check} reports until it is replaced), optional ones empty with a short Dutch comment.
 *
 * @param path the file's path inside the project, such as {@code content/nieuws/2026-11-23-titel.md}
 */
public record NewItemFile(String path, String text) {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    /** Empty when the title has no letter or digit to make a file name of. */
    public static Optional<NewItemFile> of(ContentKind kind, String title, LocalDate date) {
        String slug = Slugs.fileSlug(title);
        if (slug.isEmpty()) {
            return Optional.empty();
        }
        String name = switch (kind) {
            // The naming of the existing files: news and meetings sort by date, a newsletter is named by its month.
            case NIEUWS, AGENDA -> date + "-" + slug;
            case NIEUWSBRIEF -> "nieuwsbrief-" + MONTH.format(date);
            default -> slug;
        };
        return Optional.of(new NewItemFile("content/" + kind.collection().folder() + "/" + name + ".md",
                text(kind, title, date)));
    }

    private static String text(ContentKind kind, String title, LocalDate date) {
        List<FieldSpec> fields = ContentSchema.fields(kind);
        // Comments start in one column, after the longest "name: INVULLEN".
        int column = fields.stream().mapToInt(f -> f.name().length()).max().orElse(0) + ContentSchema.PLACEHOLDER.length() + 3;
        StringBuilder text = new StringBuilder("---\n")
                .append("# Vul elk veld met ").append(ContentSchema.PLACEHOLDER).append(" in; de andere velden mag u leeg laten.\n")
                .append("# Controleer daarna met: java -jar target/soneta-site.jar check\n");
        for (FieldSpec field : fields) {
            String value = value(field, title, date);
            String line = field.name() + ":" + (value.isEmpty() ? "" : " " + value);
            text.append(line);
            if (value.isEmpty() || value.equals(ContentSchema.PLACEHOLDER)) {
                text.append(" ".repeat(Math.max(1, column - line.length()))).append("# ")
                        .append(field.required() ? "verplicht. " : "").append(field.shortDescription())
                        .append(" Bijvoorbeeld: ").append(example(field, date));
            }
            text.append('\n');
        }
        return text.append("---\n").append("Schrijf hier de tekst in Markdown. Een tussenkop begint met ##.\n").toString();
    }

    private static String value(FieldSpec field, String title, LocalDate date) {
        if (field == ContentSchema.TITLE) {
            return quoted(title.strip());
        }
        if (field.required() && field.type() == FieldType.DATE) {
            return date.toString();
        }
        return field.required() ? ContentSchema.PLACEHOLDER : "";
    }

    /** A date and time on the item's own day, which is what the editor most likely means. */
    private static String example(FieldSpec field, LocalDate date) {
        return field.type() == FieldType.DATE_TIME ? date + field.example().substring(date.toString().length())
                : field.example();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
