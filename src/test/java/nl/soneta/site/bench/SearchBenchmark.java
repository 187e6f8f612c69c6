package nl.soneta.site.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.soneta.site.site.SitePaths;
import nl.soneta.site.bench.ResultTable.Unit;

/**
 * Times our search index build against Pagefind on generated corpora, as issue 4 asks; the build figures serve
 * issue 8 too. A command, not a test: it prints figures and passes or fails nothing.
 *
 * <p>Every run is a fresh {@code java -jar target/soneta-site.jar build}, as an editor or CI runs it, so the figures
 * include JVM start-up and peak RSS is that of the whole process. Our runs alternate with Pagefind runs, so a
 * machine that slows down during the benchmark slows both alike.
 */
public final class SearchBenchmark {
    /** Issue 4: our index build may take at most a third of the time Pagefind needs to index the same pages. */
    private static final double TARGET_RATIO = 1.0 / 3;
    private static final String SEARCH_STAGE = "search";
    private static final String INDEX_FOLDER = SitePaths.SEARCH_INDEX.substring(1);
    private static final String PACKAGE_COMMAND = "./mvnw -B -q -DskipTests package";

    private final BenchmarkOptions options;
    private final Path repository;
    private final Path jar;
    private final Path benchDir;
    private final MeasuredProcess runner;

    private SearchBenchmark(BenchmarkOptions options, Path repository) {
        this.options = options;
        this.repository = repository;
        this.jar = repository.resolve("target/soneta-site.jar");
        this.benchDir = repository.resolve("target/bench");
        this.runner = new MeasuredProcess(benchDir);
    }

    public static void main(String[] args) {
        new SearchBenchmark(BenchmarkOptions.fromSystemProperties(), Path.of("").toAbsolutePath()).run();
    }

    private void run() {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the benchmark times the real jar, so build it first with "
                    + PACKAGE_COMMAND);
        }
        Optional<Pagefind> pagefind = Pagefind.install(benchDir.resolve("pagefind"), runner);
        printSetting(pagefind);
        for (int size : options.sizes()) {
            ResultTable table = measure(size, pagefind);
            table.fact("load average after the runs", String.format(Locale.ROOT, "%.2f", loadAverage()));
            table.print(System.out);
        }
    }

    private ResultTable measure(int size, Optional<Pagefind> pagefind) {
        long started = System.nanoTime();
        Path project = new CorpusGenerator(repository).generate(benchDir.resolve("corpus-" + size), size, options.seed());
        System.out.printf(Locale.ROOT, "%,d news items generated in %s in %s%n", size, repository.relativize(project),
                shown(Duration.ofNanos(System.nanoTime() - started)));
        Path site = benchDir.resolve("site-" + size);
        Path bundle = benchDir.resolve("pagefind-" + size);
        ResultTable table = new ResultTable(String.format(Locale.ROOT,
                "%,d generated news items plus the real content: %d runs, our builds alternating with Pagefind", size, options.runs()));
        List<StageReport> lastStages = List.of();
        for (int run = 1; run <= options.runs(); run++) {
            Measurement ours = runner.run(buildCommand(project, site));
            lastStages = StageReport.parseAll(ours.output());
            addProcess(table, "our build", ours);
            lastStages.forEach(stage -> table.add("  stage " + stage.stage(), Unit.SECONDS, seconds(stage.took())));
            Optional<Duration> search = lastStages.stream().filter(s -> s.stage().equals(SEARCH_STAGE))
                    .map(StageReport::took).findFirst();
            String progress = String.format(Locale.ROOT, "  run %d of %d: our build %s, search stage %s", run, options.runs(),
                    shown(ours.wall()), search.map(SearchBenchmark::shown).orElse("-"));
            if (pagefind.isPresent()) {
                Measurement theirs = pagefind.get().index(site, bundle, runner);
                addProcess(table, "Pagefind", theirs);
                search.ifPresent(s -> table.add("search stage / Pagefind", Unit.RATIO, seconds(s) / seconds(theirs.wall())));
                progress += ", Pagefind " + shown(theirs.wall());
            }
            System.out.println(progress);
        }
        addFacts(table, lastStages, site, bundle, pagefind);
        return table;
    }

    private static void addProcess(ResultTable table, String name, Measurement measurement) {
        table.add(name + ", wall", Unit.SECONDS, seconds(measurement.wall()));
        measurement.cpu().ifPresent(cpu -> table.add(name + ", CPU (user + system)", Unit.SECONDS, seconds(cpu)));
        measurement.peakRssKib().ifPresent(kib -> table.add(name + ", peak RSS", Unit.MEGABYTES, kib / 1024.0));
    }

    private static void addFacts(ResultTable table, List<StageReport> stages, Path site, Path bundle, Optional<Pagefind> pagefind) {
        stages.stream().filter(s -> s.stage().equals("render")).findFirst()
                .ifPresent(render -> table.fact("pages built", render.summary()));
        boolean searched = stages.stream().anyMatch(s -> s.stage().equals(SEARCH_STAGE));
        table.fact(INDEX_FOLDER + "/", FolderSize.of(site.resolve(INDEX_FOLDER)).map(FolderSize::toString)
                .orElse("none: this jar has no search stage yet"));
        pagefind.ifPresent(p -> table.fact("Pagefind bundle",
                FolderSize.of(bundle).map(FolderSize::toString).orElse("none")));
        if (pagefind.isPresent() && searched) {
            table.fact("target of issue 4", String.format(Locale.ROOT, "search stage / Pagefind <= %.3f", TARGET_RATIO));
        }
    }

    private List<String> buildCommand(Path project, Path site) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options.javaOptions());
        command.addAll(List.of("-jar", jar.toString(), "build", "--root", project.toString(), "--out", site.toString()));
        return command;
    }

    private void printSetting(Optional<Pagefind> pagefind) {
        System.out.printf(Locale.ROOT, "Java %s on %d cores (load average %.2f)%s; peak RSS and CPU time: %s; Pagefind: %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), loadAverage(),
                options.javaOptions().isEmpty() ? "" : " with " + String.join(" ", options.javaOptions()),
                MeasuredProcess.measuresMemory() ? "GNU time" : "not measured (no /usr/bin/time)",
                pagefind.map(Pagefind::version).orElse("not installed"));
        if (newestSource().compareTo(lastModified(jar)) > 0) {
            System.out.println("Note: " + repository.relativize(jar) + " is older than src/main or theme/;"
                    + " rebuild it with " + PACKAGE_COMMAND + " to time the current code.");
        }
    }

    /** Other work on the machine slows every figure, so the table says how busy the machine was. */
    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private FileTime newestSource() {
        FileTime newest = FileTime.fromMillis(0);
        for (Path folder : List.of(repository.resolve("src/main"), repository.resolve("theme"))) {
            try (var files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    FileTime modified = lastModified(file);
                    newest = modified.compareTo(newest) > 0 ? modified : newest;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return newest;
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static String shown(Duration duration) {
        return Unit.SECONDS.format(seconds(duration));
    }
}
