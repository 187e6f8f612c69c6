package nl.soneta.site.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analysis of Dutch text for the site's search, the same for pages at build time and for queries:
 * words, lower case, diacritics folded ("cliënt" = "client"), Dutch stop words dropped, then stemmed.
 * {@link #words} stops before stemming: it gives the vocabulary from which plural repairs are computed.
 */
public final class SearchAnalyzer extends Analyzer {
    private static final CharArraySet STOP_WORDS = foldedStopWords();

    private final Stemmer stemmer;
    private final StemmerOverrideFilter.StemmerOverrideMap overrides;
    private final boolean stem;

    private SearchAnalyzer(Stemmer stemmer, Map<String, String> overrides, boolean stem) {
        this.stemmer = stemmer;
        this.stem = stem;
        try {
            StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
            overrides.forEach(builder::add);
            this.overrides = builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stems with {@code stemmer}; the words in {@code overrides} get the given term instead. */
    public static SearchAnalyzer stemming(Stemmer stemmer, Map<String, String> overrides) {
        return new SearchAnalyzer(stemmer, overrides, true);
    }

    /** Folded, lower-case words without stop words, not stemmed. */
    public static SearchAnalyzer words() {
        return new SearchAnalyzer(Stemmer.SNOWBALL, Map.of(), false);
    }

    /** The terms of a text, in order. */
    public List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail on I/O", e);
        }
        return terms;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
        stream = new StopFilter(stream, STOP_WORDS);
        if (stem) {
            stream = new StemmerOverrideFilter(stream, overrides);
            stream = new SnowballFilter(stream, stemmer.create());
        }
        return new TokenStreamComponents(source, stream);
    }

    /** Lucene's Dutch stop list is written with diacritics ("één"); tokens are folded before the filter. */
    private static CharArraySet foldedStopWords() {
        CharArraySet folded = new CharArraySet(64, false);
        for (Object word : DutchAnalyzer.getDefaultStopSet()) {
            String text = new String((char[]) word);
            char[] out = new char[text.length() * 4];
            int length = ASCIIFoldingFilter.foldToASCII(text.toCharArray(), 0, out, 0, text.length());
            folded.add(new String(out, 0, length));
        }
        return CharArraySet.unmodifiableSet(folded);
    }
}
