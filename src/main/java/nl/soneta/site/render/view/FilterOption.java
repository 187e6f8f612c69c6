package nl.soneta.site.render.view;

/** One choice of a search filter: the value sent in the URL and the label shown. */
public record FilterOption(String value, String label) {
}
