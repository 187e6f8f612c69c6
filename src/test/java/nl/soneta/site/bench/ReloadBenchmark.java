package nl.soneta.site.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.soneta.site.build.BuildOptions;
import nl.soneta.site.serve.LivePreview;
import nl.soneta.site.serve.PreviewServer;
import nl.soneta.site.serve.Rebuild;
import nl.soneta.site.site.SiteZone;
import nl.soneta.site.testing.FileTrees;
import nl.soneta.site.testing.SiteFixture;

/**
 * Save-to-reload of the preview ({@code serve}): how long after an editor saves an organisation the open page
 * gets its reload event, and the new text is served. Runs the preview in this JVM as {@code serve} does
 * (templates compiled at runtime, drafts included) on a copy of the real content, plus N generated news items
 * ({@link CorpusGenerator}), edits the summary of one organisation {@code bench.edits} times (default 20) after
 * {@code bench.warmup} edits (default 5), and prints median, p95 and max. {@code bench.pages} lists the corpus
 * sizes (default {@code 0,10000}; 0 is the real content alone). A command, not a test:
 * {@code ./mvnw -B -q test-compile exec:java@reload-benchmark}.
 */
public final class ReloadBenchmark {
    /** Between edits, shorter than the pause after which the preview refreshes the search index in the background. */
    private static final long PAUSE_MILLIS = 300;
    private static final String ORGANISATION = "content/organisaties/humanitas.md";
    private static final int TEMPLATE_EDITS = 5;

    private final HttpClient http = HttpClient.newHttpClient();
    private final BlockingQueue<Long> reloads = new LinkedBlockingQueue<>();
    private final List<Rebuild> rebuilds = new ArrayList<>();
    private final Path project;

    private ReloadBenchmark(Path project) {
        this.project = project;
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = Arrays.stream(System.getProperty("bench.pages", "0,10000").split(","))
                .map(size -> Integer.parseInt(size.strip().replace("_", ""))).toList();
        long seed = Long.parseLong(System.getProperty("bench.seed", "42").strip());
        int edits = Integer.parseInt(System.getProperty("bench.edits", "20").strip());
        int warmup = Integer.parseInt(System.getProperty("bench.warmup", "5").strip());
        for (int size : sizes) {
            Path scratch = Files.createTempDirectory("reload-benchmark-");
            try {
                Path project = new CorpusGenerator(SiteFixture.PROJECT).generate(scratch.resolve("corpus"), size, seed);
                new ReloadBenchmark(project).run(size, seed, warmup, edits);
            } finally {
                FileTrees.delete(scratch);
            }
        }
    }

    private void run(int size, long seed, int warmup, int edits) throws Exception {
        BuildOptions options = new BuildOptions(project, project.resolve("target/preview"),
                Optional.of("http://localhost:8080/"), true, LocalDate.now(SiteZone.ALMERE));
        long started = System.nanoTime();
        try (LivePreview preview = LivePreview.start(options, 0, this::rebuilt)) {
            double startup = (System.nanoTime() - started) / 1e6;
            listen(preview.port());
            double[] reload = new double[edits];
            double[] served = new double[edits];
            double[] rebuild = new double[edits];
            int rendered = 0;
            for (int i = -warmup; i < edits; i++) {
                double[] one = edit(preview.port(), i + warmup);
                if (i >= 0) {
                    reload[i] = one[0];
                    served[i] = one[1];
                    Rebuild last = lastRebuild();
                    rebuild[i] = last.took().toNanos() / 1e6;
                    rendered = last.rendered().size();
                }
                Thread.sleep(PAUSE_MILLIS);
            }
            double[] template = new double[TEMPLATE_EDITS];
            int allPages = 0;
            for (int i = -1; i < TEMPLATE_EDITS; i++) {
                double one = editTemplate(i + 1);
                if (i >= 0) {
                    template[i] = one;
                    allPages = lastRebuild().rendered().size();
                }
                Thread.sleep(PAUSE_MILLIS);
            }
            String corpus = size == 0 ? "real content" : String.format(Locale.ROOT,
                    "real content + %,d generated news items (seed %d)", size, seed);
            System.out.printf(Locale.ROOT, "%n== Preview save-to-reload: %s, %d pages ==%n", corpus, rebuilds.get(0).rendered().size());
            System.out.printf(Locale.ROOT, "start-up (first build, templates compiled)  %.0f ms%n", startup);
            System.out.printf(Locale.ROOT, "edit of %s's summary, %d edits after %d warm-up, %d pages re-rendered each:%n",
                    ORGANISATION, edits, warmup, rendered);
            System.out.println("  save → reload event     " + SearchQueryBenchmark.millis(reload)
                    + (size == 0 ? "   target ≤ 200 ms" : "   target ≤ 1 s"));
            System.out.println("  save → new page served  " + SearchQueryBenchmark.millis(served));
            System.out.println("  rebuild alone           " + SearchQueryBenchmark.millis(rebuild));
            System.out.printf(Locale.ROOT, "edit of theme/templates/notfound.jte, %d edits after 1 warm-up, %d pages re-rendered each:%n",
                    TEMPLATE_EDITS, allPages);
            System.out.println("  save → reload event     " + SearchQueryBenchmark.millis(template));
            System.out.printf(Locale.ROOT, "load average %.2f (2 cores here; other work on the machine slows every figure)%n",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** Saves one edit; returns milliseconds from the write to the reload event, and to the new text being served. */
    private double[] edit(int port, int number) throws Exception {
        String marker = "(bewerking " + number + ")";
        Path organisation = project.resolve(ORGANISATION);
        String text = Files.readString(organisation).replaceFirst("(?m)^summary: (.*?)( \\(bewerking \\d+\\))?$",
                "summary: $1 " + java.util.regex.Matcher.quoteReplacement(marker));
        reloads.clear();
        long saved = System.nanoTime();
        Files.writeString(organisation, text);
        Long event = reloads.poll(60, TimeUnit.SECONDS);
        if (event == null) {
            throw new IllegalStateException("no reload event within 60 s after saving " + ORGANISATION);
        }
        URI page = URI.create("http://127.0.0.1:" + port + "/organisaties/humanitas/");
        while (!http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString()).body().contains(marker)) {
            Thread.onSpinWait();
        }
        return new double[] {(event - saved) / 1e6, (System.nanoTime() - saved) / 1e6};
    }

    /** Saves one template edit; returns milliseconds from the write to the reload event. */
    private double editTemplate(int number) throws Exception {
        Path template = project.resolve("theme/templates/notfound.jte");
        String text = Files.readString(template).replaceFirst("(?m)^<p hidden>bewerking \\d+</p>\n", "")
                .replaceFirst("\n`\\)\\s*$", "\n<p hidden>bewerking " + number + "</p>\n`)\n");
        reloads.clear();
        long saved = System.nanoTime();
        Files.writeString(template, text);
        Long event = reloads.poll(60, TimeUnit.SECONDS);
        if (event == null) {
            throw new IllegalStateException("no reload event within 60 s after saving " + template);
        }
        return (event - saved) / 1e6;
    }

    private synchronized void rebuilt(Rebuild rebuild) {
        rebuilds.add(rebuild);
    }

    private synchronized Rebuild lastRebuild() {
        return rebuilds.get(rebuilds.size() - 1);
    }

    private void listen(int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + PreviewServer.EVENTS)).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
            try (Stream<String> lines = response.body()) {
                lines.filter("event: reload"::equals).forEach(line -> reloads.add(System.nanoTime()));
            }
        });
    }
}
