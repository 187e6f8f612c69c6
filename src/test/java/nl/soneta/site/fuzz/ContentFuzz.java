package nl.soneta.site.fuzz;

import java.nio.file.Path;

/**
 * The long fuzz run, a command rather than a test: {@code -Dfuzz.cases} (default 100000), {@code -Dfuzz.seed}
 * (default 9), {@code -Dfuzz.perTree} (default 400). Prints the cases per category and every failure, and fails
 * (so Maven reports a build failure) when there is one.
 */
public final class ContentFuzz {
    private ContentFuzz() {
    }

    public static void main(String[] args) {
        int cases = Integer.parseInt(System.getProperty("fuzz.cases", "100000").replace("_", "").strip());
        long seed = Long.parseLong(System.getProperty("fuzz.seed", "9").strip());
        int perTree = Integer.parseInt(System.getProperty("fuzz.perTree", "400").strip());
        FuzzRun.Report report = FuzzRun.run(seed, cases, perTree, true, Path.of("target", "fuzz"));
        System.out.print(report.summary());
        if (!report.failures().isEmpty()) {
            throw new IllegalStateException(report.failures().size() + " fuzz failures, listed above");
        }
    }
}
