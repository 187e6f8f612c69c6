package nl.soneta.site.markdown;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.soneta.site.content.Diagnostic;
import nl.soneta.site.content.MarkdownSource;

/**
 * The rendered bodies of the previous run of {@link MarkdownStage}, by source file, for the preview server's
 * incremental rebuilds. A body is reused when its Markdown and page URL are unchanged and every link in it
 * resolves as before ({@link LinkOutcome}); its diagnostics are replayed, so a reused body reports what it
 * reported when it was rendered. Only rendered strings and small records are kept, not flexmark's syntax trees,
 * so the cache stays a few times the size of the content. A one-off build uses {@link #NONE}.
 */
public final class BodyCache {
    /** Keeps nothing: a build renders every body once and must not hold them all for a later run. */
    static final BodyCache NONE = new BodyCache(false);

    private final boolean keeps;
    private final Map<String, Rendered> bySource = new ConcurrentHashMap<>();
    private volatile int renderedLastRun;

    public BodyCache() {
        this(true);
    }

    private BodyCache(boolean keeps) {
        this.keeps = keeps;
    }

    /** How many bodies the last run had to parse and render, rather than reuse. */
    public int renderedLastRun() {
        return renderedLastRun;
    }

    Rendered get(String source) {
        return bySource.get(source);
    }

    void put(String source, Rendered rendered) {
        if (keeps) {
            bySource.put(source, rendered);
        }
    }

    void finishRun(Set<String> sources, int rendered) {
        if (keeps) {
            bySource.keySet().retainAll(sources);
            renderedLastRun = rendered;
        }
    }

    /** One body as rendered, with what it depended on. */
    record Rendered(MarkdownSource source, String pageUrl, List<Heading> headings, List<LinkOutcome> links,
                    RenderedMarkdown markdown, List<Diagnostic> diagnostics) {

        boolean reusableFor(MarkdownSource now, String nowPageUrl, LinkTargets targets) {
            return source.equals(now) && pageUrl.equals(nowPageUrl)
                    && links.stream().allMatch(link -> link.holdsFor(targets, source.sourcePath()));
        }
    }
}
