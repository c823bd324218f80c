package cn.policyportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.BytesRef;

import cn.policyportal.index.Fields;

/**
 * The units of a page of hits that match a query, found in one search for the whole page: each
 * match is assigned to its document through the block structure (a unit's document is the next
 * parent after it), and each document keeps its best units.
 */
final class UnitMatches {

    private UnitMatches() {
    }

    /** For each document of {@code parents} (Lucene ids, by document id), its matching units, best first. */
    static Map<Integer, List<ScoreDoc>> of(IndexSearcher searcher, Query unitQuery, Collection<String> docIds)
            throws IOException {
        Query scoped = new BooleanQuery.Builder()
                .add(unitQuery, BooleanClause.Occur.MUST)
                .add(new TermInSetQuery(Fields.DOC_ID, docIds.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_UNIT)), BooleanClause.Occur.FILTER)
                .build();
        Map<Integer, List<ScoreDoc>> byParent = new HashMap<>();
        searcher.search(scoped, new SimpleCollector() {
            private Scorable scorer;
            private BitSet parents;
            private int base;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                parents = SearchQueries.DOCUMENTS.getBitSet(context);
                base = context.docBase;
            }

            @Override
            public void setScorer(Scorable scorer) {
                this.scorer = scorer;
            }

            @Override
            public void collect(int doc) throws IOException {
                int parent = base + parents.nextSetBit(doc);
                byParent.computeIfAbsent(parent, p -> new ArrayList<>()).add(new ScoreDoc(base + doc, scorer.score()));
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE;
            }
        });
        byParent.values().forEach(units -> units.sort((a, b) -> Float.compare(b.score, a.score)));
        return byParent;
    }
}
