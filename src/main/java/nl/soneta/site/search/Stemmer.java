package nl.soneta.site.search;

import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.KpStemmer;

/** The two Dutch stemmers Lucene 9 ships; which one the site uses is decided by measured search quality. */
public enum Stemmer {
    SNOWBALL,
    KRAAIJ_POHLMANN;

    /** A new stemmer instance: Snowball stemmers keep state, so every token stream needs its own. */
    SnowballStemmer create() {
        return this == SNOWBALL ? new DutchStemmer() : new KpStemmer();
    }

    /** The stem of one folded, lower-case word. */
    public String stem(String word) {
        SnowballStemmer stemmer = create();
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
