package nl.soneta.site.render.view;

import java.util.List;
import nl.soneta.site.markdown.RenderedMarkdown;
import nl.soneta.site.render.PageFrame;
import nl.soneta.site.site.NewsItem;
import nl.soneta.site.site.Organisation;
import nl.soneta.site.site.Theme;

/** A news item with its themes and the organisations it is about. */
public record NewsView(PageFrame frame, NewsItem news, RenderedMarkdown body, List<Theme> themes,
                       List<Organisation> organisations) {
}
