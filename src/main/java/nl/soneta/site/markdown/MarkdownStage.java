package nl.soneta.site.markdown;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.soneta.site.content.Diagnostics;
import nl.soneta.site.site.Entry;
import nl.soneta.site.site.EntryKind;
import nl.soneta.site.site.Site;
import nl.soneta.site.site.SitePaths;

/** Renders every Markdown body of the site: all are parsed first, so links can be checked against any page. */
public final class MarkdownStage {
    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final Diagnostics diagnostics;

    public MarkdownStage(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** @param reportedElsewhere content files that exist but failed to load, so links to them are not errors */
    public RenderedBodies render(Site site, Predicate<String> reportedElsewhere) {
        List<Entry> entries = site.entries();
        Map<String, ParsedBody> parsed = entries.parallelStream()
                .collect(Collectors.toMap(e -> e.item().source(), e -> renderer.parse(e.item().body(), diagnostics),
                        (a, b) -> a, LinkedHashMap::new));
        ParsedBody intro = renderer.parse(site.config().intro(), diagnostics);
        LinkTargets targets = linkTargets(site, parsed, reportedElsewhere);
        Map<String, RenderedMarkdown> rendered = entries.parallelStream()
                .collect(Collectors.toMap(e -> e.item().source(),
                        e -> renderer.render(parsed.get(e.item().source()), targets,
                                site.config().baseUrl().absolute(e.item().path()), isReport(e), diagnostics),
                        (a, b) -> a, LinkedHashMap::new));
        RenderedMarkdown renderedIntro = renderer.render(intro, targets,
                site.config().baseUrl().absolute(SitePaths.HOME), false, diagnostics);
        return new RenderedBodies(Map.copyOf(rendered), renderedIntro);
    }

    /** Reports are long documents that readers cite by section, so their headings get links to copy. */
    private static boolean isReport(Entry entry) {
        return EntryKind.of(entry) == EntryKind.PUBLICATIE;
    }

    private static LinkTargets linkTargets(Site site, Map<String, ParsedBody> parsed, Predicate<String> reportedElsewhere) {
        String contentPrefix = folderOf(site.config().intro().sourcePath());
        Map<String, String> pathBySource = site.pathsBySource(contentPrefix);
        Map<String, Set<String>> anchorsBySource = new LinkedHashMap<>();
        parsed.forEach((source, body) -> anchorsBySource.put(source,
                body.headings().stream().map(Heading::id).collect(Collectors.toCollection(TreeSet::new))));
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
