package nl.soneta.site.render.view;

import java.util.List;
import java.util.Optional;
import nl.soneta.site.render.Card;
import nl.soneta.site.render.PageFrame;
import nl.soneta.site.render.Pagination;

/**
 * A page of a collection's list, such as page 2 of the news.
 *
 * @param notice   a remark above the list that readers must not miss, or empty
 * @param archive  links to the archive pages of the list (the news by year and by theme), if it has them
 */
public record ListView(PageFrame frame, String introduction, String notice, List<Card> cards, Pagination pagination,
                       String emptyMessage, Optional<ArchiveNav> archive) {
}
