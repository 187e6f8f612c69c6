package nl.soneta.site.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of one corpus: rows measured once a run (shown as median, min and max), then rows of plain facts. */
final class ResultTable {
    private static final String ROW = "  %-36s %12s %12s %12s%n";

    enum Unit {
        SECONDS("%.2f s"), MEGABYTES("%.0f MB"), RATIO("%.3f"), PAGES_PER_SECOND("%.0f /s");

        private final String format;

        Unit(String format) {
            this.format = format;
        }

        String format(double value) {
            return String.format(Locale.ROOT, format, value);
        }
    }

    private record Series(Unit unit, List<Double> values) {
    }

    private final String title;
    private final Map<String, Series> measured = new LinkedHashMap<>();
    private final Map<String, String> facts = new LinkedHashMap<>();

    ResultTable(String title) {
        this.title = title;
    }

    /** Adds one run's value to the row {@code label}; rows keep the order of their first value. */
    void add(String label, Unit unit, double value) {
        measured.computeIfAbsent(label, l -> new Series(unit, new ArrayList<>())).values().add(value);
    }

    void fact(String label, String text) {
        facts.put(label, text);
    }

    void print(PrintStream out) {
        out.println();
        out.println(title);
        out.printf(Locale.ROOT, ROW, "", "median", "min", "max");
        measured.forEach((label, series) -> {
            Spread spread = Spread.of(series.values());
            out.printf(Locale.ROOT, ROW, label, series.unit().format(spread.median()), series.unit().format(spread.min()),
                    series.unit().format(spread.max()));
        });
        facts.forEach((label, text) -> out.printf(Locale.ROOT, "  %-36s %s%n", label, text));
    }
}
