package nl.soneta.site.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.soneta.site.markdown.BodyText;
import nl.soneta.site.testing.RealSiteIndex;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
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
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The index is written from words analysed once and kept ({@link DocumentTokens}), not from text. It must hold
 * exactly what analysing the text would give: the same terms in every field, in the same documents, at the same
 * positions (stop words at the end of a body part shift the next part), with the same norms.
 */
class StoredTokensIndexTest {

    @Test
    void holdsTheTermsPositionsAndNormsThatAnalysingTheTextGives() throws IOException {
        SiteIndex index = RealSiteIndex.get();
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(index.analyzer())
                    .setMergePolicy(new LogDocMergePolicy()))) {
                for (SearchDocument document : index.documents()) {
                    writer.addDocument(analysed(document));
                }
                writer.forceMerge(1);
            }
            try (DirectoryReader reference = DirectoryReader.open(directory)) {
                LeafReader expected = reference.leaves().get(0).reader();
                long positions = 0;
                for (SearchField field : SearchField.values()) {
                    positions += assertSameField(field.fieldName(), expected, index.reader());
                }
                assertTrue(positions > 10_000, "the real content has many words: " + positions);
            }
        }
    }

    /** How the index was written before: every field's text through the analyzer, the body a value per part. */
    private static Document analysed(SearchDocument document) {
        Document doc = new Document();
        BodyText text = document.body().text();
        Map<SearchField, String> texts = document.texts(text);
        for (SearchField field : SearchField.values()) {
            if (field != SearchField.BODY) {
                doc.add(new TextField(field.fieldName(), texts.get(field), Field.Store.NO));
            }
        }
        for (String part : SearchDocument.bodyParts(text)) {
            doc.add(new TextField(SearchField.BODY.fieldName(), part, Field.Store.NO));
        }
        return doc;
    }

    /** @return the number of positions compared */
    private static long assertSameField(String field, LeafReader expected, LeafReader actual) throws IOException {
        Terms expectedTerms = expected.terms(field);
        Terms actualTerms = actual.terms(field);
        assertNotNull(expectedTerms, field);
        assertNotNull(actualTerms, field);
        assertEquals(expectedTerms.size(), actualTerms.size(), field + ": number of terms");
        TermsEnum expectedEnum = expectedTerms.iterator();
        TermsEnum actualEnum = actualTerms.iterator();
        long positions = 0;
        for (BytesRef term = expectedEnum.next(); term != null; term = expectedEnum.next()) {
            BytesRef other = actualEnum.next();
            assertEquals(term.utf8ToString(), other == null ? null : other.utf8ToString(), field);
            positions += assertSamePostings(field + ":" + term.utf8ToString(),
                    expectedEnum.postings(null, PostingsEnum.POSITIONS), actualEnum.postings(null, PostingsEnum.POSITIONS));
        }
        assertEquals(norms(expected.getNormValues(field), expected.maxDoc()), norms(actual.getNormValues(field), actual.maxDoc()),
                field + ": norms");
        return positions;
    }

    private static long assertSamePostings(String what, PostingsEnum expected, PostingsEnum actual) throws IOException {
        long positions = 0;
        for (int doc = expected.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = expected.nextDoc()) {
            assertEquals(doc, actual.nextDoc(), what);
            assertEquals(expected.freq(), actual.freq(), what + " in " + doc);
            for (int i = 0; i < expected.freq(); i++) {
                assertEquals(expected.nextPosition(), actual.nextPosition(), what + " in " + doc);
                positions++;
            }
        }
        assertEquals(DocIdSetIterator.NO_MORE_DOCS, actual.nextDoc(), what);
        return positions;
    }

    private static List<Long> norms(NumericDocValues values, int maxDoc) throws IOException {
        List<Long> norms = new ArrayList<>();
        for (int doc = 0; doc < maxDoc; doc++) {
            norms.add(values != null && values.advanceExact(doc) ? values.longValue() : -1L);
        }
        return norms;
    }
}
