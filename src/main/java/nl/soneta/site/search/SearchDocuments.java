package nl.soneta.site.search;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.soneta.site.markdown.RenderedBodies;
import nl.soneta.site.site.Chapter;
import nl.soneta.site.site.Entry;
import nl.soneta.site.site.EntryKind;
import nl.soneta.site.site.Event;
import nl.soneta.site.site.NewsItem;
import nl.soneta.site.site.Newsletter;
import nl.soneta.site.site.Organisation;
import nl.soneta.site.site.Publication;
import nl.soneta.site.site.Site;
import nl.soneta.site.site.Theme;

/** Turns every item page of the site into a search document, from the model and the rendered bodies. */
final class SearchDocuments {
    private final Site site;
    private final RenderedBodies bodies;

    SearchDocuments(Site site, RenderedBodies bodies) {
        this.site = site;
        this.bodies = bodies;
    }

    /** In the site's fixed order, so that document numbers are the same in every build. */
    List<SearchDocument> all() {
        List<Entry> entries = site.entries();
        return IntStream.range(0, entries.size()).parallel().mapToObj(id -> document(id, entries.get(id))).toList();
    }

    private SearchDocument document(int id, Entry entry) {
        List<String> themes = themesOf(entry);
        Map<SearchField, String> fields = new EnumMap<>(SearchField.class);
        fields.put(SearchField.TITLE, titleOf(entry));
        fields.put(SearchField.SUMMARY, entry.item().hasSummary() ? entry.item().summary() : "");
        fields.put(SearchField.THEMES, site.themes(themes).stream().map(t -> t.item().title())
                .collect(Collectors.joining("\n")));
        return new SearchDocument(id, entry, EntryKind.of(entry), entry.item().path(), titleOf(entry), dateOf(entry),
                themes, fields, bodies.of(entry));
    }

    /** A chapter's own title is often generic ("Inleiding"); the publication's title says which one. */
    private String titleOf(Entry entry) {
        if (entry instanceof Chapter chapter) {
            return chapter.item().title() + " – " + site.publicationOf(chapter).item().title();
        }
        return entry.item().title();
    }

    private List<String> themesOf(Entry entry) {
        if (entry instanceof Theme theme) {
            return List.of(theme.item().slug());
        } else if (entry instanceof Organisation o) {
            return o.themes();
        } else if (entry instanceof NewsItem n) {
            return n.themes();
        } else if (entry instanceof Event e) {
            return e.themes();
        } else if (entry instanceof Publication p) {
            return p.themes();
        } else if (entry instanceof Chapter c) {
            return site.publicationOf(c).themes();
        }
        return List.of();
    }

    private Optional<LocalDate> dateOf(Entry entry) {
        if (entry instanceof NewsItem n) {
            return Optional.of(n.date());
        } else if (entry instanceof Event e) {
            return Optional.of(e.start().toLocalDate());
        } else if (entry instanceof Publication p) {
            return Optional.of(p.date());
        } else if (entry instanceof Chapter c) {
            return Optional.of(site.publicationOf(c).date());
        } else if (entry instanceof Newsletter n) {
            return Optional.of(n.date());
        }
        return Optional.empty();
    }
}
