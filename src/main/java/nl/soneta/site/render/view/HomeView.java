package nl.soneta.site.render.view;

import java.util.List;
import nl.soneta.site.markdown.RenderedMarkdown;
import nl.soneta.site.render.Card;
import nl.soneta.site.render.PageFrame;
import nl.soneta.site.site.Theme;

/**
 * The home page: what SONETA is, help by life situation and by theme, organisations, latest news and upcoming
 * meetings.
 */
public record HomeView(PageFrame frame, RenderedMarkdown intro, List<SituationLink> situations, List<Theme> themes,
                       List<Card> organisations, int organisationCount, List<Card> latestNews, List<Card> upcomingEvents) {
}
