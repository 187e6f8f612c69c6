package nl.soneta.site.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.soneta.site.content.Diagnostic;
import nl.soneta.site.content.Diagnostics;
import nl.soneta.site.site.Entry;
import nl.soneta.site.site.EntryKind;
import nl.soneta.site.site.MarkdownSource;
import nl.soneta.site.site.Site;
import nl.soneta.site.site.SitePaths;

/** Renders every Markdown body of the site: all are parsed first, so links can be checked against any page. */
public final class MarkdownStage {
    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final Diagnostics diagnostics;
    private final BodyCache cache;

    public MarkdownStage(Diagnostics diagnostics) {
        this(diagnostics, new BodyCache());
    }

    /** @param cache the bodies of the previous run, reused where nothing they depend on changed; updated */
    public MarkdownStage(Diagnostics diagnostics, BodyCache cache) {
        this.diagnostics = diagnostics;
        this.cache = cache;
    }

    /** @param reportedElsewhere content files that exist but failed to load, so links to them are not errors */
    public RenderedBodies render(Site site, Predicate<String> reportedElsewhere) {
        List<Entry> entries = site.entries();
        Map<String, Body> bodies = entries.parallelStream()
                .collect(Collectors.toMap(e -> e.item().source(), this::body, (a, b) -> a, LinkedHashMap::new));
        ParsedBody intro = renderer.parse(site.config().intro(), diagnostics);
        Map<String, Set<String>> anchorsBySource = new LinkedHashMap<>();
        bodies.forEach((source, body) -> anchorsBySource.put(source,
                body.headings().stream().map(Heading::id).collect(Collectors.toCollection(TreeSet::new))));
        LinkTargets targets = linkTargets(site, anchorsBySource, reportedElsewhere);
        Map<String, RenderedMarkdown> rendered = entries.parallelStream()
                .collect(Collectors.toMap(e -> e.item().source(),
                        e -> bodies.get(e.item().source()).render(site.config().baseUrl().absolute(e.item().path()), targets),
                        (a, b) -> a, LinkedHashMap::new));
        RenderedMarkdown renderedIntro = renderer.render(intro, targets,
                site.config().baseUrl().absolute(SitePaths.HOME), false, diagnostics);
        cache.finishRun(bodies.keySet(), (int) bodies.values().stream().filter(Body::wasRendered).count());
        return new RenderedBodies(Map.copyOf(rendered), renderedIntro);
    }

    private Body body(Entry entry) {
        MarkdownSource source = entry.item().body();
        BodyCache.Rendered cached = cache.get(entry.item().source());
        if (cached != null && cached.source().equals(source)) {
            return new Body(entry.item().source(), source, isReport(entry), cached.headings(), cached);
        }
        return new Body(entry.item().source(), source, isReport(entry), null, null).parsed();
    }

    /** Reports are long documents that readers cite by section, so their headings get links to copy. */
    private static boolean isReport(Entry entry) {
        return EntryKind.of(entry) == EntryKind.PUBLICATIE;
    }

    /**
     * One entry's body during a run: reused from the cache when its text and everything it links to are
     * unchanged, otherwise parsed (once) and rendered, with its own diagnostics kept for the next run.
     */
    private final class Body {
        private final String key;
        private final MarkdownSource source;
        private final boolean headingLinks;
        private final BodyCache.Rendered cached;
        private final Diagnostics found = new Diagnostics();
        private List<Heading> headings;
        private ParsedBody parsed;
        private boolean rendered;

        Body(String key, MarkdownSource source, boolean headingLinks, List<Heading> headings, BodyCache.Rendered cached) {
            this.key = key;
            this.source = source;
            this.headingLinks = headingLinks;
            this.headings = headings;
            this.cached = cached;
        }

        Body parsed() {
            parsed = renderer.parse(source, found);
            headings = parsed.headings();
            return this;
        }

        List<Heading> headings() {
            return headings;
        }

        boolean wasRendered() {
            return rendered;
        }

        RenderedMarkdown render(String pageUrl, LinkTargets targets) {
            if (cached != null && cached.reusableFor(source, pageUrl, targets)) {
                cached.diagnostics().forEach(diagnostics::add);
                return cached.markdown();
            }
            if (parsed == null) {
                parsed();
            }
            List<LinkOutcome> links = new ArrayList<>();
            RenderedMarkdown markdown = renderer.render(parsed, targets, pageUrl, headingLinks, found, links);
            List<Diagnostic> all = found.all();
            cache.put(key, new BodyCache.Rendered(source, pageUrl, headings, List.copyOf(links), markdown, all));
            all.forEach(diagnostics::add);
            rendered = true;
            parsed = null;
            return markdown;
        }
    }

    private static LinkTargets linkTargets(Site site, Map<String, Set<String>> anchorsBySource,
                                           Predicate<String> reportedElsewhere) {
        String contentPrefix = folderOf(site.config().intro().sourcePath());
        Map<String, String> pathBySource = site.pathsBySource(contentPrefix);
        Map<String, String> sourceByPath = new LinkedHashMap<>();
        site.entries().forEach(e -> sourceByPath.put(e.item().path(), e.item().source()));
        Set<String> sitePaths = new TreeSet<>(pathBySource.values());
        sitePaths.addAll(site.pagePaths());
        return new LinkTargets(site.config().baseUrl(), pathBySource, anchorsBySource, sourceByPath, sitePaths,
                reportedElsewhere, site::isLeftOut);
    }

    private static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }
}
