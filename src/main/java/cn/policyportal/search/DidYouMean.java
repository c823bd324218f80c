package cn.policyportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import cn.policyportal.index.Fields;

/**
 * When a query of several words finds nothing, the same query without the words that match
 * nothing on their own: 巡视整改 独角兽 → 巡视整改.
 */
final class DidYouMean {

    private DidYouMean() {
    }

    /** The narrower query that finds something, or {@code null}. */
    static String query(IndexSearcher searcher, SearchQueries queries, QueryText text, Map<String, String> filters)
            throws IOException {
        if (text.groups().size() < 2) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        for (List<QueryText.Term> group : text.groups()) {
            if (count(searcher, queries.inDocument(group), filters) > 0) {
                kept.add(String.join(" OR ", group.stream().map(t -> t.phrase() ? "\"" + t.text() + "\"" : t.text()).toList()));
            }
        }
        if (kept.isEmpty() || kept.size() == text.groups().size()) {
            return null;
        }
        return String.join(" ", kept);
    }

    private static int count(IndexSearcher searcher, Query query, Map<String, String> filters) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOC)), BooleanClause.Occur.FILTER);
        filters.forEach((f, v) -> b.add(new TermQuery(new Term(Facet.of(f).field(), v)), BooleanClause.Occur.FILTER));
        return searcher.count(b.build());
    }
}
