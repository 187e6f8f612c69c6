package nl.soneta.site.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.soneta.site.content.ContentCollection;
import nl.soneta.site.render.view.AgendaView;
import nl.soneta.site.site.Event;
import nl.soneta.site.site.Site;
import nl.soneta.site.site.SitePaths;

/**
 * The agenda: upcoming meetings (soonest first) above the ones that have taken place (latest first), as the day of
 * the build decides. The agenda shows one page's worth of past meetings; when there are more, all of them are on
 * {@link SitePaths#PAST_EVENTS}, paginated, so the agenda stays short and keeps upcoming meetings in view.
 */
final class AgendaPages {
    private static final String TITLE = "Agenda";

    private final Site site;
    private final Cards cards;
    private final PagePlanner planner;

    AgendaPages(Site site, Cards cards, PagePlanner planner) {
        this.site = site;
        this.cards = cards;
        this.planner = planner;
    }

    List<PageJob> plan() {
        List<Card> upcoming = site.events().stream().filter(e -> !cards.isPast(e)).map(cards::of).toList();
        List<Card> past = site.events().stream().filter(cards::isPast)
                .sorted(Comparator.comparing(Event::start).reversed().thenComparing(e -> e.item().slug()))
                .map(cards::of).toList();
        int shown = site.config().pageSize();
        boolean archived = past.size() > shown;
        String path = SitePaths.list(ContentCollection.EVENTS);
        String introduction = "Bijeenkomsten van SONETA. Iedereen die in Almere actief is in het sociaal domein is welkom.";
        List<PageJob> jobs = new ArrayList<>();
        jobs.add(new PageJob(path, "agenda.jte", new AgendaView(
                planner.frame(TITLE, introduction, path, PagePlanner.trail(), "website"), introduction, upcoming,
                past.stream().limit(shown).toList(), past.size(),
                archived ? Optional.of(SitePaths.PAST_EVENTS) : Optional.empty(), SitePaths.CALENDAR)));
        if (archived) {
            jobs.addAll(planner.listPages(new ListPages(SitePaths.PAST_EVENTS, "Bijeenkomsten die geweest zijn",
                    "Alle bijeenkomsten van SONETA die al geweest zijn. De laatste staat bovenaan.",
                    PagePlanner.sectionTrail(ContentCollection.EVENTS, TITLE), ""), past));
        }
        return jobs;
    }
}
