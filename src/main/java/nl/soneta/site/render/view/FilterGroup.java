package nl.soneta.site.render.view;

import java.util.List;
import nl.soneta.site.site.Facet;

/**
 * The choices of one facet on the sociale kaart: a select when the script runs, links to the static pages always.
 *
 * @param anyLabel the choice that does not filter, such as "Alle thema's"
 */
public record FilterGroup(Facet facet, String anyLabel, List<FilterLink> links) {
}
