package nl.soneta.site.search;

/**
 * The indexed fields of a search document and how much a match in each counts. A word in the title says far
 * more about a page than the same word somewhere in its text; theme names and headings are in between.
 */
public enum SearchField {
    TITLE("title", 5f),
    HEADINGS("headings", 2f),
    SUMMARY("summary", 1.5f),
    BODY("body", 1f),
    THEMES("themes", 2f);

    private final String fieldName;
    private final float boost;

    SearchField(String fieldName, float boost) {
        this.fieldName = fieldName;
        this.boost = boost;
    }

    public String fieldName() {
        return fieldName;
    }

    public float boost() {
        return boost;
    }
}
