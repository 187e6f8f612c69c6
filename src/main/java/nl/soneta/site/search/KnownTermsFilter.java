package nl.soneta.site.search;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.SnowballStemmer;

/**
 * Replaces each word by its term from a table made once per distinct word, instead of running the stemmer on
 * every occurrence: a site of 10,000 pages has millions of words but only tens of thousands of distinct ones.
 * A word missing from the table is stemmed as usual.
 */
final class KnownTermsFilter extends TokenFilter {
    private final CharArrayMap<char[]> terms;
    private final SnowballStemmer fallback;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    KnownTermsFilter(TokenStream input, CharArrayMap<char[]> terms, Stemmer stemmer) {
        super(input);
        this.terms = terms;
        this.fallback = stemmer.create();
    }

    static CharArrayMap<char[]> table(Map<String, String> termByWord) {
        CharArrayMap<char[]> table = new CharArrayMap<>(termByWord.size(), false);
        termByWord.forEach((word, term) -> table.put(word, term.toCharArray()));
        return CharArrayMap.unmodifiableMap(table);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] known = terms.get(term.buffer(), 0, term.length());
        if (known != null) {
            term.copyBuffer(known, 0, known.length);
        } else {
            fallback.setCurrent(term.buffer(), term.length());
            fallback.stem();
            term.copyBuffer(fallback.getCurrentBuffer(), 0, fallback.getCurrentBufferLength());
        }
        return true;
    }
}
