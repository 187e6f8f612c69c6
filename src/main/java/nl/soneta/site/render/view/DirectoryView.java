package nl.soneta.site.render.view;

import java.util.List;
import nl.soneta.site.render.MapCard;
import nl.soneta.site.render.PageFrame;

/** The sociale kaart: every organisation on one page, with filters and the links to the static filter pages. */
public record DirectoryView(PageFrame frame, String introduction, String count, List<MapCard> cards,
                            List<FilterGroup> filters) {
}
