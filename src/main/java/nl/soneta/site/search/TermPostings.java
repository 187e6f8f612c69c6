package nl.soneta.site.search;

/**
 * The documents that contain a term, in doc id order, each with the score Lucene gives the term there (all
 * fields, each with its boost). The browser adds these scores up instead of computing BM25 itself, so both
 * rank the same.
 */
record TermPostings(int[] docs, float[] scores) {
    static final TermPostings NONE = new TermPostings(new int[0], new float[0]);

    int docFreq() {
        return docs.length;
    }
}
