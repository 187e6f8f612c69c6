package nl.soneta.site.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A real Lucene index of the site, in memory: the reference the exported index is tested against, and the
 * source of related pages and spelling suggestions. Documents keep their numbers: doc id = {@link SearchDocument#id}.
 */
public final class SiteIndex {
    static final String KIND_FIELD = "kind";
    static final String THEME_FIELD = "theme";

    private final List<SearchDocument> documents;
    private final Vocabulary vocabulary;
    private final SearchAnalyzer analyzer;
    private final IndexSearcher searcher;
    private final LeafReader reader;
    private final Map<String, TermPostings> postings = new ConcurrentHashMap<>();

    private SiteIndex(List<SearchDocument> documents, Vocabulary vocabulary, SearchAnalyzer analyzer,
                      DirectoryReader reader) {
        this.documents = documents;
        this.vocabulary = vocabulary;
        this.analyzer = analyzer;
        this.reader = reader.leaves().get(0).reader();
        this.searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
        searcher.setQueryCache(null);
    }

    public static SiteIndex build(List<SearchDocument> documents, Stemmer stemmer) {
        Set<String> words = new TreeSet<>();
        SearchAnalyzer wordAnalyzer = SearchAnalyzer.words();
        for (SearchDocument document : documents) {
            for (SearchField field : SearchField.values()) {
                words.addAll(wordAnalyzer.terms(document.text(field)));
            }
        }
        Map<String, String> overrides = PluralOverrides.of(words, stemmer);
        Map<String, String> termByWord = new java.util.HashMap<>();
        for (String word : words) {
            termByWord.put(word, overrides.getOrDefault(word, stemmer.stem(word)));
        }
        SearchAnalyzer analyzer = SearchAnalyzer.stemming(stemmer, overrides);
        try {
            return new SiteIndex(documents, new Vocabulary(termByWord, stemmer), analyzer, write(documents, analyzer));
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory index cannot fail on I/O", e);
        }
    }

    /** One segment with documents in the order added, so that doc ids are the documents' numbers. */
    private static DirectoryReader write(List<SearchDocument> documents, SearchAnalyzer analyzer) throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setSimilarity(new BM25Similarity())
                .setMergePolicy(new LogDocMergePolicy())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (SearchDocument document : documents) {
                Document doc = new Document();
                for (SearchField field : SearchField.values()) {
                    doc.add(new TextField(field.fieldName(), document.text(field), Field.Store.NO));
                }
                doc.add(new StringField(KIND_FIELD, document.kind().slug(), Field.Store.NO));
                document.themes().forEach(theme -> doc.add(new StringField(THEME_FIELD, theme, Field.Store.NO)));
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
        }
        DirectoryReader reader = DirectoryReader.open(directory);
        if (reader.leaves().size() != 1 || reader.maxDoc() != documents.size()) {
            throw new IllegalStateException("the search index must be one segment with every document in order");
        }
        return reader;
    }

    /** A term in any field, each field with its boost: the unit the browser scores with. */
    static Query termQuery(String term) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        for (SearchField field : SearchField.values()) {
            fields.add(new BoostQuery(new TermQuery(new Term(field.fieldName(), term)), field.boost()),
                    BooleanClause.Occur.SHOULD);
        }
        return fields.build();
    }

    /** Which documents contain the term, and the score of the term in each (computed once, then kept). */
    TermPostings postings(String term) {
        return postings.computeIfAbsent(term, this::score);
    }

    private TermPostings score(String term) {
        try {
            Weight weight = searcher.createWeight(searcher.rewrite(termQuery(term)), ScoreMode.COMPLETE, 1f);
            Scorer scorer = weight.scorer(searcher.getIndexReader().leaves().get(0));
            if (scorer == null) {
                return new TermPostings(new int[0], new float[0]);
            }
            DocIdSetIterator iterator = scorer.iterator();
            // a disjunction's cost is the sum of its fields' document counts: never fewer than the matches
            int capacity = (int) Math.min(reader.maxDoc(), iterator.cost());
            int[] docIds = new int[capacity];
            float[] values = new float[capacity];
            int count = 0;
            for (int doc = iterator.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = iterator.nextDoc()) {
                docIds[count] = doc;
                values[count++] = scorer.score();
            }
            return new TermPostings(Arrays.copyOf(docIds, count), Arrays.copyOf(values, count));
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory index cannot fail on I/O", e);
        }
    }

    public int docFreq(String term) {
        return postings(term).docFreq();
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
