package nl.soneta.site.search;

/**
 * One term of a query with its weight. Boosts are powers of two, so scaling a term's exported score by the
 * boost gives exactly the float Lucene computes with the boost inside.
 *
 * @param required the document must contain the term (a word of a quoted phrase)
 */
public record Clause(String term, float boost, boolean required) {
}
