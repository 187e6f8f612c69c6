package nl.soneta.site.publish;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import nl.soneta.site.render.OutputFile;
import nl.soneta.site.site.BaseUrl;

/** sitemap.xml and robots.txt, listing every page that search engines should find. */
public final class Sitemap {
    private static final String INDEX = "index.html";

    private Sitemap() {
    }

    /** @param pages the paths of the site's pages in the output folder */
    public static List<OutputFile> files(Collection<String> pages, BaseUrl baseUrl) {
        StringBuilder xml = new StringBuilder(Xml.DECLARATION)
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        pages.stream()
                .filter(path -> path.equals(INDEX) || path.endsWith("/" + INDEX))
                .sorted()
                .forEach(path -> xml.append("  <url><loc>")
                        .append(Xml.escape(baseUrl.absolute("/" + path.substring(0, path.length() - INDEX.length()))))
                        .append("</loc></url>\n"));
        xml.append("</urlset>\n");
        String robots = "User-agent: *\nAllow: /\n\nSitemap: " + baseUrl.absolute("/sitemap.xml") + "\n";
        return List.of(new OutputFile("sitemap.xml", xml.toString().getBytes(StandardCharsets.UTF_8)),
                new OutputFile("robots.txt", robots.getBytes(StandardCharsets.UTF_8)));
    }
}
