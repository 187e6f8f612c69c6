package nl.soneta.site.render.view;

import java.util.List;
import nl.soneta.site.markdown.RenderedMarkdown;
import nl.soneta.site.render.PageFrame;
import nl.soneta.site.site.Organisation;
import nl.soneta.site.site.Publication;
import nl.soneta.site.site.Theme;
import nl.soneta.site.render.Card;

/** An organisation of the sociale kaart: what it offers, for whom, where, how to reach it, and what relates. */
public record OrganisationView(PageFrame frame, Organisation organisation, RenderedMarkdown body, List<Theme> themes,
                               List<Publication> sources, List<Card> news, List<Card> events, List<Card> publications) {
}
