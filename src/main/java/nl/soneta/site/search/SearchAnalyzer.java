package nl.soneta.site.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ObjIntConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
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
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The analysis of Dutch text for the site's search, the same for pages at build time and for queries:
 * words, lower case, diacritics folded ("cliënt" = "client"), Dutch stop words dropped, then stemmed.
 * {@link #words} stops before stemming: it gives the vocabulary from which plural repairs are computed.
 * {@link #folded} keeps stop words too: a corrected query ("bedoelde je …") is written from it.
 */
public final class SearchAnalyzer extends Analyzer {
    /** Positions between the body's sections; a body of fewer words than this maps positions to sections. */
    public static final int SECTION_GAP = 1 << 20;
    private static final CharArraySet STOP_WORDS = foldedStopWords();
    private static final SearchAnalyzer WORDS = new SearchAnalyzer(Stemmer.SNOWBALL, Map.of(), Stage.STOP);
    private static final SearchAnalyzer FOLDED = new SearchAnalyzer(Stemmer.SNOWBALL, Map.of(), Stage.FOLD);

    private final Stemmer stemmer;
    private final StemmerOverrideFilter.StemmerOverrideMap overrides;
    private final Stage lastStage;
    private final CharArrayMap<char[]> knownTerms;

    /** How far the analysis goes; MAP ends like STEM, but looks the terms of known words up. */
    private enum Stage { FOLD, STOP, STEM, MAP }

    private SearchAnalyzer(Stemmer stemmer, Map<String, String> overrides, Stage lastStage) {
        this.stemmer = stemmer;
        this.lastStage = lastStage;
        this.knownTerms = lastStage == Stage.MAP ? KnownTermsFilter.table(overrides) : null;
        try {
            StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
            if (lastStage == Stage.STEM) {
                overrides.forEach(builder::add);
            }
            this.overrides = builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stems with {@code stemmer}; the words in {@code overrides} get the given term instead. */
    public static SearchAnalyzer stemming(Stemmer stemmer, Map<String, String> overrides) {
        return new SearchAnalyzer(stemmer, overrides, Stage.STEM);
    }

    /**
     * The same terms as {@link #stemming} with the same stemmer and overrides, faster: {@code termByWord} holds the
     * term of every word of the site (override or stem), computed once per distinct word.
     */
    public static SearchAnalyzer mapped(Stemmer stemmer, Map<String, String> termByWord) {
        return new SearchAnalyzer(stemmer, termByWord, Stage.MAP);
    }

    /** Folded, lower-case words without stop words, not stemmed. */
    public static SearchAnalyzer words() {
        return WORDS;
    }

    /** Folded, lower-case words, stop words included. */
    public static SearchAnalyzer folded() {
        return FOLDED;
    }

    /** The terms of a text, in order. */
    public List<String> terms(String text) {
        return tokens(text).stream().map(Token::term).toList();
    }

    /** The terms of a text with their positions; stop words leave gaps, as they do in the index. */
    public List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        analyze(text, (term, position) -> tokens.add(new Token(term, position)));
        return tokens;
    }

    /**
     * Every term of a text with its position, in order, without collecting them.
     *
     * @return the position increment after the last term: stop words at the end leave a gap, which the index adds
     *         before the next value of the same field
     */
    public int forEachPosition(String text, ObjIntConsumer<String> action) {
        return analyze(text, action);
    }

    /** Every term of a text, in order, without collecting them. */
    public void forEachTerm(String text, Consumer<String> action) {
        analyze(text, (term, position) -> action.accept(term));
    }

    private int analyze(String text, ObjIntConsumer<String> action) {
        try (TokenStream stream = tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                action.accept(term.toString(), position);
            }
            stream.end();
            return increment.getPositionIncrement();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail on I/O", e);
        }
    }

    /** Is this folded, lower-case word a stop word? */
    public static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word);
    }

    /** The stop words, folded, in order: the browser drops the same ones. */
    public static List<String> stopWords() {
        return STOP_WORDS.stream().map(w -> new String((char[]) w)).sorted().toList();
    }

    /**
     * The body is indexed one section a value, each value {@value #SECTION_GAP} positions after the previous:
     * a phrase cannot run from one section into the next, and a position divided by the gap is its section.
     */
    @Override
    public int getPositionIncrementGap(String fieldName) {
        return SearchField.BODY.fieldName().equals(fieldName) ? SECTION_GAP : 0;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
        if (lastStage != Stage.FOLD) {
            stream = new StopFilter(stream, STOP_WORDS);
        }
        if (lastStage == Stage.MAP) {
            stream = new KnownTermsFilter(stream, knownTerms, stemmer);
        } else if (lastStage == Stage.STEM) {
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
