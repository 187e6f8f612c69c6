package nl.soneta.site.markdown;

/** A part of a long page under one heading; a search result links to it by its anchor. */
public record Section(String anchor, String heading, String text) {
}
