package nl.soneta.site.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a built page may contain, read as a browser would: no script but the site's own external module files and
 * JSON-LD data blocks, no inline style (except in the e-mail edition, which mail programs need styled), no event
 * handler, no javascript:, vbscript: or data: URL anywhere a browser follows or loads one, no element that embeds,
 * frames, submits elsewhere, redirects or changes the base URL, and nothing loaded from another host.
 */
public final class PageSafety {
    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("iframe", "frame", "frameset", "object", "embed",
            "applet", "base", "svg", "math", "portal", "xml", "xss");
    /** Attributes that hold a URL a browser follows, loads or submits to. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "srcset", "poster",
            "background", "lowsrc", "dynsrc", "data", "cite", "xlink:href", "ping", "manifest", "codebase");
    /** Attributes whose URL the browser loads by itself, without a click; they must point at the site. */
    private static final Set<String> LOADED = Set.of("src", "srcset", "poster", "background", "lowsrc", "dynsrc", "data");
    private static final Set<String> META_NAMES = Set.of("viewport", "description", "robots", "generator", "color-scheme",
            "theme-color", "referrer", "format-detection");
    private static final Set<String> LOADED_LINKS = Set.of("stylesheet", "icon", "preload", "modulepreload", "manifest",
            "prefetch", "import");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");

    private PageSafety() {
    }

    /**
     * Every problem in a page, as "name: what".
     *
     * @param siteUrl the absolute URL the site was built for; a URL that loads must be under it or root-relative under
     *                its path
     * @param mail    whether the page is the e-mail edition of a newsletter (inline styles allowed)
     */
    public static List<String> problems(String name, Document page, String siteUrl, boolean mail) {
        String basePath = siteUrl.replaceFirst("^[a-z]+://[^/]+", "").replaceFirst("/$", "");
        List<String> found = new ArrayList<>();
        for (Element element : page.getAllElements()) {
            String tag = element.normalName();
            if (FORBIDDEN_ELEMENTS.contains(tag)) {
                found.add(name + ": <" + tag + ">");
            }
            if (!mail && (tag.equals("style") || element.hasAttr("style"))) {
                found.add(name + ": inline style on <" + tag + ">");
            }
            if (tag.equals("script")) {
                script(element, basePath).ifPresent(problem -> found.add(name + ": " + problem));
            }
            if (tag.equals("meta") && element.hasAttr("http-equiv")
                    && !element.attr("http-equiv").equalsIgnoreCase("Content-Security-Policy")) {
                found.add(name + ": <meta http-equiv=\"" + element.attr("http-equiv") + "\">");
            }
            if (tag.equals("meta") && element.hasAttr("name") && !META_NAMES.contains(element.attr("name").toLowerCase(Locale.ROOT))) {
                found.add(name + ": <meta name=\"" + element.attr("name") + "\">");
            }
            if (tag.equals("form") && !isOwn(element.attr("action"), siteUrl, basePath) && !element.attr("action").isEmpty()) {
                found.add(name + ": <form action=\"" + element.attr("action") + "\">");
            }
            if (tag.equals("link") && element.attr("rel").toLowerCase(Locale.ROOT).matches(".*\\b(" + String.join("|", LOADED_LINKS) + ")\\b.*")
                    && !isOwn(element.attr("href"), siteUrl, basePath)) {
                found.add(name + ": <link rel=\"" + element.attr("rel") + "\" href=\"" + element.attr("href") + "\">");
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on")) {
                    found.add(name + ": event handler " + key + " on <" + tag + ">");
                }
                if (!URL_ATTRIBUTES.contains(key)) {
                    continue;
                }
                for (String url : key.equals("srcset") ? List.of(attribute.getValue().split(",")) : List.of(attribute.getValue())) {
                    String scheme = schemeOf(url.strip().split("\\s+")[0]);
                    if (!scheme.isEmpty() && !SAFE_SCHEMES.contains(scheme)) {
                        found.add(name + ": " + scheme + ": URL in " + key + " of <" + tag + ">");
                    } else if (LOADED.contains(key) && !isOwn(url.strip().split("\\s+")[0], siteUrl, basePath)) {
                        found.add(name + ": <" + tag + " " + key + "=\"" + url + "\"> loads from another host");
                    }
                }
            }
        }
        return found;
    }

    private static java.util.Optional<String> script(Element script, String basePath) {
        if (script.attr("type").equals("application/ld+json") && !script.hasAttr("src")) {
            return java.util.Optional.empty();
        }
        if (!script.data().isBlank() || !script.hasAttr("src")) {
            return java.util.Optional.of("inline script");
        }
        String src = script.attr("src");
        if (!src.startsWith(basePath + "/assets/") || !src.endsWith(".js")) {
            return java.util.Optional.of("<script src=\"" + src + "\"> that is not one of the site's own modules");
        }
        return java.util.Optional.empty();
    }

    /** The scheme of a URL as a browser reads it (tabs and newlines dropped, leading controls stripped), lower case. */
    public static String schemeOf(String url) {
        String read = url.replaceAll("[\\t\\n\\r]", "").replaceFirst("^[\\x00-\\x20]+", "");
        var matcher = SCHEME.matcher(read);
        return matcher.find() ? matcher.group(1).toLowerCase(Locale.ROOT) : "";
    }

    /** Whether a URL that a browser loads stays on the site: root-relative under the base path, or under the site URL. */
    private static boolean isOwn(String url, String siteUrl, String basePath) {
        String read = url.replaceAll("[\\t\\n\\r]", "").strip().replace('\\', '/');
        if (read.startsWith("//")) {
            return false;
        }
        if (!schemeOf(read).isEmpty()) {
            return read.startsWith(siteUrl);
        }
        return read.startsWith(basePath + "/") || !read.startsWith("/");
    }
}
