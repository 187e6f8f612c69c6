package nl.soneta.site.render.view;

import java.util.List;
import java.util.Optional;
import nl.soneta.site.markdown.RenderedMarkdown;
import nl.soneta.site.render.PageFrame;
import nl.soneta.site.site.Event;
import nl.soneta.site.site.Organisation;
import nl.soneta.site.site.Publication;
import nl.soneta.site.site.Theme;

/** A meeting of the agenda; {@code past} says whether it has already taken place on the day of the build. */
public record EventView(PageFrame frame, Event event, RenderedMarkdown body, List<Theme> themes,
                        List<Organisation> organisations, Optional<Publication> report, boolean past) {
}
