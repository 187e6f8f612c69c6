package nl.soneta.site.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.soneta.site.content.ByteStore;
import nl.soneta.site.content.Diagnostic;
import nl.soneta.site.content.Diagnostics;
import nl.soneta.site.site.Entry;
import nl.soneta.site.site.EntryKind;
import nl.soneta.site.content.MarkdownSource;
import nl.soneta.site.site.Site;
import nl.soneta.site.site.SitePaths;

/**
 * Renders every Markdown body of the site, each in one pass: parsed, rendered and cleaned, and its syntax tree
 * dropped straight after, so that memory does not grow with the site. A link into another page's headings
 * needs that page's heading ids; {@link Headings} finds them on first use.
 */
public final class MarkdownStage {
    private final MarkdownRenderer renderer;
    private final Diagnostics diagnostics;
    private final BodyCache cache;

    public MarkdownStage(Diagnostics diagnostics) {
        this(diagnostics, ByteStore.MEMORY);
    }

    /** @param store where the rendered bodies are kept until their pages are written */
    public MarkdownStage(Diagnostics diagnostics, ByteStore store) {
        this(diagnostics, BodyCache.NONE, store);
    }

    /** @param cache the bodies of the previous run, reused where nothing they depend on changed; updated */
    public MarkdownStage(Diagnostics diagnostics, BodyCache cache) {
        this(diagnostics, cache, ByteStore.MEMORY);
    }

    private MarkdownStage(Diagnostics diagnostics, BodyCache cache, ByteStore store) {
        this.renderer = new MarkdownRenderer(store);
        this.diagnostics = diagnostics;
        this.cache = cache;
    }

    /** @param reportedElsewhere content files that exist but failed to load, so links to them are not errors */
    public RenderedBodies render(Site site, Predicate<String> reportedElsewhere) {
        List<Entry> entries = site.entries();
        Headings headings = new Headings(entries);
        LinkTargets targets = linkTargets(site, headings, reportedElsewhere);
        AtomicInteger renderedNow = new AtomicInteger();
        Map<String, RenderedMarkdown> rendered = entries.parallelStream()
                .collect(Collectors.toMap(e -> e.item().source(), e -> body(e, site, targets, headings, renderedNow),
                        (a, b) -> a, LinkedHashMap::new));
        ParsedBody intro = renderer.parse(site.config().intro(), diagnostics);
        RenderedMarkdown renderedIntro = renderer.render(intro, targets,
                site.config().baseUrl().absolute(SitePaths.HOME), false, diagnostics);
        cache.finishRun(rendered.keySet(), renderedNow.get());
        return new RenderedBodies(Map.copyOf(rendered), renderedIntro);
    }

    /**
     * One entry's body: reused from the cache when its text, its page's URL and everything it links to are
     * unchanged, otherwise parsed and rendered, with its own diagnostics kept for the next run.
     */
    private RenderedMarkdown body(Entry entry, Site site, LinkTargets targets, Headings headings, AtomicInteger renderedNow) {
        String key = entry.item().source();
        MarkdownSource source = entry.item().body();
        String pageUrl = site.config().baseUrl().absolute(entry.item().path());
        BodyCache.Rendered cached = cache.get(key);
        if (cached != null && cached.reusableFor(source, pageUrl, targets)) {
            cached.diagnostics().forEach(diagnostics::add);
            return cached.markdown();
        }
        Diagnostics found = new Diagnostics();
        ParsedBody parsed = renderer.parse(source, found);
        headings.offer(key, parsed.headings());
        List<LinkOutcome> links = new ArrayList<>();
        RenderedMarkdown markdown = renderer.render(parsed, targets, pageUrl, isReport(entry), found, links);
        List<Diagnostic> all = found.all();
        cache.put(key, new BodyCache.Rendered(source, pageUrl, parsed.headings(), List.copyOf(links), markdown, all));
        all.forEach(diagnostics::add);
        renderedNow.incrementAndGet();
        return markdown;
    }

    /** Reports are long documents that readers cite by section, so their headings get links to copy. */
    private static boolean isReport(Entry entry) {
        return EntryKind.of(entry) == EntryKind.PUBLICATIE;
    }

    /**
     * The heading ids of every body, by source file, found on first use: from the cache when the body is
     * unchanged, from the body's own rendering when that came first, else by parsing the body for its headings
     * alone. Every way gives the same ids, so the order in which pages are rendered does not matter.
     */
    private final class Headings {
        private final Map<String, MarkdownSource> sources = new LinkedHashMap<>();
        private final Map<String, Set<String>> anchors = new ConcurrentHashMap<>();

        Headings(List<Entry> entries) {
            entries.forEach(e -> sources.put(e.item().source(), e.item().body()));
        }

        void offer(String key, List<Heading> headings) {
            anchors.putIfAbsent(key, ids(headings));
        }

        Set<String> of(String key) {
            MarkdownSource source = sources.get(key);
            if (source == null) {
                return Set.of();
            }
            return anchors.computeIfAbsent(key, k -> {
                BodyCache.Rendered cached = cache.get(k);
                return ids(cached != null && cached.source().equals(source) ? cached.headings() : renderer.headings(source));
            });
        }

        private static Set<String> ids(List<Heading> headings) {
            return headings.stream().map(Heading::id).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static LinkTargets linkTargets(Site site, Headings headings, Predicate<String> reportedElsewhere) {
        String contentPrefix = folderOf(site.config().intro().sourcePath());
        Map<String, String> pathBySource = site.pathsBySource(contentPrefix);
        Map<String, String> sourceByPath = new LinkedHashMap<>();
        site.entries().forEach(e -> sourceByPath.put(e.item().path(), e.item().source()));
        Set<String> sitePaths = new TreeSet<>(pathBySource.values());
        sitePaths.addAll(site.pagePaths());
        return new LinkTargets(site.config().baseUrl(), pathBySource, headings::of, sourceByPath, sitePaths,
                reportedElsewhere, site::isLeftOut);
    }

    private static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }
}
