package nl.soneta.site.content;

/**
 * A place in a content file: the path relative to the project root (forward slashes) and a 1-based line and
 * column, the way editors and GitHub annotations count them.
 */
public record SourcePosition(String path, int line, int column) implements Comparable<SourcePosition> {

    public static SourcePosition startOf(String path) {
        return new SourcePosition(path, 1, 1);
    }

    @Override
    public int compareTo(SourcePosition other) {
        int byPath = path.compareTo(other.path);
        if (byPath != 0) {
            return byPath;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return path + ":" + line + ":" + column;
    }
}
