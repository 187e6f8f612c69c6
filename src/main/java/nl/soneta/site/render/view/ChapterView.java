package nl.soneta.site.render.view;

import java.util.Optional;
import nl.soneta.site.markdown.RenderedMarkdown;
import nl.soneta.site.render.PageFrame;
import nl.soneta.site.render.ReportFacts;
import nl.soneta.site.site.Chapter;
import nl.soneta.site.site.Publication;

/** One chapter of a publication, with the way to the previous and next chapter. */
public record ChapterView(PageFrame frame, Publication publication, Chapter chapter, RenderedMarkdown body,
                          ReportFacts facts, Optional<Chapter> previous, Optional<Chapter> next) {

    /** The place of this chapter in reading order, counting from 1. */
    public int number() {
        return publication.chapters().indexOf(chapter) + 1;
    }
}
