package nl.soneta.site.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.soneta.site.site.SitePaths;
import nl.soneta.site.testing.Chromium;
import nl.soneta.site.testing.SearchModule;
import nl.soneta.site.testing.ServedSite;
import nl.soneta.site.testing.SiteFixture;
import nl.soneta.site.testing.StaticHost;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a visitor's browser downloads and waits for when searching, measured in real Chromium against a site
 * served gzip-compressed, as static hosts serve it. Prints figures next to the targets of issue 4; it does not
 * pass or fail.
 *
 * <pre>./mvnw -q test-compile exec:java@search-query-benchmark                        (the real content)
 * ./mvnw -q test-compile exec:java@search-query-benchmark -Dbench.pages=0,10000    (and a generated corpus)</pre>
 *
 * <p>{@code bench.pages}: comma-separated corpus sizes, 0 for the real content alone, N for the real content plus
 * N generated news items ({@link CorpusGenerator}, seed {@code bench.seed}, default 42); one table each.
 *
 * <p>Transfers are the browser's own resource timing ({@code transferSize}: gzip body plus headers) with caching
 * off, so every request counts. Queries come from the query set in src/test/resources/search/queries.tsv.
 */
public final class SearchQueryBenchmark {
    private static final Path QUERIES = Path.of("src/test/resources/search/queries.tsv");
    private static final int TIMED_ROUNDS = 2;

    private final ChromeDriver driver;
    private final ServedSite site;
    private final String moduleUrl;
    private final String manifestUrl;

    private SearchQueryBenchmark(ChromeDriver driver, ServedSite site) {
        this.driver = driver;
        this.site = site;
        this.moduleUrl = SearchModule.openSearchPage(driver, site);
        this.manifestUrl = SearchModule.manifestUrl(driver);
    }

    public static void main(String[] args) throws IOException {
        List<Integer> sizes = Arrays.stream(System.getProperty("bench.pages", "0").split(","))
                .map(size -> Integer.parseInt(size.strip().replace("_", ""))).toList();
        long seed = Long.parseLong(System.getProperty("bench.seed", "42").strip());
        List<String> queries = querySet();
        try (Chromium chromium = Chromium.launch()) {
            for (int size : sizes) {
                Path scratch = Files.createTempDirectory("search-query-benchmark-");
                try {
                    long buildStarted = System.nanoTime();
                    SiteFixture project = size == 0 ? SiteFixture.project()
                            : SiteFixture.existing(new CorpusGenerator(SiteFixture.PROJECT).generate(scratch.resolve("corpus"), size, seed));
                    try (ServedSite site = ServedSite.build(project, true)) {
                        double buildSeconds = (System.nanoTime() - buildStarted) / 1e9;
                        String corpus = size == 0 ? "real content" : String.format(Locale.ROOT,
                                "real content + %,d generated news items (seed %d)", size, seed);
                        new SearchQueryBenchmark(chromium.driver(), site).run(corpus, buildSeconds, queries);
                    }
                } finally {
                    deleteTree(scratch);
                }
            }
        }
    }

    private void run(String corpus, double buildSeconds, List<String> queries) throws IOException {
        Path index = site.site().root().resolve(SitePaths.SEARCH_INDEX.substring(1));
        List<Path> indexFiles;
        try (var files = Files.walk(index)) {
            indexFiles = files.filter(Files::isRegularFile).toList();
        }
        long indexBytes = 0;
        long indexGzip = 0;
        for (Path file : indexFiles) {
            byte[] bytes = Files.readAllBytes(file);
            indexBytes += bytes.length;
            indexGzip += StaticHost.gzip(bytes).length;
        }

        Transfer script = scriptOfTheSearchPage();
        List<Transfer> cold = new ArrayList<>();
        List<Transfer> second = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            String first = queries.get(i);
            String next = nextWithNewWords(queries, i);
            Transfer[] pair = coldThenSecond(first, next);
            cold.add(pair[0]);
            second.add(pair[1]);
        }
        Transfer page = coldThroughThePage(queries.get(0));
        double[][] times = queryTimes(queries);

        System.out.println();
        System.out.printf("Search query benchmark: %s, %d search documents, %d queries, Chromium %s%n", corpus,
                documentCount(), queries.size(), driver.getCapabilities().getBrowserVersion());
        System.out.printf(Locale.ROOT, "(corpus written, site built and served gzip-compressed in %.1f s; index %s raw, %s gzip)%n%n", buildSeconds,
                kb(indexBytes), kb(indexGzip));
        String row = "%-44s %-34s %s%n";
        System.out.printf(row, "measure", "value", "target");
        System.out.printf(row, "client JS, gzip", kb(script.bytes()) + " (" + script.requests() + " file(s))", "≤ 10 KB");
        System.out.printf(row, "cold first query, transferred", spread(cold), "≤ 100 KB");
        System.out.printf(row, "second query with new words, transferred", spread(second), "≤ 15 KB");
        System.out.printf(row, "query time once shards are loaded", millis(times[0]), "p95 ≤ 50 ms");
        System.out.printf(row, "query time while typing (prefixes)", millis(times[1]), "p95 ≤ 50 ms");
        System.out.printf(row, "index files under zoeken/index", String.valueOf(indexFiles.size()), "≤ 2000");
        System.out.printf(row, "cold deep link /zoeken/?q=… (JS+JSON)", kb(page.bytes()) + " in " + page.requests()
                + " requests", "(first query of the set)");
        System.out.println();
        System.out.println("Median bytes by file (v vocabulary, s postings, p positions, d metadata, f filters):");
        System.out.println("  cold:   " + breakdown(cold));
        System.out.println("  second: " + breakdown(second));
        System.out.println();
        System.out.println("Transfers: median / p95 / max over the query set; cold = module, manifest, shards and the");
        System.out.println("metadata of the first results after a fresh page load; second = what the next query with");
        System.out.println("words the first did not have adds. Times: runQuery in the page, " + TIMED_ROUNDS
                + " rounds after a warm-up round.");
    }

    /** The JavaScript the search page loads, as served: the module and anything it imports. */
    private Transfer scriptOfTheSearchPage() {
        driver.get(site.url("/zoeken/"));
        SearchModule.call(driver, moduleUrl, "return true;");
        return transfer("return performance.getEntriesByType('resource').filter(e => /\\.m?js(\\?|$)/.test(e.name))");
    }

    /**
     * A fresh page (the home page, which has no search) imports the module and runs {@code first}: everything the
     * search needed is cold. Then {@code next} in the same page: only what it adds.
     */
    @SuppressWarnings("unchecked")
    private Transfer[] coldThenSecond(String first, String next) {
        driver.get(site.url("/"));
        List<Map<String, Object>> sums = (List<Map<String, Object>>) SearchModule.call(driver, moduleUrl, """
                const sum = () => {
                  // The page's own style sheet and icon load before the search starts; only search files count.
                  const entries = performance.getEntriesByType('resource').filter(e => /\\.(m?js|json)$/.test(e.name));
                  performance.clearResourceTimings();
                  return {bytes: entries.reduce((n, e) => n + e.transferSize, 0), requests: entries.length,
                          files: entries.map(e => [e.name.substring(e.name.lastIndexOf('/') + 1), e.transferSize])};
                };
                performance.setResourceTimingBufferSize(100000);
                const index = await m.openIndex(args[0]);
                await m.runQuery(index, args[1], {typing: false, kinds: [], themes: []});
                const cold = sum();
                await m.runQuery(index, args[2], {typing: false, kinds: [], themes: []});
                return [cold, sum()];""", manifestUrl, first, next);
        return new Transfer[] {Transfer.of(sums.get(0)), Transfer.of(sums.get(1))};
    }

    /** The same cold query the way a shared link runs it: the page's own wiring, rendering included. */
    private Transfer coldThroughThePage(String query) {
        driver.get(site.url("/zoeken/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(20))
                .until(d -> !d.findElements(By.cssSelector("[data-search-results] li")).isEmpty()
                        || d.findElement(By.id("zoekstatus")).getText().toLowerCase(Locale.ROOT).contains("geen"));
        return transfer("return performance.getEntriesByType('resource').filter(e => /\\.(m?js|json)(\\?|$)/.test(e.name))");
    }

    /** Milliseconds of runQuery for every query, normal and in typing mode, once its shards are in the page. */
    @SuppressWarnings("unchecked")
    private double[][] queryTimes(List<String> queries) {
        driver.get(site.url("/"));
        Map<String, List<Number>> times = (Map<String, List<Number>>) SearchModule.call(driver, moduleUrl, """
                const index = await m.openIndex(args[0]);
                const modes = {normal: {typing: false, kinds: [], themes: []}, typing: {typing: true, kinds: [], themes: []}};
                const result = {normal: [], typing: []};
                for (const [name, options] of Object.entries(modes)) {
                  for (const q of args[1]) await m.runQuery(index, q, options);
                  for (let round = 0; round < args[2]; round++) {
                    for (const q of args[1]) {
                      const started = performance.now();
                      await m.runQuery(index, q, options);
                      result[name].push(performance.now() - started);
                    }
                  }
                }
                return result;""", manifestUrl, queries, TIMED_ROUNDS);
        return new double[][] {toArray(times.get("normal")), toArray(times.get("typing"))};
    }

    @SuppressWarnings("unchecked")
    private long documentCount() {
        Map<String, Object> manifest = (Map<String, Object>) SearchModule.call(driver, moduleUrl,
                "return await (await fetch(args[0])).json();", manifestUrl);
        return ((Number) manifest.get("docs")).longValue();
    }

    @SuppressWarnings("unchecked")
    private Transfer transfer(String entriesScript) {
        List<Map<String, Object>> entries = (List<Map<String, Object>>) driver.executeScript(
                entriesScript.replace("return ", "return (") + ").map(e => ({bytes: e.transferSize, requests: 1}))");
        long bytes = 0;
        for (Map<String, Object> entry : entries) {
            bytes += ((Number) entry.get("bytes")).longValue();
        }
        return new Transfer(bytes, entries.size());
    }

    /** The next query of the set that shares no word with {@code queries.get(i)}. */
    private static String nextWithNewWords(List<String> queries, int i) {
        Set<String> words = words(queries.get(i));
        for (int step = 1; step < queries.size(); step++) {
            String candidate = queries.get((i + step) % queries.size());
            if (words(candidate).stream().noneMatch(words::contains)) {
                return candidate;
            }
        }
        throw new IllegalStateException("every query shares a word with " + queries.get(i));
    }

    private static Set<String> words(String query) {
        return new HashSet<>(Arrays.asList(query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
    }

    private static List<String> querySet() throws IOException {
        List<String> queries = new ArrayList<>();
        List<String> lines = Files.readAllLines(QUERIES, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank() && !line.startsWith("#")) {
                queries.add(line.split("\t")[1]);
            }
        }
        return queries;
    }

    /** Bytes and requests of one measured step, and the bytes per kind of file (script, manifest, v, s, p, d, f). */
    private record Transfer(long bytes, int requests, Map<String, Long> byKind) {
        Transfer(long bytes, int requests) {
            this(bytes, requests, Map.of());
        }

        @SuppressWarnings("unchecked")
        static Transfer of(Map<String, Object> sum) {
            Map<String, Long> byKind = new TreeMap<>();
            for (List<Object> file : (List<List<Object>>) sum.get("files")) {
                String name = (String) file.get(0);
                String kind = name.endsWith(".js") ? "script" : name.startsWith("manifest.") ? "manifest"
                        : name.contains("-") ? name.substring(0, name.indexOf('-')) + "-*" : name;
                byKind.merge(kind, ((Number) file.get(1)).longValue(), Long::sum);
            }
            return new Transfer(((Number) sum.get("bytes")).longValue(), ((Number) sum.get("requests")).intValue(), byKind);
        }
    }

    /** The median bytes per kind of file, over the steps: where the transfer goes. */
    private static String breakdown(List<Transfer> transfers) {
        Set<String> kinds = new TreeSet<>();
        transfers.forEach(t -> kinds.addAll(t.byKind().keySet()));
        List<String> parts = new ArrayList<>();
        for (String kind : kinds) {
            double[] bytes = transfers.stream().mapToDouble(t -> t.byKind().getOrDefault(kind, 0L)).sorted().toArray();
            parts.add(kind + " " + kb(percentile(bytes, 50)));
        }
        double[] requests = transfers.stream().mapToDouble(Transfer::requests).sorted().toArray();
        return String.join(", ", parts) + "; " + (int) percentile(requests, 50) + " requests";
    }

    private static String spread(List<Transfer> transfers) {
        double[] bytes = transfers.stream().mapToDouble(Transfer::bytes).sorted().toArray();
        return kb(percentile(bytes, 50)) + " / " + kb(percentile(bytes, 95)) + " / " + kb(bytes[bytes.length - 1]);
    }

    static String millis(double[] times) {
        Arrays.sort(times);
        return String.format(Locale.ROOT, "median %.1f ms, p95 %.1f ms, max %.1f ms (%d)", percentile(times, 50),
                percentile(times, 95), times[times.length - 1], times.length);
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static String kb(double bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024);
    }

    private static double[] toArray(List<Number> numbers) {
        return numbers.stream().mapToDouble(Number::doubleValue).toArray();
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
