package nl.soneta.site.importer;

/** One block of the draft: a heading, a paragraph or a list item, with the source line it starts on. */
public record Block(Type type, int level, int number, boolean lettered, String text, int line) {
    public enum Type { HEADING, PARAGRAPH, ITEM }

    Block withText(String newText) {
        return new Block(type, level, number, lettered, newText, line);
    }
}
