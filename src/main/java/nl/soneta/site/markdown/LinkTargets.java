package nl.soneta.site.markdown;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import nl.soneta.site.content.Diagnostics;
import nl.soneta.site.content.SourcePosition;
import nl.soneta.site.content.Suggestions;
import nl.soneta.site.site.BaseUrl;

/**
 * Resolves link targets written in content. Editors link to the Markdown file
 * ({@code ../organisaties/de-schoor.md#aanbod}), which their editor and GitHub can follow; the site needs the
 * page's URL under the base path. A link to a file or heading that does not exist is an error at its line.
 */
final class LinkTargets {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");
    /** What a link to a left-out item resolves to; the HTML pass keeps the link's text and drops the link. */
    static final String LEFT_OUT = "#soneta-weggelaten-link";
    /** What an image from another site resolves to; the HTML pass drops the image. */
    static final String FOREIGN_IMAGE = "#soneta-weggelaten-afbeelding";
    /** Characters a browser drops from a URL before it reads the scheme: tab and newlines anywhere (WHATWG URL). */
    private static final Pattern TAB_OR_NEWLINE = Pattern.compile("[\t\n\r]");

    private final BaseUrl baseUrl;
    private final Map<String, String> pathBySource;
    private final Function<String, Set<String>> anchorsOf;
    private final Map<String, String> sourceByPath;
    private final Set<String> sitePaths;
    private final Predicate<String> reportedElsewhere;
    private final Predicate<String> leftOut;

    /**
     * @param reportedElsewhere files that exist but could not be loaded: their own problem is reported already,
     *                          so links to them are not reported again
     * @param leftOut           files of items left out of this build (drafts, not yet published, expired)
     */
    /** @param anchorsOf the heading ids of a content file, asked only for files that links point into */
    LinkTargets(BaseUrl baseUrl, Map<String, String> pathBySource, Function<String, Set<String>> anchorsOf,
                Map<String, String> sourceByPath, Set<String> sitePaths, Predicate<String> reportedElsewhere,
                Predicate<String> leftOut) {
        this.reportedElsewhere = reportedElsewhere;
        this.leftOut = leftOut;
        this.baseUrl = baseUrl;
        this.pathBySource = pathBySource;
        this.anchorsOf = anchorsOf;
        this.sourceByPath = sourceByPath;
        this.sitePaths = sitePaths;
    }

    /** The URL to write for {@code url} found in {@code fromSource} at {@code at}. */
    String resolve(String url, String fromSource, SourcePosition at, Diagnostics diagnostics) {
        String target = url.strip();
        if (target.isEmpty() || isOffSite(target)) {
            return target;
        }
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? "" : target.substring(hash + 1);
        if (path.isEmpty()) {
            checkAnchor(fromSource, anchor, at, diagnostics);
            return target;
        }
        if (path.startsWith("/")) {
            return sitePath(path, anchor, at, diagnostics);
        }
        Optional<String> source = resolveRelative(fromSource, decode(path));
        Optional<String> sitePath = source.map(pathBySource::get);
        if (sitePath.isEmpty() && source.filter(reportedElsewhere).isPresent()) {
            return target;
        }
        if (sitePath.isEmpty() && source.filter(leftOut).isPresent()) {
            // Not an error: a published page may point at an item that appears later, and the nightly build must
            // not fail on it. Until then the reader gets the text without a link instead of a page that is missing.
            diagnostics.warning(at, "de link '" + target + "' wijst naar " + source.get() + ", dat nu niet op de site staat",
                    "de link is weggelaten en de tekst blijft staan; staat die pagina op de site (concept af,"
                            + " publishDate bereikt), dan werkt de link vanzelf");
            return LEFT_OUT;
        }
        if (sitePath.isEmpty()) {
            String shown = source.orElse(path);
            diagnostics.error(at, "de link '" + target + "' wijst naar " + shown + ", maar dat bestand bestaat niet",
                    Suggestions.closest(shown, pathBySource.keySet())
                            .map(s -> "bedoelde je " + relativeFrom(fromSource, s) + "?")
                            .orElse("link naar het .md-bestand van een pagina, bijvoorbeeld ../organisaties/naam.md"));
            return target;
        }
        if (!anchor.isEmpty()) {
            checkAnchor(source.get(), anchor, at, diagnostics);
        }
        return baseUrl.link(sitePath.get()) + (anchor.isEmpty() ? "" : "#" + anchor);
    }

    /**
     * The URL to write for an image: as {@link #resolve}, but an image from another site is left out with a warning,
     * because loading it would tell that site who reads which page (the site makes no third-party requests).
     */
    String resolveImage(String url, String fromSource, SourcePosition at, Diagnostics diagnostics) {
        if (isOffSite(url) && unsafeScheme(url).isEmpty()) {
            diagnostics.warning(at, "de afbeelding '" + url.strip() + "' is weggelaten: afbeeldingen van andere websites worden niet geladen",
                    "zet de afbeelding in content/media/ en link ernaar, bijvoorbeeld ![beschrijving](../media/foto.jpg)");
            return FOREIGN_IMAGE;
        }
        return resolve(url, fromSource, at, diagnostics);
    }

    /** The scheme of a link that may not appear on the site (javascript:, data:, …), if it has one. */
    static Optional<String> unsafeScheme(String url) {
        return scheme(url).filter(name -> !SAFE_SCHEMES.contains(name));
    }

    /**
     * The scheme of a URL as a browser reads it, in lower case: browsers ignore leading and trailing spaces and
     * control characters and every tab and newline, so a control character before "jav", then a tab, then "ascript:"
     * is a javascript: link.
     */
    static Optional<String> scheme(String url) {
        var scheme = SCHEME.matcher(asBrowserReads(url));
        return scheme.find()
                ? Optional.of(scheme.group().substring(0, scheme.group().length() - 1).toLowerCase(java.util.Locale.ROOT))
                : Optional.empty();
    }

    /** Whether a URL leaves the site: it has a scheme, or starts with // (or \\, which browsers read the same). */
    static boolean isOffSite(String url) {
        String read = asBrowserReads(url);
        return scheme(read).isPresent() || read.startsWith("//") || read.startsWith("\\\\") || read.startsWith("/\\")
                || read.startsWith("\\/");
    }

    private static String asBrowserReads(String url) {
        String text = TAB_OR_NEWLINE.matcher(url).replaceAll("");
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) <= ' ') {
            end--;
        }
        return text.substring(start, end);
    }

    private String sitePath(String path, String anchor, SourcePosition at, Diagnostics diagnostics) {
        String normalised = path.endsWith("/") || path.contains(".") ? path : path + "/";
        if (!sitePaths.contains(normalised)) {
            diagnostics.error(at, "de link '" + path + "' wijst naar een pagina die niet bestaat",
                    Suggestions.hint(normalised, sitePaths, "bestaande pagina's"));
        } else if (!anchor.isEmpty() && sourceByPath.containsKey(normalised)) {
            checkAnchor(sourceByPath.get(normalised), anchor, at, diagnostics);
        }
        return baseUrl.link(normalised) + (anchor.isEmpty() ? "" : "#" + anchor);
    }

    private void checkAnchor(String source, String anchor, SourcePosition at, Diagnostics diagnostics) {
        Set<String> anchors = anchorsOf.apply(source);
        if (!anchor.isEmpty() && !anchors.contains(anchor)) {
            diagnostics.error(at, "de kop '#" + anchor + "' bestaat niet in " + source,
                    Suggestions.hint(anchor, anchors, anchors.isEmpty() ? "die pagina heeft geen koppen" : "bestaande koppen"));
        }
    }

    /** Resolves {@code ../x.md} against the folder of the linking file; empty when it leaves the project. */
    static Optional<String> resolveRelative(String fromSource, String relative) {
        Deque<String> parts = new ArrayDeque<>(List.of(fromSource.split("/")));
        parts.pollLast();
        for (String part : relative.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.pollLast() == null) {
                    return Optional.empty();
                }
            } else {
                parts.addLast(part);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    private static String relativeFrom(String fromSource, String targetSource) {
        String[] from = fromSource.split("/");
        String[] to = targetSource.split("/");
        int common = 0;
        while (common < from.length - 1 && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        StringBuilder relative = new StringBuilder();
        for (int i = common; i < from.length - 1; i++) {
            relative.append("../");
        }
        for (int i = common; i < to.length; i++) {
            relative.append(to[i]).append(i < to.length - 1 ? "/" : "");
        }
        return relative.toString();
    }

    private static String decode(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }
}
