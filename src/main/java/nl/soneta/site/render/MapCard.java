package nl.soneta.site.render;

import java.util.List;
import nl.soneta.site.site.Facet;

/**
 * An organisation on the sociale kaart: its card, for whom and where it works in words, and for each facet the
 * values it matches (see {@code OrganisationFilters}), which the page's script filters on.
 *
 * @param filterValues the matched slugs of each facet, in the order of {@link Facet#values()}
 */
public record MapCard(Card card, String audiences, String districts, List<String> filterValues) {

    /** The value of the card's {@code data-<facet>} attribute: the matched slugs, separated by spaces. */
    public String data(Facet facet) {
        return filterValues.get(facet.ordinal());
    }
}
