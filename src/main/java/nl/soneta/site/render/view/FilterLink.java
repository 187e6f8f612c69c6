package nl.soneta.site.render.view;

/** One static filter page of the sociale kaart, as a choice: the value, its name, its page and how many it lists. */
public record FilterLink(String value, String label, String path, int count) {
}
