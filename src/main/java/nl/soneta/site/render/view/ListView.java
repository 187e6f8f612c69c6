package nl.soneta.site.render.view;

import java.util.List;
import java.util.Optional;
import nl.soneta.site.render.Card;
import nl.soneta.site.render.PageFrame;
import nl.soneta.site.render.Pagination;

/**
 * A page of a collection's list, such as page 2 of the news.
 *
 * @param notice   a remark above the list that readers must not miss (such as "no meetings planned"), or empty
 * @param calendar the site path of an iCalendar file with every item of the list (the agenda), if there is one
 */
public record ListView(PageFrame frame, String introduction, String notice, List<Card> cards, Pagination pagination,
                       String emptyMessage, Optional<String> calendar) {
}
