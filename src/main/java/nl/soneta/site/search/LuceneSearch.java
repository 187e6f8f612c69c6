package nl.soneta.site.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Runs a query on the real Lucene index, with Lucene's own scoring and ranking. This is the reference: the
 * browser, working from the exported index, must give the same documents in the same order.
 */
public final class LuceneSearch {
    private final SiteIndex index;

    public LuceneSearch(SiteIndex index) {
        this.index = index;
    }

    /** The best {@code limit} documents, best first (equal scores: lower document number first). */
    public List<ScoreDoc> top(SearchRequest request, int limit) {
        QueryPlan plan = QueryPlan.of(request.text(), request.typing(), index.vocabulary(), index::docFreq);
        if (plan.isEmpty()) {
            return List.of();
        }
        try {
            return List.of(index.searcher().search(query(plan, request), limit).scoreDocs);
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory index cannot fail on I/O", e);
        }
    }

    static Query query(QueryPlan plan, SearchRequest request) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        if (plan.matchesNothing()) {
            words.add(new MatchNoDocsQuery(), Occur.MUST);
        }
        for (Clause clause : plan.clauses()) {
            Query term = SiteIndex.termQuery(clause.term());
            words.add(clause.boost() == 1f ? term : new BoostQuery(term, clause.boost()),
                    clause.required() ? Occur.MUST : Occur.SHOULD);
        }
        for (List<Token> phrase : plan.phrases()) {
            words.add(phraseInAnyField(phrase), Occur.FILTER);
        }
        Query query = words.build();
        if (request.kinds().isEmpty() && request.themes().isEmpty()) {
            return query;
        }
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(query, Occur.MUST);
        if (!request.kinds().isEmpty()) {
            filtered.add(anyOf(SiteIndex.KIND_FIELD, request.kinds()), Occur.FILTER);
        }
        if (!request.themes().isEmpty()) {
            filtered.add(anyOf(SiteIndex.THEME_FIELD, request.themes()), Occur.FILTER);
        }
        return filtered.build();
    }

    private static Query phraseInAnyField(List<Token> phrase) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        for (SearchField field : SearchField.values()) {
            PhraseQuery.Builder builder = new PhraseQuery.Builder();
            phrase.forEach(word -> builder.add(new Term(field.fieldName(), word.term()), word.position()));
            fields.add(builder.build(), Occur.SHOULD);
        }
        return fields.build();
    }

    private static Query anyOf(String field, Set<String> values) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(value -> any.add(new TermQuery(new Term(field, value)), Occur.SHOULD));
        return any.build();
    }
}
