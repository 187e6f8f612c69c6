package nl.soneta.site.content;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of item an editor writes, by the Dutch name editors use. A chapter is a kind of its own because
 * its fields differ from those of the publication whose folder it lives in.
 */
public enum ContentKind {
    ORGANISATIE("organisatie", ContentCollection.ORGANISATIONS),
    NIEUWS("nieuws", ContentCollection.NEWS),
    AGENDA("agenda", ContentCollection.EVENTS),
    PUBLICATIE("publicatie", ContentCollection.PUBLICATIONS),
    HOOFDSTUK("hoofdstuk", ContentCollection.PUBLICATIONS),
    NIEUWSBRIEF("nieuwsbrief", ContentCollection.NEWSLETTERS),
    THEMA("thema", ContentCollection.THEMES),
    PAGINA("pagina", ContentCollection.PAGES);

    private final String dutchName;
    private final ContentCollection collection;

    ContentKind(String dutchName, ContentCollection collection) {
        this.dutchName = dutchName;
        this.collection = collection;
    }

    public String dutchName() {
        return dutchName;
    }

    public ContentCollection collection() {
        return collection;
    }

    public static ContentKind of(ContentFile file) {
        if (file.isChapter()) {
            return HOOFDSTUK;
        }
        return Arrays.stream(values()).filter(k -> k != HOOFDSTUK && k.collection == file.collection())
                .findFirst().orElseThrow();
    }

    /** The kind by its Dutch name or by its folder ("organisatie" or "organisaties"); not a chapter. */
    public static Optional<ContentKind> byName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(k -> k != HOOFDSTUK)
                .filter(k -> k.dutchName.equals(wanted) || k.collection.folder().equals(wanted))
                .findFirst();
    }

    /** The Dutch names that {@link #byName} accepts, in menu order. */
    public static List<String> names() {
        return Arrays.stream(values()).filter(k -> k != HOOFDSTUK).map(ContentKind::dutchName).toList();
    }
}
