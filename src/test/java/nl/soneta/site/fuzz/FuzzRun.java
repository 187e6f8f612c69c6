package nl.soneta.site.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.soneta.site.build.BuildResult;
import nl.soneta.site.content.Diagnostic;

/**
 * Generates fuzz cases, checks them a tree of a few hundred files at a time through the real check pipeline, and
 * holds every case to the rules of issue 9: the check ends normally and prints nothing, every diagnostic has a file,
 * a line and a column inside the file, a message and a hint, and every bad file gets an error that names it, on
 * the line of its mistake where the case knows that line.
 */
final class FuzzRun {
    /** A tree that costs more CPU time than this breaks the promise that time stays bounded (CPU: the machine may be busy). */
    static final Duration TREE_TIME_LIMIT = Duration.ofSeconds(60);
    private static final List<FuzzCategory> DRAWN = Arrays.stream(FuzzCategory.values())
            .filter(c -> c != FuzzCategory.HUGE_FILE).toList();

    private final long seed;
    private final int perTree;
    private final Path work;
    private final Map<FuzzCategory, Integer> tried = new EnumMap<>(FuzzCategory.class);
    private final List<String> failures = new ArrayList<>();
    private Duration slowestTree = Duration.ZERO;
    private int trees;

    private FuzzRun(long seed, int perTree, Path work) {
        this.seed = seed;
        this.perTree = perTree;
        this.work = work;
    }

    /** Runs {@code cases} drawn cases, spread evenly over the categories, plus the two large files. */
    static Report run(long seed, int cases, int perTree, boolean largeFiles, Path work) {
        FuzzRun run = new FuzzRun(seed, perTree, work);
        long started = System.nanoTime();
        long cpuStarted = processCpuNanos();
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            List<FuzzCase> batch = new ArrayList<>();
            for (int i = 0; i < cases; i++) {
                batch.add(ContentFuzzer.generate(DRAWN.get(i % DRAWN.size()), seed * 1_000_003L + i, i));
                if (batch.size() == perTree) {
                    run.check(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                run.check(batch);
            }
            if (largeFiles) {
                run.check(List.of(ContentFuzzer.generate(FuzzCategory.HUGE_FILE, 0, cases)));
                run.check(List.of(ContentFuzzer.generate(FuzzCategory.HUGE_FILE, 1, cases + 1)));
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String output = printed.toString(StandardCharsets.UTF_8);
        if (!output.isBlank()) {
            run.failures.add("the check printed: " + output.substring(0, Math.min(2_000, output.length())));
        }
        FuzzTree.deleteTree(work);
        return new Report(seed, Map.copyOf(run.tried), List.copyOf(run.failures), run.trees, run.slowestTree,
                Duration.ofNanos(System.nanoTime() - started), Duration.ofNanos(processCpuNanos() - cpuStarted));
    }

    /** CPU time of this JVM, all threads: on a busy machine a fairer figure than the wall clock. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private void check(List<FuzzCase> cases) {
        cases.forEach(c -> tried.merge(c.category(), 1, Integer::sum));
        trees++;
        Path root = work.resolve("tree");
        BuildResult result;
        long cpuStarted = processCpuNanos();
        try {
            result = FuzzTree.write(root, cases).check();
        } catch (Throwable thrown) {
            isolate(cases, thrown);
            return;
        }
        Duration took = Duration.ofNanos(processCpuNanos() - cpuStarted);
        if (took.compareTo(slowestTree) > 0) {
            slowestTree = took;
        }
        if (took.compareTo(TREE_TIME_LIMIT) > 0) {
            failures.add("a tree of " + cases.size() + " cases took " + took.toSeconds() + " s of CPU time; its cases have seeds "
                    + cases.get(0).seed() + " to " + cases.get(cases.size() - 1).seed());
        }
        Map<String, FuzzCase> byPath = new LinkedHashMap<>();
        cases.forEach(c -> byPath.put("content/" + c.path(), c));
        Map<String, List<Diagnostic>> errorsByPath = new LinkedHashMap<>();
        for (Diagnostic diagnostic : result.diagnostics().all()) {
            FuzzCase owner = byPath.get(diagnostic.position().path());
            String problem = positionProblem(diagnostic, owner);
            if (problem != null) {
                failures.add(problem + ": " + diagnostic.format() + (owner == null ? "" : "\n    in " + owner.describe()));
            }
            if (diagnostic.isError()) {
                errorsByPath.computeIfAbsent(diagnostic.position().path(), p -> new ArrayList<>()).add(diagnostic);
            }
        }
        byPath.forEach((path, fuzzCase) -> {
            List<Diagnostic> errors = errorsByPath.getOrDefault(path, List.of());
            if (errors.isEmpty()) {
                failures.add("no error for a bad file: " + fuzzCase.describe());
            } else if (fuzzCase.knowsItsLine() && errors.stream().noneMatch(d ->
                    d.position().line() >= fuzzCase.firstLine() && d.position().line() <= fuzzCase.lastLine())) {
                failures.add("no error on the line of the mistake: " + errors.stream().map(Diagnostic::headline).toList()
                        + "\n    in " + fuzzCase.describe());
            }
        });
    }

    /** Why a diagnostic is not one an editor can act on, or null when it is. */
    private static String positionProblem(Diagnostic diagnostic, FuzzCase owner) {
        var at = diagnostic.position();
        if (at.path() == null || at.path().isBlank() || at.line() < 1 || at.column() < 1) {
            return "diagnostic without a position";
        }
        if (owner != null && at.line() > owner.lineCount() + 1) {
            return "diagnostic past the end of the file (" + owner.lineCount() + " lines)";
        }
        if (diagnostic.message() == null || diagnostic.message().isBlank() || diagnostic.hint() == null
                || diagnostic.hint().isBlank()) {
            return "diagnostic without a message or a hint";
        }
        if (diagnostic.message().contains("Exception") || diagnostic.message().contains("\tat ")) {
            return "diagnostic that shows an exception";
        }
        return null;
    }

    /** The tree threw: each case again alone, so the report names the ones that throw. */
    private void isolate(List<FuzzCase> cases, Throwable treeThrew) {
        int before = failures.size();
        for (FuzzCase fuzzCase : cases) {
            try {
                FuzzTree.write(work.resolve("alone"), List.of(fuzzCase)).check();
            } catch (Throwable thrown) {
                failures.add("the check threw " + thrown + " at " + firstFrames(thrown) + "\n    for " + fuzzCase.describe());
            }
        }
        if (failures.size() == before) {
            failures.add("a tree threw " + treeThrew + " at " + firstFrames(treeThrew) + ", but no case alone does");
        }
    }

    private static String firstFrames(Throwable thrown) {
        return Arrays.stream(thrown.getStackTrace()).limit(3).map(StackTraceElement::toString).toList().toString();
    }

    /** What a run tried and found. */
    record Report(long seed, Map<FuzzCategory, Integer> tried, List<String> failures, int trees, Duration slowestTree,
                  Duration took, Duration cpu) {

        int total() {
            return tried.values().stream().mapToInt(Integer::intValue).sum();
        }

        String summary() {
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                    "content fuzz: seed %d, %d cases in %d trees, %.1f s, CPU %.1f s (slowest tree %.1f s CPU), %d failures%n",
                    seed, total(), trees, took.toMillis() / 1000.0, cpu.toMillis() / 1000.0, slowestTree.toMillis() / 1000.0,
                    failures.size()));
            for (FuzzCategory category : FuzzCategory.values()) {
                text.append(String.format(Locale.ROOT, "  %-15s %6d%n", category, tried.getOrDefault(category, 0)));
            }
            failures.forEach(f -> text.append("FAILURE ").append(f).append(System.lineSeparator()));
            return text.toString();
        }
    }
}
