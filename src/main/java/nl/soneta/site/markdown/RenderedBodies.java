package nl.soneta.site.markdown;

import java.util.Map;
import nl.soneta.site.site.Entry;

/** The rendered Markdown of every item, by source file, and of the home page's intro. */
public record RenderedBodies(Map<String, RenderedMarkdown> bySource, RenderedMarkdown intro) {

    public RenderedMarkdown of(Entry entry) {
        return bySource.getOrDefault(entry.item().source(), RenderedMarkdown.EMPTY);
    }
}
