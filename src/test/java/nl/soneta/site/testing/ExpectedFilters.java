package nl.soneta.site.testing;

import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import nl.soneta.site.site.Organisation;
import nl.soneta.site.site.Site;
import nl.soneta.site.site.Term;

/**
 * What each filter of the sociale kaart should list, worked out from the organisations' own fields with the rule
 * written down again here (not taken from the generator's OrganisationFilters): a theme, audience or kind matches
 * when the organisation names it; no audiences means "alle-inwoners"; no districts, or "heel-almere", means every
 * wijk.
 */
public final class ExpectedFilters {
    public static final List<String> FACETS = List.of("thema", "voor", "wijk", "soort");

    private static final Map<String, BiPredicate<Organisation, String>> RULES = Map.of(
            "thema", (o, v) -> o.themes().contains(v),
            "voor", (o, v) -> slugs(o.audiences()).contains(v) || o.audiences().isEmpty() && v.equals("alle-inwoners"),
            "wijk", (o, v) -> o.districts().isEmpty() || slugs(o.districts()).contains("heel-almere")
                    || slugs(o.districts()).contains(v),
            "soort", (o, v) -> o.kind().slug().equals(v));

    private final Site site;

    public ExpectedFilters(Site site) {
        this.site = site;
    }

    /** Every value of a facet: the themes, or the terms of the vocabulary in site.yaml. */
    public List<String> values(String facet) {
        var vocabularies = site.config().vocabularies();
        return switch (facet) {
            case "thema" -> site.themes().stream().map(t -> t.item().slug()).toList();
            case "voor" -> slugs(vocabularies.audiences());
            case "wijk" -> slugs(vocabularies.districts());
            case "soort" -> slugs(vocabularies.kinds());
            default -> throw new IllegalArgumentException(facet);
        };
    }

    /** The site paths of the organisations the filter should list, in the site's order (by name). */
    public List<String> paths(String facet, String value) {
        return matching(facet, value).stream().map(o -> o.item().path()).toList();
    }

    public List<Organisation> matching(String facet, String value) {
        return site.organisations().stream().filter(o -> RULES.get(facet).test(o, value)).toList();
    }

    public List<Organisation> all() {
        return site.organisations();
    }

    private static List<String> slugs(List<Term> terms) {
        return terms.stream().map(Term::slug).toList();
    }
}
