package nl.soneta.site.render.view;

import java.util.List;
import nl.soneta.site.render.Card;
import nl.soneta.site.render.PageFrame;
import nl.soneta.site.render.Pagination;

/** A page of a collection's list, such as page 2 of the news. */
public record ListView(PageFrame frame, String introduction, List<Card> cards, Pagination pagination,
                       String emptyMessage) {
}
