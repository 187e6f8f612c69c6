package nl.soneta.site.site;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the site is published, such as {@code https://example.github.io/soneta/}. Links inside the site are
 * written as paths below {@link #basePath()}, so the site works under a sub-path; canonical links, feeds
 * and the sitemap need the absolute form.
 */
public record BaseUrl(String origin, String basePath) {

    public static Optional<BaseUrl> parse(String text) {
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                return Optional.empty();
            }
            String origin = scheme + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT);
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            return Optional.of(new BaseUrl(origin, path));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** A site path ({@code /organisaties/}) as a link that works under the base path. */
    public String link(String sitePath) {
        return basePath + sitePath;
    }

    public String absolute(String sitePath) {
        return origin + basePath + sitePath;
    }

    @Override
    public String toString() {
        return absolute("/");
    }
}
