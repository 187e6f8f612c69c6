package nl.soneta.site.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ObjIntConsumer;
import nl.soneta.site.content.ByteStore;
import nl.soneta.site.content.StoredBytes;
import nl.soneta.site.markdown.BodyText;

/**
 * Every document's words, analysed once: tokenised, lower-cased, folded and without stop words, each kept as the
 * number of its word and its position increment. The vocabulary needs every word of the site before any term is
 * known (plural repairs look at all words), so the words are analysed before indexing; indexing then reads them
 * back here instead of analysing all text a second time, and the related pages count a page's terms from them
 * instead of from term vectors. The numbers are kept in a {@link ByteStore}, a scratch file in a build.
 */
final class DocumentTokens {
    private final Map<String, Integer> idByWord = new ConcurrentHashMap<>();
    private final AtomicInteger nextId = new AtomicInteger();
    private final StoredBytes[] byDocument;

    private DocumentTokens(int documents) {
        this.byDocument = new StoredBytes[documents];
    }

    /**
     * The tokens of one field value: word numbers and position increments, side by side.
     *
     * @param endIncrement the gap that stop words at the end of the value leave before the field's next value
     */
    record Tokens(int[] words, int[] increments, int endIncrement) {
        int size() {
            return words.length;
        }
    }

    static DocumentTokens of(List<SearchDocument> documents, ByteStore store) {
        DocumentTokens tokens = new DocumentTokens(documents.size());
        documents.parallelStream().forEach(document -> tokens.byDocument[document.id()] = store.keep(tokens.encode(document)));
        return tokens;
    }

    /** Every distinct word of the site. */
    Set<String> words() {
        return idByWord.keySet();
    }

    /** The term of each word, by word number, as the index's analyzer gives it. */
    char[][] termsByNumber(Map<String, String> termByWord) {
        char[][] terms = new char[nextId.get()][];
        idByWord.forEach((word, id) -> terms[id] = termByWord.get(word).toCharArray());
        return terms;
    }

    /**
     * The tokens of every field of a document, in the order of {@link SearchField}: each field but the body has one
     * value, the body one per part ({@link SearchDocument#bodyParts}).
     */
    void forEachValue(int document, ObjIntConsumer<Tokens> action) {
        byte[] bytes = byDocument[document].read();
        int[] at = {0};
        for (SearchField field : SearchField.values()) {
            int values = field == SearchField.BODY ? readVarint(bytes, at) : 1;
            for (int v = 0; v < values; v++) {
                int count = readVarint(bytes, at);
                int[] words = new int[count];
                int[] increments = new int[count];
                for (int i = 0; i < count; i++) {
                    words[i] = readVarint(bytes, at);
                    increments[i] = readVarint(bytes, at);
                }
                action.accept(new Tokens(words, increments, readVarint(bytes, at)), field.ordinal());
            }
        }
    }

    /**
     * How often each term occurs in a document's body: its word numbers are sorted and counted in runs, and each
     * word's count goes to its term ({@code termNames}, by word number; several words can share a term).
     */
    Map<String, Integer> bodyTermCounts(int document, String[] termNames) {
        byte[] bytes = byDocument[document].read();
        int[] at = {0};
        int[] words = new int[64];
        int count = 0;
        for (SearchField field : SearchField.values()) {
            int values = field == SearchField.BODY ? readVarint(bytes, at) : 1;
            for (int v = 0; v < values; v++) {
                int tokens = readVarint(bytes, at);
                for (int i = 0; i < tokens; i++) {
                    int word = readVarint(bytes, at);
                    readVarint(bytes, at);
                    if (field == SearchField.BODY) {
                        words = count == words.length ? Arrays.copyOf(words, count * 2) : words;
                        words[count++] = word;
                    }
                }
                readVarint(bytes, at);
            }
        }
        Arrays.sort(words, 0, count);
        Map<String, Integer> byTerm = new HashMap<>();
        for (int start = 0, end; start < count; start = end) {
            end = start + 1;
            while (end < count && words[end] == words[start]) {
                end++;
            }
            byTerm.merge(termNames[words[start]], end - start, Integer::sum);
        }
        return byTerm;
    }

    private byte[] encode(SearchDocument document) {
        BodyText text = document.body().text();
        Map<SearchField, String> texts = document.texts(text);
        ByteWriter out = new ByteWriter();
        for (SearchField field : SearchField.values()) {
            if (field == SearchField.BODY) {
                List<String> parts = SearchDocument.bodyParts(text);
                out.varint(parts.size());
                parts.forEach(part -> encode(part, out));
            } else {
                encode(texts.get(field), out);
            }
        }
        return out.toArray();
    }

    private void encode(String text, ByteWriter out) {
        ByteWriter tokens = new ByteWriter();
        int[] count = {0};
        int[] previous = {-1};
        int endIncrement = SearchAnalyzer.words().forEachPosition(text, (word, position) -> {
            tokens.varint(idByWord.computeIfAbsent(word, w -> nextId.getAndIncrement()));
            tokens.varint(position - previous[0]);
            previous[0] = position;
            count[0]++;
        });
        out.varint(count[0]);
        out.append(tokens);
        out.varint(endIncrement);
    }

    private static int readVarint(byte[] bytes, int[] at) {
        int value = 0;
        int shift = 0;
        byte b;
        do {
            b = bytes[at[0]++];
            value |= (b & 0x7f) << shift;
            shift += 7;
        } while (b < 0);
        return value;
    }

    /** A growing array of 7-bit varints. */
    private static final class ByteWriter {
        private byte[] bytes = new byte[256];
        private int length;

        void varint(int value) {
            int rest = value;
            while (rest >= 0x80) {
                put((byte) (rest | 0x80));
                rest >>>= 7;
            }
            put((byte) rest);
        }

        void append(ByteWriter other) {
            ensure(other.length);
            System.arraycopy(other.bytes, 0, bytes, length, other.length);
            length += other.length;
        }

        private void put(byte b) {
            ensure(1);
            bytes[length++] = b;
        }

        private void ensure(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }

        byte[] toArray() {
            return Arrays.copyOf(bytes, length);
        }
    }
}
