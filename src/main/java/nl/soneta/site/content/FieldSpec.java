package nl.soneta.site.content;

/**
 * One front matter field of one kind of item: what the loader accepts, what {@code new} writes and what the
 * handbook's field reference lists.
 *
 * @param description Dutch, plain language; the first sentence is short, because {@code new} writes it as a comment
 * @param example     a valid value as it is written in YAML
 */
public record FieldSpec(String name, FieldType type, boolean required, String description, String example) {

    public static FieldSpec required(String name, FieldType type, String description, String example) {
        return new FieldSpec(name, type, true, description, example);
    }

    public static FieldSpec optional(String name, FieldType type, String description, String example) {
        return new FieldSpec(name, type, false, description, example);
    }

    /** The first sentence of the description. */
    public String shortDescription() {
        int end = description.indexOf(". ");
        return end < 0 ? description : description.substring(0, end + 1);
    }
}
