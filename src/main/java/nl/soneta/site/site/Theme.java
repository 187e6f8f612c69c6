package nl.soneta.site.site;

/** A theme of the social domain (eenzaamheid, bestaanszekerheid, …); lower {@code order} is listed first. */
public record Theme(Item item, int order) implements Entry {
}
