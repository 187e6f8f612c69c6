package nl.soneta.site.markdown;

import java.util.ArrayList;
import java.util.List;
import nl.soneta.site.content.SourcePosition;
import nl.soneta.site.content.MarkdownSource;

/** Maps offsets in a Markdown body to lines and columns of the file it came from. */
final class LineIndex {
    private final MarkdownSource source;
    private final int[] lineStarts;

    /** @param text the source's text, already decoded by the caller */
    LineIndex(MarkdownSource source, String text) {
        this.source = source;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    SourcePosition positionAt(int offset) {
        int line = 0;
        int low = 0;
        int high = lineStarts.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (lineStarts[mid] <= offset) {
                line = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return new SourcePosition(source.sourcePath(), source.firstLine() + line, offset - lineStarts[line] + 1);
    }
}
