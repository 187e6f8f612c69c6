package nl.soneta.site.language;

import java.util.List;

/**
 * The counts behind the readability of a text, and the figures made from them.
 *
 * @param longSentences sentences of more than {@link #LONG_SENTENCE} words
 * @param longWords     words of at least {@link #LONG_WORD} syllables
 * @param lixLongWords  words of more than six letters, as the LIX index counts them
 */
public record ReadingFigures(int sentences, int words, int syllables, int longSentences, int longWords,
                             int lixLongWords) {
    /**
     * B1 advice ("Direct duidelijk", the Dutch government's writing guide, and the B1 guides that follow it) puts a
     * plain sentence at about 10 to 15 words; a sentence of more than 20 words is one that a B1 reader often has to
     * read twice.
     */
    public static final int LONG_SENTENCE = 20;
    /**
     * A long word is one of four or more syllables. A Dutch word that long is nearly always a compound
     * ("vrijwilligersvergoeding") or a Latin derivation ("participatie", "toegankelijkheid"): the two kinds that B1
     * advice asks to split or to replace by a common word. Counting letters instead (13 or more) would call
     * "schoonmaakster" long but not "informatie", and measures spelling rather than what the reader has to
     * decode; syllables are also what the Flesch-Douma score counts.
     */
    public static final int LONG_WORD = 4;
    private static final int LIX_LONG_WORD = 6;

    static ReadingFigures of(List<String> blocks) {
        int sentences = 0;
        int words = 0;
        int syllables = 0;
        int longSentences = 0;
        int longWords = 0;
        int lixLongWords = 0;
        for (String block : blocks) {
            for (String sentence : DutchSentences.split(block)) {
                List<String> sentenceWords = DutchSentences.words(sentence);
                sentences++;
                words += sentenceWords.size();
                if (sentenceWords.size() > LONG_SENTENCE) {
                    longSentences++;
                }
                for (String word : sentenceWords) {
                    int count = syllablesOf(word);
                    syllables += count;
                    if (count >= LONG_WORD) {
                        longWords++;
                    }
                    if (word.length() > LIX_LONG_WORD) {
                        lixLongWords++;
                    }
                }
            }
        }
        return new ReadingFigures(sentences, words, syllables, longSentences, longWords, lixLongWords);
    }

    /** A figure such as "1.250" or "2023" is read as one unit, so it counts as a word of one syllable. */
    private static int syllablesOf(String word) {
        return word.chars().anyMatch(Character::isLetter) ? DutchSyllables.count(word) : 1;
    }

    public boolean isEmpty() {
        return sentences == 0;
    }

    public double wordsPerSentence() {
        return (double) words / sentences;
    }

    public double syllablesPerWord() {
        return (double) syllables / words;
    }

    public double longSentenceShare() {
        return (double) longSentences / sentences;
    }

    public double longWordShare() {
        return (double) longWords / words;
    }

    /**
     * Douma's (1960) Dutch version of the Flesch reading ease: higher is easier. About 60 to 70 reads as plain
     * text for most adults; below 50 is hard.
     */
    public double fleschDouma() {
        return 206.835 - 0.93 * wordsPerSentence() - 77 * syllablesPerWord();
    }

    /** Björnsson's LIX: words per sentence plus the percentage of words over six letters; above 45 is hard. */
    public double lix() {
        return wordsPerSentence() + 100.0 * lixLongWords / words;
    }
}
