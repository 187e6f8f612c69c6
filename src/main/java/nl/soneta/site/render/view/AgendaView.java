package nl.soneta.site.render.view;

import java.util.List;
import java.util.Optional;
import nl.soneta.site.render.Card;
import nl.soneta.site.render.PageFrame;

/**
 * The agenda: upcoming meetings first, then the latest of those that have taken place.
 *
 * @param past      the latest past meetings, at most a page's worth
 * @param pastCount how many meetings have taken place in all
 * @param archive   the site path of the list of all past meetings, when the agenda does not show them all
 * @param calendar  the site path of the iCalendar file with every meeting
 */
public record AgendaView(PageFrame frame, String introduction, List<Card> upcoming, List<Card> past, int pastCount,
                         Optional<String> archive, String calendar) {
}
