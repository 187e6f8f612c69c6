package nl.soneta.site.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.soneta.site.markdown.RenderedBodies;
import nl.soneta.site.markdown.RenderedMarkdown;
import nl.soneta.site.site.Entry;
import nl.soneta.site.site.EntryKind;
import nl.soneta.site.site.Item;
import nl.soneta.site.site.Site;
import nl.soneta.site.site.SitePaths;

/** The reading level of every page with text: its rendered body and the summary shown above it. */
public record ReadingLevels(List<PageReading> pages) {
    public static final ReadingLevels NONE = new ReadingLevels(List.of());
    /** Hardest first: the lowest Flesch-Douma score, which weighs both sentence and word length; then by path. */
    private static final Comparator<PageReading> HARDEST_FIRST = Comparator
            .comparingDouble((PageReading p) -> p.figures().fleschDouma())
            .thenComparing(PageReading::path);

    public static ReadingLevels measure(Site site, RenderedBodies bodies) {
        List<PageReading> pages = new ArrayList<>();
        add(pages, SitePaths.HOME, site.config().title(), site.config().intro().sourcePath(), true,
                TextBlocks.of(bodies.intro().html()));
        for (Entry entry : site.entries()) {
            Item item = entry.item();
            List<String> blocks = new ArrayList<>();
            if (item.hasSummary()) {
                blocks.add(item.summary());
            }
            RenderedMarkdown body = bodies.of(entry);
            blocks.addAll(TextBlocks.of(body.html()));
            add(pages, item.path(), item.title(), item.source(), EntryKind.of(entry) != EntryKind.PUBLICATIE, blocks);
        }
        return new ReadingLevels(List.copyOf(pages));
    }

    private static void add(List<PageReading> pages, String path, String title, String source, boolean own,
                            List<String> blocks) {
        ReadingFigures figures = ReadingFigures.of(blocks);
        if (!figures.isEmpty()) {
            pages.add(new PageReading(path, title, source, own, figures));
        }
    }

    /** The pages that SONETA wrote itself: all but the published reports and their chapters. */
    public List<PageReading> own() {
        return pages.stream().filter(PageReading::own).toList();
    }

    /** The {@code count} hardest of the given pages, hardest first. */
    public static List<PageReading> hardest(List<PageReading> pages, int count) {
        return pages.stream().sorted(HARDEST_FIRST).limit(count).toList();
    }
}
