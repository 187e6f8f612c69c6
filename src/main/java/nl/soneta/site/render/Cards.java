package nl.soneta.site.render;

import nl.soneta.site.site.Chapter;
import nl.soneta.site.site.Entry;
import nl.soneta.site.site.EntryKind;
import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.soneta.site.site.Event;
import nl.soneta.site.site.NewsItem;
import nl.soneta.site.site.Newsletter;
import nl.soneta.site.site.Organisation;
import nl.soneta.site.site.Publication;
import nl.soneta.site.site.Site;
import nl.soneta.site.site.Theme;

/** How each kind of item is summarised in a list. */
final class Cards {
    private final Site site;
    private final LocalDate today;
    /** By identity: entries are records, and their deep equality would compare whole bodies. */
    private final Map<Entry, Card> made = Collections.synchronizedMap(new IdentityHashMap<>());

    Cards(Site site, LocalDate today) {
        this.site = site;
        this.today = today;
    }

    Card of(Organisation o) {
        return marked(o, () -> new Card(o.item().title(), o.item().path(), o.kind().name(), o.item().summary(), themeTitles(o.themes())));
    }

    Card of(Theme t) {
        return marked(t, () -> new Card(t.item().title(), t.item().path(), organisationCount(site.organisationsWithTheme(t).size()),
                t.item().summary(), List.of()));
    }

    static String organisationCount(int count) {
        return count == 1 ? "1 organisatie" : count + " organisaties";
    }

    Card of(NewsItem n) {
        return marked(n, () -> new Card(n.item().title(), n.item().path(), DutchDates.date(n.date()), n.item().summary(),
                themeTitles(n.themes())));
    }

    Card of(Event e) {
        String context = (isPast(e) ? "Geweest: " : "") + DutchDates.when(e.start(), e.end()) + " · " + e.location();
        return marked(e, () -> new Card(e.item().title(), e.item().path(), context, e.item().summary(), themeTitles(e.themes())));
    }

    Card of(Publication p) {
        return marked(p, () -> new Card(p.item().title(), p.item().path(), p.publisher() + " · " + DutchDates.date(p.date()),
                p.item().summary(), themeTitles(p.themes())));
    }

    Card of(Newsletter n) {
        return marked(n, () -> new Card(n.item().title(), n.item().path(), "Nummer " + n.number() + " · " + DutchDates.date(n.date()),
                n.item().summary(), List.of()));
    }

    /** Any item, as the kind of card it would have in its own list. */
    Card of(Entry entry) {
        if (entry instanceof Organisation o) {
            return of(o);
        } else if (entry instanceof Theme t) {
            return of(t);
        } else if (entry instanceof NewsItem n) {
            return of(n);
        } else if (entry instanceof Event e) {
            return of(e);
        } else if (entry instanceof Publication p) {
            return of(p);
        } else if (entry instanceof Newsletter n) {
            return of(n);
        } else if (entry instanceof Chapter c) {
            Publication publication = site.publicationOf(c);
            return marked(c, () -> new Card(c.item().title(), c.item().path(), "Hoofdstuk van " + publication.item().title(),
                    c.item().hasSummary() ? c.item().summary() : publication.item().summary(), List.of()));
        }
        return marked(entry, () -> new Card(entry.item().title(), entry.item().path(), EntryKind.of(entry).label(),
                entry.item().summary(), List.of()));
    }

    boolean isPast(Event e) {
        return e.end().orElse(e.start()).toLocalDate().isBefore(today);
    }

    /**
     * The card of {@code entry}, made once: an item's card is on its lists, archives, theme pages and the pages it
     * is related to, and planning all of them again is most of what the preview does on a save. In a preview with
     * drafts, the card of an item that the real site leaves out carries its label.
     */
    private Card marked(Entry entry, Supplier<Card> card) {
        return made.computeIfAbsent(entry, e -> {
            Card plain = card.get();
            return PreviewNote.of(entry.item(), today).map(note -> plain.withStatus(note.label())).orElse(plain);
        });
    }

    private List<String> themeTitles(List<String> slugs) {
        return site.themes(slugs).stream().map(t -> t.item().title()).toList();
    }
}
