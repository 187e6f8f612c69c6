package nl.soneta.site.site;

/**
 * The four ways the sociale kaart narrows its organisations. The key is the URL segment of a facet's static
 * pages ({@code /organisaties/wijk/almere-poort/}) and the query parameter of the filtered map
 * ({@code /organisaties/?wijk=almere-poort}), so a filter reads the same in both.
 */
public enum Facet {
    THEMA("thema", "Thema"),
    VOOR("voor", "Voor wie"),
    WIJK("wijk", "Wijk"),
    SOORT("soort", "Soort organisatie");

    private final String key;
    private final String label;

    Facet(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    /** The name of the facet as a visitor reads it, above a filter. */
    public String label() {
        return label;
    }
}
