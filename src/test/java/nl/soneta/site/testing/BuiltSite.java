package nl.soneta.site.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Read access to a built output folder for assertions: pages as jsoup documents, and every internal link. */
public final class BuiltSite {
    private final Path root;
    private final String basePath;

    /** @param basePath the sub-path the site was built for, such as {@code /soneta-site}, or empty */
    public BuiltSite(Path root, String basePath) {
        this.root = root;
        this.basePath = basePath;
    }

    public Path root() {
        return root;
    }

    public boolean exists(String path) {
        return Files.isRegularFile(root.resolve(path));
    }

    /** A page by its site path, such as {@code /organisaties/} or {@code /404.html}. */
    public Document page(String sitePath) {
        String file = sitePath.endsWith("/") ? sitePath.substring(1) + "index.html" : sitePath.substring(1);
        try {
            return Jsoup.parse(root.resolve(file).toFile(), "UTF-8", "https://example.test" + basePath + sitePath);
        } catch (IOException e) {
            throw new UncheckedIOException("no page at " + sitePath, e);
        }
    }

    public List<Path> htmlFiles() {
        try (var files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether a file (relative to the output folder) is the e-mail edition of a newsletter issue: HTML for mail
     * programs, with inline styles and no site layout, so the rules for site pages do not apply to it.
     */
    public static boolean isMailEdition(String relativePath) {
        return relativePath.matches("nieuwsbrief/[a-z0-9-]+/e-mail\\.html");
    }

    /** Whether a file is a theme's list for partners to frame: a bare list inside another site, without its layout. */
    public static boolean isPartnerList(String relativePath) {
        return relativePath.endsWith("/insluiten.html");
    }

    public String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** Every href and src of every page that points inside the site, as {@code page → url}. */
    public List<String[]> internalReferences() {
        List<String[]> references = new ArrayList<>();
        for (Path file : htmlFiles()) {
            try {
                Document page = Jsoup.parse(file.toFile(), "UTF-8");
                for (Element element : page.select("[href], [src]")) {
                    String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                    if (!url.startsWith("http:") && !url.startsWith("https:") && !url.startsWith("mailto:")
                            && !url.startsWith("tel:")) {
                        references.add(new String[] {relative(file), url});
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return references;
    }

    /** Whether a root-relative URL (with base path) names a file of the site, and its anchor an id on that page. */
    public boolean resolves(String fromPage, String url) {
        String target = url;
        String anchor = "";
        int hash = target.indexOf('#');
        if (hash >= 0) {
            anchor = target.substring(hash + 1);
            target = target.substring(0, hash);
        }
        String file;
        if (target.isEmpty()) {
            file = fromPage;
        } else {
            if (!target.startsWith(basePath + "/")) {
                return false;
            }
            String inside = target.substring(basePath.length() + 1);
            file = inside.isEmpty() || inside.endsWith("/") ? inside + "index.html" : inside;
        }
        if (!exists(file)) {
            return false;
        }
        if (anchor.isEmpty()) {
            return true;
        }
        try {
            return Jsoup.parse(root.resolve(file).toFile(), "UTF-8").getElementById(anchor) != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
