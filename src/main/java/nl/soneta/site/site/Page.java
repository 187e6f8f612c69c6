package nl.soneta.site.site;

/** A free page such as "Over SONETA", published at {@code /<slug>/}. */
public record Page(Item item) implements Entry {
}
