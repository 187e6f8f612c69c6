package nl.soneta.site.content;

/** The decoded text of one content file and its path relative to the project root. */
public record SourceFile(String path, String text) {

    /** Turns a 0-based offset into the text into a 1-based line and column. */
    public SourcePosition positionAt(int offset) {
        int line = 1;
        int lineStart = 0;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(path, line, end - lineStart + 1);
    }

    public SourcePosition at(int line, int column) {
        return new SourcePosition(path, line, column);
    }
}
