package nl.soneta.site.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the importer could not resolve by itself. Each entry carries the source line number and a kind, so an
 * editor can go through the draft with the original at hand, and the summary can count by kind.
 */
public final class ImportReport {
    /** The kinds of things an editor has to look at. */
    public enum Kind {
        UNMATCHED_FOOTNOTE("voetnoot"),
        HYPHEN_KEPT("afbreekstreepje"),
        UNCLASSIFIED("onbekende regel"),
        SUSPECTED_TABLE("tabel?"),
        POSSIBLE_HEADING("kop?"),
        PRIVACY("privacy");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    public record Entry(int line, Kind kind, String message) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public void add(int line, Kind kind, String message) {
        entries.add(new Entry(line, kind, message));
    }

    public List<Entry> entries() {
        return entries.stream().sorted(Comparator.comparingInt(Entry::line)).toList();
    }

    public Map<Kind, Integer> countByKind() {
        Map<Kind, Integer> counts = new TreeMap<>();
        entries.forEach(e -> counts.merge(e.kind(), 1, Integer::sum));
        return counts;
    }
}
