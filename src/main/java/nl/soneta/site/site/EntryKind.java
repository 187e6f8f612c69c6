package nl.soneta.site.site;

/** What kind of page an item is, as residents call it: shown with search results and used to filter them. */
public enum EntryKind {
    ORGANISATIE("organisatie", "Organisatie"),
    THEMA("thema", "Thema"),
    NIEUWS("nieuws", "Nieuws"),
    AGENDA("agenda", "Agenda"),
    PUBLICATIE("publicatie", "Publicatie"),
    NIEUWSBRIEF("nieuwsbrief", "Nieuwsbrief"),
    PAGINA("pagina", "Pagina");

    private final String slug;
    private final String label;

    EntryKind(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    /** A chapter is part of a publication, so it is found as one. */
    public static EntryKind of(Entry entry) {
        if (entry instanceof Organisation) {
            return ORGANISATIE;
        } else if (entry instanceof Theme) {
            return THEMA;
        } else if (entry instanceof NewsItem) {
            return NIEUWS;
        } else if (entry instanceof Event) {
            return AGENDA;
        } else if (entry instanceof Publication || entry instanceof Chapter) {
            return PUBLICATIE;
        } else if (entry instanceof Newsletter) {
            return NIEUWSBRIEF;
        }
        return PAGINA;
    }
}
