package nl.soneta.site.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.ScoreDoc;

/**
 * The browser's ranking rules (see the search package-info) written in Java over the exported term scores,
 * without Lucene's query machinery: if this ranks like Lucene, the rules are right; the browser test then holds
 * the JavaScript to the same ranking. Phrases are checked with Lucene's positions here, as the browser checks
 * them with the exported ones.
 */
final class ExportedRanking {
    private ExportedRanking() {
    }

    static List<ScoreDoc> top(SiteIndex index, SearchRequest request, int limit) {
        QueryPlan plan = QueryPlan.of(request.text(), request.typing(), index.vocabulary(), index::docFreq);
        if (plan.isEmpty() || plan.matchesNothing()) {
            return List.of();
        }
        Map<Integer, double[]> sums = new HashMap<>();
        Set<Integer> optionalMatches = new HashSet<>();
        Map<Integer, Integer> requiredMatches = new HashMap<>();
        long required = plan.clauses().stream().filter(Clause::required).count();
        for (Clause clause : plan.clauses()) {
            TermPostings postings = index.postings(clause.term());
            for (int i = 0; i < postings.docs().length; i++) {
                double[] sum = sums.computeIfAbsent(postings.docs()[i], d -> new double[2]);
                sum[clause.required() ? 0 : 1] += (double) (postings.scores()[i] * clause.boost());
                if (clause.required()) {
                    requiredMatches.merge(postings.docs()[i], 1, Integer::sum);
                } else {
                    optionalMatches.add(postings.docs()[i]);
                }
            }
        }
        Set<Integer> phraseDocs = plan.phrases().isEmpty() ? null : phraseMatches(index, plan);
        List<ScoreDoc> hits = new ArrayList<>();
        sums.forEach((doc, sum) -> {
            boolean matches = required == 0 || requiredMatches.getOrDefault(doc, 0) == required;
            SearchDocument document = index.documents().get(doc);
            matches &= request.kinds().isEmpty() || request.kinds().contains(document.kind().slug());
            matches &= request.themes().isEmpty() || document.themes().stream().anyMatch(request.themes()::contains);
            matches &= phraseDocs == null || phraseDocs.contains(doc);
            if (matches) {
                float requiredScore = (float) sum[0];
                float optionalScore = (float) sum[1];
                float score = required == 0 ? optionalScore
                        : optionalMatches.contains(doc) ? requiredScore + optionalScore : requiredScore;
                hits.add(new ScoreDoc(doc, score));
            }
        });
        hits.sort(Comparator.comparingDouble((ScoreDoc h) -> -h.score).thenComparingInt(h -> h.doc));
        return List.copyOf(hits.subList(0, Math.min(limit, hits.size())));
    }

    /** Documents with every phrase in some field. */
    private static Set<Integer> phraseMatches(SiteIndex index, QueryPlan plan) {
        Set<Integer> docs = null;
        for (List<Token> phrase : plan.phrases()) {
            Set<Integer> withPhrase = new HashSet<>();
            BooleanQuery.Builder fields = new BooleanQuery.Builder();
            for (SearchField field : SearchField.values()) {
                PhraseQuery.Builder builder = new PhraseQuery.Builder();
                phrase.forEach(t -> builder.add(new Term(field.fieldName(), t.term()), t.position()));
                fields.add(builder.build(), BooleanClause.Occur.SHOULD);
            }
            try {
                for (ScoreDoc hit : index.searcher().search(fields.build(), index.documents().size()).scoreDocs) {
                    withPhrase.add(hit.doc);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (docs == null) {
                docs = withPhrase;
            } else {
                docs.retainAll(withPhrase);
            }
        }
        return docs;
    }
}
