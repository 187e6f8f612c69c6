package nl.soneta.site.render.view;

import java.util.List;
import nl.soneta.site.markdown.RenderedMarkdown;
import nl.soneta.site.render.Card;
import nl.soneta.site.render.PageFrame;
import nl.soneta.site.site.Theme;

/** A theme with everything tagged with it: organisations, news, meetings and publications. */
public record ThemeView(PageFrame frame, Theme theme, RenderedMarkdown body, List<Card> organisations,
                        List<Card> news, List<Card> events, List<Card> publications) {
}
