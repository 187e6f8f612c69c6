package nl.soneta.site.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The collection folders under {@code content/}; the folder name is what editors see. */
public enum ContentCollection {
    PAGES("paginas"),
    THEMES("themas"),
    ORGANISATIONS("organisaties"),
    NEWS("nieuws"),
    EVENTS("agenda"),
    PUBLICATIONS("publicaties"),
    NEWSLETTERS("nieuwsbrief");

    private final String folder;

    ContentCollection(String folder) {
        this.folder = folder;
    }

    public String folder() {
        return folder;
    }

    public static Optional<ContentCollection> byFolder(String name) {
        return Arrays.stream(values()).filter(c -> c.folder.equals(name)).findFirst();
    }

    public static List<String> folders() {
        return Arrays.stream(values()).map(ContentCollection::folder).toList();
    }
}
