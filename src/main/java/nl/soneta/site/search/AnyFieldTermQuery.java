package nl.soneta.site.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * One term in any field, scored as the sum of its fields as one float. Lucene would otherwise flatten such a
 * disjunction into an enclosing one and round the sum of all fields of all terms once, which differs in the
 * last bit from adding up per-term scores; the exported index holds per-term scores, so this keeps both equal.
 */
final class AnyFieldTermQuery extends Query {
    private final Query fields;

    AnyFieldTermQuery(Query fields) {
        this.fields = fields;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = fields.rewrite(searcher);
        return rewritten == fields ? this : new AnyFieldTermQuery(rewritten);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        return fields.createWeight(searcher, scoreMode, boost);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        fields.visit(visitor.getSubVisitor(BooleanClause.Occur.SHOULD, this));
    }

    @Override
    public String toString(String field) {
        return "anyField(" + fields.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && fields.equals(((AnyFieldTermQuery) other).fields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), fields);
    }
}
