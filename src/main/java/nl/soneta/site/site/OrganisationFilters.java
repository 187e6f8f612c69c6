package nl.soneta.site.site;

import java.util.List;

/**
 * Which organisations a filter of the sociale kaart matches, in one place: the static filter pages list
 * {@link #matching} and the cards of the map carry {@link #slugs} for the script, so both agree.
 *
 * <p>An organisation without districts, or with {@value #WHOLE_CITY}, works in every wijk, and is listed
 * under each of them. An organisation without audiences is for all residents ({@value #EVERYONE}); audience
 * pages list only the organisations tagged for that group, because "for everyone" would otherwise fill
 * every group's page (the pages point to the organisations for everyone instead).
 */
public final class OrganisationFilters {
    public static final String EVERYONE = "alle-inwoners";
    public static final String WHOLE_CITY = "heel-almere";

    private final Site site;
    private final Vocabularies vocabularies;

    public OrganisationFilters(Site site) {
        this.site = site;
        this.vocabularies = site.config().vocabularies();
    }

    /** Every value a facet can take, in the order of site.yaml (themes: their display order). */
    public List<Term> values(Facet facet) {
        return switch (facet) {
            case THEMA -> site.themes().stream().map(t -> new Term(t.item().slug(), t.item().title())).toList();
            case VOOR -> vocabularies.audiences();
            case WIJK -> vocabularies.districts();
            case SOORT -> vocabularies.kinds();
        };
    }

    /** The values of a facet that an organisation matches, with the rules above applied. */
    public List<String> slugs(Organisation o, Facet facet) {
        return switch (facet) {
            case THEMA -> o.themes();
            case VOOR -> o.audiences().isEmpty() ? List.of(EVERYONE) : slugsOf(o.audiences());
            case WIJK -> worksEverywhere(o) ? slugsOf(vocabularies.districts()) : slugsOf(o.districts());
            case SOORT -> List.of(o.kind().slug());
        };
    }

    public List<Organisation> matching(Facet facet, Term value) {
        return site.organisations().stream().filter(o -> slugs(o, facet).contains(value.slug())).toList();
    }

    public static boolean worksEverywhere(Organisation o) {
        return o.districts().isEmpty() || o.districts().stream().anyMatch(d -> d.slug().equals(WHOLE_CITY));
    }

    private static List<String> slugsOf(List<Term> terms) {
        return terms.stream().map(Term::slug).toList();
    }
}
