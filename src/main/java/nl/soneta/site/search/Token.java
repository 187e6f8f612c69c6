package nl.soneta.site.search;

/** A term at its position in a text; positions count stop words too, so phrases keep their gaps. */
public record Token(String term, int position) {
}
