package nl.soneta.site.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.soneta.site.bench.ResultTable.Unit;
import nl.soneta.site.testing.FileTrees;

/**
 * Times a whole build by our generator against Hugo on the same generated news items (issue 8). A command, not a
 * test: it prints figures and passes or fails nothing.
 *
 * <p>Ours builds the real content plus N items ({@link CorpusGenerator}); Hugo builds the same N items, bodies
 * unchanged ({@link HugoSite}), with a minimal theme of comparable pages. Every build is a child process (peak RSS
 * is the whole process, JVM start-up included), writing into an emptied output folder. Each tool first builds once
 * untimed, so both read a warm file cache; then the timed runs alternate, and so does which tool goes first.
 */
public final class BuildBenchmark {
    private static final String PACKAGE_COMMAND = "./mvnw -B -q -DskipTests package";
    private static final String OURS = "ours";
    private static final String HUGO = "Hugo";

    /** One measured configuration: a name in the table and how to build a corpus of a given size into a folder. */
    private record Tool(String name, Command command) {
    }

    private interface Command {
        List<String> build(int size, Path out);
    }

    private final BenchmarkOptions options;
    private final Optional<String> smallHeap;
    private final Path repository;
    private final Path jar;
    private final Path benchDir;
    private final MeasuredProcess runner;

    private BuildBenchmark(BenchmarkOptions options, Optional<String> smallHeap, Path repository) {
        this.options = options;
        this.smallHeap = smallHeap;
        this.repository = repository;
        this.jar = repository.resolve("target/soneta-site.jar");
        this.benchDir = repository.resolve("target/bench");
        this.runner = new MeasuredProcess(benchDir);
    }

    public static void main(String[] args) {
        String xmx = System.getProperty("bench.xmx", "").strip();
        new BuildBenchmark(BenchmarkOptions.fromSystemProperties(), xmx.isEmpty() ? Optional.empty() : Optional.of(xmx),
                Path.of("").toAbsolutePath()).run();
    }

    private void run() {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the benchmark times the real jar, so build it first with "
                    + PACKAGE_COMMAND);
        }
        Optional<Path> hugo = onPath("hugo");
        List<Tool> tools = new ArrayList<>();
        tools.add(new Tool(OURS, (size, out) -> ourBuild(List.of(), size, out)));
        smallHeap.ifPresent(xmx -> tools.add(new Tool(OURS + " -Xmx" + xmx, (size, out) -> ourBuild(List.of("-Xmx" + xmx), size, out))));
        hugo.ifPresent(h -> tools.add(new Tool(HUGO, (size, out) -> List.of(h.toString(), "--quiet", "--source",
                hugoSite(size).toString(), "--destination", out.toString()))));
        System.out.printf(Locale.ROOT, "Java %s on %d cores (load average %.2f); CPU time and peak RSS: %s; Hugo: %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), loadAverage(),
                MeasuredProcess.measuresMemory() ? "GNU time" : "not measured (no /usr/bin/time)",
                hugo.map(this::hugoVersion).orElse("skipped, not on the PATH (install it with: apt-get install hugo)"));
        for (int size : options.sizes()) {
            measure(size, tools).print(System.out);
        }
    }

    private ResultTable measure(int size, List<Tool> tools) {
        long started = System.nanoTime();
        Path corpus = new CorpusGenerator(repository).generate(corpus(size), size, options.seed());
        new HugoSite(repository.resolve("src/test/bench/hugo")).write(corpus, size, hugoSite(size));
        System.out.printf(Locale.ROOT, "%,d news items generated in %s and as a Hugo site in %s in %s%n", size,
                repository.relativize(corpus), repository.relativize(hugoSite(size)), shown(Duration.ofNanos(System.nanoTime() - started)));
        ResultTable table = new ResultTable(String.format(Locale.ROOT,
                "%,d generated news items (ours: plus the real content): %d runs after one warm-up each, tools alternating", size, options.runs()));
        List<Tool> working = new ArrayList<>();
        for (Tool tool : tools) {
            if (build(tool, size, table).isPresent()) {
                working.add(tool);
            }
        }
        Map<Tool, FolderSize> outputs = new LinkedHashMap<>();
        Map<Tool, Long> htmlFiles = new LinkedHashMap<>();
        for (int run = 1; run <= options.runs(); run++) {
            List<Tool> order = new ArrayList<>(working);
            if (run % 2 == 0) {
                java.util.Collections.reverse(order);
            }
            Map<String, Duration> walls = new LinkedHashMap<>();
            for (Tool tool : order) {
                Optional<Measurement> measured = build(tool, size, table);
                if (measured.isEmpty()) {
                    working.remove(tool);
                    continue;
                }
                Measurement m = measured.get();
                Path out = output(tool, size);
                long html = htmlFiles(out);
                outputs.put(tool, FolderSize.of(out).orElseThrow());
                htmlFiles.put(tool, html);
                walls.put(tool.name(), m.wall());
                table.add(tool.name() + ", wall", Unit.SECONDS, seconds(m.wall()));
                m.cpu().ifPresent(cpu -> table.add(tool.name() + ", CPU (user + system)", Unit.SECONDS, seconds(cpu)));
                m.peakRssKib().ifPresent(kib -> table.add(tool.name() + ", peak RSS", Unit.MEGABYTES, kib / 1024.0));
                table.add(tool.name() + ", HTML pages per second", Unit.PAGES_PER_SECOND, html / seconds(m.wall()));
            }
            if (walls.containsKey(HUGO)) {
                walls.forEach((name, wall) -> {
                    if (!name.equals(HUGO)) {
                        table.add(name + " / Hugo, wall", Unit.RATIO, seconds(wall) / seconds(walls.get(HUGO)));
                    }
                });
            }
            System.out.printf(Locale.ROOT, "  run %d of %d: %s%n", run, options.runs(), String.join(", ", walls.entrySet().stream()
                    .map(e -> e.getKey() + " " + shown(e.getValue())).toList()));
        }
        for (Tool tool : outputs.keySet()) {
            table.fact(tool.name() + ", output", String.format(Locale.ROOT, "%s, of which %,d HTML", outputs.get(tool), htmlFiles.get(tool)));
        }
        table.fact("load average after the runs", String.format(Locale.ROOT, "%.2f", loadAverage()));
        return table;
    }

    /**
     * Builds into an emptied folder, so that no tool gains from files a previous run left. A failed build (a build
     * that runs out of memory on a large corpus is a result too) goes into the table, and the tool sits out the
     * remaining runs of this size.
     */
    private Optional<Measurement> build(Tool tool, int size, ResultTable table) {
        Path out = output(tool, size);
        FileTrees.delete(out);
        long started = System.nanoTime();
        try {
            return Optional.of(runner.run(tool.command().build(size, out)));
        } catch (IllegalStateException e) {
            String took = shown(Duration.ofNanos(System.nanoTime() - started));
            String cause = rootCause(e.getMessage());
            String failure = "failed after " + took + ": " + cause;
            System.out.println("  " + tool.name() + " " + failure);
            table.fact(tool.name() + ", build", failure);
            return Optional.empty();
        }
    }

    /** The deepest exception or error a Java stack trace in the output names, else the line saying how the process ended. */
    private static String rootCause(String failure) {
        List<String> lines = failure.lines().map(String::strip).toList();
        return lines.stream().filter(line -> !line.startsWith("at ") && line.matches(".*\\b[\\w.$]+(Error|Exception)\\b.*"))
                .reduce((first, last) -> last).map(line -> line.replaceFirst("^(Caused by: |Exception in thread \"[^\"]*\" )", ""))
                .orElse(lines.isEmpty() ? "" : lines.get(0));
    }

    private List<String> ourBuild(List<String> javaOptions, int size, Path out) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.addAll(options.javaOptions());
        command.addAll(List.of("-jar", jar.toString(), "build", "--quiet", "--root", corpus(size).toString(), "--out", out.toString()));
        return command;
    }

    private Path corpus(int size) {
        return benchDir.resolve("corpus-" + size);
    }

    private Path hugoSite(int size) {
        return benchDir.resolve("hugo-" + size);
    }

    private Path output(Tool tool, int size) {
        return benchDir.resolve("out-" + tool.name().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT) + "-" + size);
    }

    private String hugoVersion(Path hugo) {
        return runner.run(List.of(hugo.toString(), "version")).output().strip();
    }

    private static long htmlFiles(Path folder) {
        try (var files = Files.walk(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".html")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Other work on the machine slows every figure, so the table says how busy the machine was. */
    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static String shown(Duration duration) {
        return Unit.SECONDS.format(seconds(duration));
    }
}
