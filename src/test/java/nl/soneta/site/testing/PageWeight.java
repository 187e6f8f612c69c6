package nl.soneta.site.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * What a first visit to a page transfers, gzip-compressed as static hosts send it: the HTML plus the stylesheet,
 * scripts and icon it loads. Images and the search index (fetched only while searching) are left out. Computed
 * from the built files with the same gzip as {@link StaticHost}, so a browser on that host must report the same bytes.
 *
 * @param page   the file, relative to the output folder
 * @param html   gzip bytes of the page itself
 * @param assets gzip bytes of each file it loads, by its path relative to the output folder
 * @param icon   gzip bytes of the icon, among the assets: the browser fetches it on its own, outside resource timing
 */
public record PageWeight(String page, long html, Map<String, Long> assets, long icon) {
    /** The selector of every element that makes the browser load a file the budget counts. */
    private static final String LOADED = "link[rel=stylesheet][href], link[rel=icon][href], link[rel=modulepreload][href], script[src]";

    public long total() {
        return html + assets.values().stream().mapToLong(Long::longValue).sum();
    }

    /** What resource timing in a browser reports: everything but the icon. */
    public long timed() {
        return total() - icon;
    }

    /**
     * The weight of one page of {@code site}. An asset URL is root-relative ({@code /soneta-site/assets/…}) or, in
     * the lists partners frame, absolute under {@code baseUrl}.
     */
    public static PageWeight of(BuiltSite site, Path file, String baseUrl, String basePath) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            Document page = Jsoup.parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            Map<String, Long> assets = new TreeMap<>();
            long icon = 0;
            for (var element : page.select(LOADED)) {
                String url = element.hasAttr("src") ? element.attr("src") : element.attr("href");
                String path = url.startsWith(baseUrl) ? url.substring(baseUrl.length())
                        : url.startsWith(basePath + "/") ? url.substring(basePath.length() + 1) : null;
                if (path == null) {
                    throw new IllegalStateException(site.relative(file) + " loads a file from elsewhere: " + url);
                }
                long size = StaticHost.gzip(Files.readAllBytes(site.root().resolve(path))).length;
                assets.put(path, size);
                icon += element.attr("rel").equals("icon") ? size : 0;
            }
            return new PageWeight(site.relative(file), StaticHost.gzip(bytes).length, assets, icon);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every HTML file of the site, heaviest first. */
    public static List<PageWeight> all(BuiltSite site, String baseUrl, String basePath) {
        List<PageWeight> weights = new ArrayList<>();
        for (Path file : site.htmlFiles()) {
            weights.add(of(site, file, baseUrl, basePath));
        }
        weights.sort((a, b) -> Long.compare(b.total(), a.total()));
        return weights;
    }

    /** A table of the heaviest pages, in KB of 1024 bytes, for the test output. */
    public static String table(List<PageWeight> heaviestFirst, int rows) {
        StringBuilder table = new StringBuilder(String.format("%8s %8s %9s  %s%n", "total KB", "html KB", "assets KB", "page"));
        for (PageWeight weight : heaviestFirst.subList(0, Math.min(rows, heaviestFirst.size()))) {
            table.append(String.format("%8.1f %8.1f %9.1f  %s%n", weight.total() / 1024.0, weight.html() / 1024.0,
                    (weight.total() - weight.html()) / 1024.0, weight.page()));
        }
        return table.toString();
    }
}
