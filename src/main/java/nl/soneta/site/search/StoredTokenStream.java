package nl.soneta.site.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The tokens of one field value as {@link DocumentTokens} kept them, each word replaced by its term: the same
 * terms and positions the index's analyzer would give, without analysing the text again.
 */
final class StoredTokenStream extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final DocumentTokens.Tokens tokens;
    private final char[][] terms;
    private int next;

    StoredTokenStream(DocumentTokens.Tokens tokens, char[][] terms) {
        this.tokens = tokens;
        this.terms = terms;
    }

    @Override
    public boolean incrementToken() {
        if (next == tokens.size()) {
            return false;
        }
        clearAttributes();
        char[] text = terms[tokens.words()[next]];
        term.copyBuffer(text, 0, text.length);
        increment.setPositionIncrement(tokens.increments()[next]);
        next++;
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        increment.setPositionIncrement(tokens.endIncrement());
    }

    @Override
    public void reset() {
        next = 0;
    }
}
