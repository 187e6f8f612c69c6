package nl.soneta.site.render.view;

import java.util.List;
import nl.soneta.site.markdown.RenderedMarkdown;
import nl.soneta.site.render.PageFrame;
import nl.soneta.site.site.Organisation;
import nl.soneta.site.site.Publication;
import nl.soneta.site.site.Theme;
import nl.soneta.site.render.Card;
import nl.soneta.site.render.ReportFacts;

/** A publication's front page: its details, its own text and the list of its chapters. */
public record PublicationView(PageFrame frame, Publication publication, RenderedMarkdown body, ReportFacts facts,
                              List<Theme> themes, List<Organisation> organisations, List<Card> events) {
}
