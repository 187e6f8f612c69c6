package nl.soneta.site.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.soneta.site.content.ByteStore;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;

/**
 * A real Lucene index of the site, in a temporary folder (see {@link IndexFolder}): the reference the exported index is tested against, and the
 * source of related pages and spelling suggestions. Documents keep their numbers: doc id = {@link SearchDocument#id}.
 */
public final class SiteIndex implements AutoCloseable {
    static final String KIND_FIELD = "kind";
    static final String THEME_FIELD = "theme";
    private static final double MOST_RAM_BUFFER_MB = 128;
    private static final double LEAST_RAM_BUFFER_MB = 16;
    /** Below this many documents a slice of its own costs more in merging than it gains in parallel. */
    private static final int MIN_SLICE = 500;

    private final List<SearchDocument> documents;
    private final Vocabulary vocabulary;
    private final SearchAnalyzer analyzer;
    private final IndexSearcher searcher;
    private final LeafReader reader;
    private final DirectoryReader directoryReader;
    private final IndexFolder folder;
    private final DocumentTokens tokens;
    /** The term of each word, by the word's number in {@link #tokens}. */
    private final String[] termNames;
    private final Map<String, Integer> docFreqs = new ConcurrentHashMap<>();
    private final Map<String, TermPostings> bodyPostings = new ConcurrentHashMap<>();

    private SiteIndex(List<SearchDocument> documents, Vocabulary vocabulary, SearchAnalyzer analyzer,
                      DirectoryReader reader, IndexFolder folder, DocumentTokens tokens, char[][] terms) {
        this.documents = documents;
        this.tokens = tokens;
        this.termNames = Arrays.stream(terms).map(String::new).toArray(String[]::new);
        this.vocabulary = vocabulary;
        this.analyzer = analyzer;
        this.directoryReader = reader;
        this.folder = folder;
        this.reader = reader.leaves().get(0).reader();
        this.searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
        searcher.setQueryCache(null);
    }

    public static SiteIndex build(List<SearchDocument> documents, Stemmer stemmer) {
        return build(documents, stemmer, ByteStore.MEMORY);
    }

    /** @param store where every document's analysed words wait for indexing */
    public static SiteIndex build(List<SearchDocument> documents, Stemmer stemmer, ByteStore store) {
        DocumentTokens tokens = DocumentTokens.of(documents, store);
        Map<String, String> overrides = PluralOverrides.of(tokens.words(), stemmer);
        Map<String, String> termByWord = tokens.words().parallelStream().collect(Collectors.toConcurrentMap(
                word -> word, word -> overrides.containsKey(word) ? overrides.get(word) : stemmer.stem(word)));
        SearchAnalyzer analyzer = SearchAnalyzer.mapped(stemmer, termByWord);
        char[][] terms = tokens.termsByNumber(termByWord);
        IndexFolder folder = IndexFolder.create();
        try {
            return new SiteIndex(documents, new Vocabulary(termByWord, stemmer), analyzer,
                    write(documents, tokens, terms, analyzer, folder), folder, tokens, terms);
        } catch (IOException | RuntimeException e) {
            folder.close();
            throw e instanceof IOException io ? new UncheckedIOException("cannot write the search index", io)
                    : (RuntimeException) e;
        }
    }

    /** Closes the index and deletes its files; the exported files and related pages must be made before. */
    @Override
    public void close() {
        try {
            directoryReader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            folder.close();
        }
    }

    /**
     * One segment with documents in the order added, so that doc ids are the documents' numbers. Analysis is
     * most of the work and one writer adds documents on one thread, so consecutive slices are indexed side by
     * side, each into its own segment, and then merged in slice order into one.
     */
    private static DirectoryReader write(List<SearchDocument> documents, DocumentTokens tokens, char[][] terms,
                                         SearchAnalyzer analyzer, IndexFolder folder) throws IOException {
        int slices = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), documents.size() / MIN_SLICE));
        int size = (documents.size() + slices - 1) / slices;
        List<Directory> parts = IntStream.range(0, slices).parallel()
                .mapToObj(i -> slice(documents.subList(Math.min(documents.size(), i * size),
                        Math.min(documents.size(), (i + 1) * size)), tokens, terms, analyzer,
                        folder.directory("slice-" + i)))
                .toList();
        Directory directory = folder.directory("index");
        try (IndexWriter writer = new IndexWriter(directory, writerConfig(analyzer))) {
            List<DirectoryReader> readers = new ArrayList<>();
            try {
                for (Directory part : parts) {
                    readers.add(DirectoryReader.open(part));
                }
                writer.addIndexes(readers.stream().flatMap(r -> r.leaves().stream())
                        .map(leaf -> (CodecReader) leaf.reader()).toArray(CodecReader[]::new));
            } finally {
                IOUtils.close(readers);
            }
            writer.forceMerge(1);
        } finally {
            IOUtils.close(parts);
        }
        for (int i = 0; i < parts.size(); i++) {
            folder.delete("slice-" + i);
        }
        DirectoryReader reader = DirectoryReader.open(directory);
        if (reader.leaves().size() != 1 || reader.maxDoc() != documents.size()) {
            throw new IllegalStateException("the search index must be one segment with every document in order");
        }
        return reader;
    }

    private static Directory slice(List<SearchDocument> documents, DocumentTokens tokens, char[][] terms,
                                   SearchAnalyzer analyzer, Directory directory) {
        try (IndexWriter writer = new IndexWriter(directory, writerConfig(analyzer))) {
            for (SearchDocument document : documents) {
                writer.addDocument(luceneDocument(document, tokens, terms));
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index", e);
        }
        return directory;
    }

    private static IndexWriterConfig writerConfig(SearchAnalyzer analyzer) {
        return new IndexWriterConfig(analyzer)
                .setSimilarity(new BM25Similarity())
                .setMergePolicy(new LogDocMergePolicy())
                .setRAMBufferSizeMB(ramBufferMb())
                .setUseCompoundFile(false)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    }

    /**
     * A writer's buffer for a slice. One flush for a site of thousands of pages is cheapest, since merging segments
     * afterwards costs more than the memory; but the writers of all slices together may take only a small share of
     * the heap, so that a build within a small heap (-Xmx384m) flushes more often instead of running out.
     */
    private static double ramBufferMb() {
        double heapShare = Runtime.getRuntime().maxMemory() / 1024.0 / 1024.0 / 8 / Runtime.getRuntime().availableProcessors();
        return Math.max(LEAST_RAM_BUFFER_MB, Math.min(MOST_RAM_BUFFER_MB, heapShare));
    }

    /**
     * The fields hold the stored tokens rather than text; the body has one value per part, and the analyzer's
     * position gap between them (see {@link SearchAnalyzer#getPositionIncrementGap}) still applies.
     */
    private static Document luceneDocument(SearchDocument document, DocumentTokens tokens, char[][] terms) {
        Document doc = new Document();
        SearchField[] fields = SearchField.values();
        tokens.forEachValue(document.id(), (values, field) -> doc.add(
                new Field(fields[field].fieldName(), new StoredTokenStream(values, terms), TextField.TYPE_NOT_STORED)));
        doc.add(new StringField(KIND_FIELD, document.kind().slug(), Field.Store.NO));
        document.themes().forEach(theme -> doc.add(new StringField(THEME_FIELD, theme, Field.Store.NO)));
        return doc;
    }

    /** A term in any field, each field with its boost: the unit the browser scores with. */
    static Query termQuery(String term) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        for (SearchField field : SearchField.values()) {
            fields.add(new BoostQuery(new TermQuery(new Term(field.fieldName(), term)), field.boost()),
                    BooleanClause.Occur.SHOULD);
        }
        return new AnyFieldTermQuery(fields.build());
    }

    /**
     * Which documents contain the term, and the score of the term in each, the way {@link #termQuery} scores it:
     * per field Lucene's own BM25 scorer with the field's boost, fed with the same statistics and norms, summed over
     * the fields in double and then rounded to float as Lucene's disjunction does. Worked out when asked, once per
     * term by the export, so that the scores of every term are never all in memory; a test holds them to the
     * query's scores.
     */
    TermPostings postings(String term) {
        try {
            ScoreSum sum = new ScoreSum();
            BytesRef bytes = new BytesRef(term);
            for (SearchField field : SearchField.values()) {
                Terms terms = reader.terms(field.fieldName());
                TermsEnum termsEnum = terms == null ? null : terms.iterator();
                if (termsEnum == null || !termsEnum.seekExact(bytes)) {
                    continue;
                }
                TermStatistics statistics = searcher.termStatistics(new Term(field.fieldName(), bytes),
                        termsEnum.docFreq(), termsEnum.totalTermFreq());
                Similarity.SimScorer scorer = searcher.getSimilarity().scorer(field.boost(),
                        searcher.collectionStatistics(field.fieldName()), statistics);
                int[] fieldDocs = new int[termsEnum.docFreq()];
                float[] fieldScores = new float[fieldDocs.length];
                int count = score(termsEnum.postings(null, PostingsEnum.FREQS), scorer,
                        reader.getNormValues(field.fieldName()), fieldDocs, fieldScores);
                sum.add(fieldDocs, fieldScores, count);
            }
            return sum.toPostings();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index", e);
        }
    }

    /** Scores each document of {@code postings} into {@code docs} and {@code scores}; returns how many there are. */
    private static int score(PostingsEnum postings, Similarity.SimScorer scorer, NumericDocValues norms, int[] docs,
                             float[] scores) throws IOException {
        int count = 0;
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            long norm = norms != null && norms.advanceExact(doc) ? norms.longValue() : 1L;
            docs[count] = doc;
            scores[count++] = scorer.score(postings.freq(), norm);
        }
        return count;
    }

    /**
     * A term's score in the body alone, in each document that has it, as a {@link TermQuery} on the body scores
     * it: what related pages add up. Worked out on first use, since only a page's most telling terms are asked.
     */
    TermPostings bodyPostings(String term) {
        return bodyPostings.computeIfAbsent(term, t -> {
            try {
                return scoreInBody(t);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the search index", e);
            }
        });
    }

    private TermPostings scoreInBody(String term) throws IOException {
        String field = SearchField.BODY.fieldName();
        Terms terms = reader.terms(field);
        TermsEnum termsEnum = terms == null ? null : terms.iterator();
        if (termsEnum == null || !termsEnum.seekExact(new BytesRef(term))) {
            return TermPostings.NONE;
        }
        TermStatistics statistics = searcher.termStatistics(new Term(field, term), termsEnum.docFreq(),
                termsEnum.totalTermFreq());
        Similarity.SimScorer scorer = searcher.getSimilarity().scorer(1f, searcher.collectionStatistics(field), statistics);
        int[] docs = new int[termsEnum.docFreq()];
        float[] scores = new float[docs.length];
        int count = score(termsEnum.postings(null, PostingsEnum.FREQS), scorer, reader.getNormValues(field), docs, scores);
        return new TermPostings(Arrays.copyOf(docs, count), Arrays.copyOf(scores, count));
    }

    /** A term's scores per document, added up over the fields as they come. */
    private static final class ScoreSum {
        private int[] docs = new int[0];
        private double[] sums = new double[0];

        /** Merges one field's postings (docs ascending) into the sums so far. */
        void add(int[] fieldDocs, float[] fieldScores, int count) {
            int[] mergedDocs = new int[docs.length + count];
            double[] mergedSums = new double[docs.length + count];
            int i = 0;
            int j = 0;
            int n = 0;
            while (i < docs.length || j < count) {
                if (j == count || (i < docs.length && docs[i] < fieldDocs[j])) {
                    mergedDocs[n] = docs[i];
                    mergedSums[n++] = sums[i++];
                } else if (i == docs.length || fieldDocs[j] < docs[i]) {
                    mergedDocs[n] = fieldDocs[j];
                    mergedSums[n++] = fieldScores[j++];
                } else {
                    mergedDocs[n] = docs[i];
                    mergedSums[n++] = sums[i++] + fieldScores[j++];
                }
            }
            docs = Arrays.copyOf(mergedDocs, n);
            sums = Arrays.copyOf(mergedSums, n);
        }

        TermPostings toPostings() {
            float[] scores = new float[docs.length];
            for (int i = 0; i < docs.length; i++) {
                scores[i] = (float) sums[i];
            }
            return new TermPostings(docs, scores);
        }
    }

    /** How often each term occurs in a document's body. */
    Map<String, Integer> bodyTermCounts(int doc) {
        return tokens.bodyTermCounts(doc, termNames);
    }

    /** In how many documents the term occurs, in any field. */
    public int docFreq(String term) {
        return docFreqs.computeIfAbsent(term, t -> postings(t).docFreq());
    }

    public List<SearchDocument> documents() {
        return documents;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    SearchAnalyzer analyzer() {
        return analyzer;
    }

    IndexSearcher searcher() {
        return searcher;
    }

    LeafReader reader() {
        return reader;
    }
}
