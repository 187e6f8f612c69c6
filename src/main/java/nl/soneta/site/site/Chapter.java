package nl.soneta.site.site;

/** A chapter of a publication, written as its own file; {@code order} gives its place. */
public record Chapter(Item item, int order) implements Entry {
}
