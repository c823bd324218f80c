package cn.policyportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSet;

import cn.policyportal.index.Fields;

/**
 * The units of a page of hits that match a query. A document's units are the block just before
 * it, so each hit's block is read directly: the unit query's matches are advanced to the block's
 * first document and read up to the parent, and no other document of the index is looked at.
 */
final class UnitMatches {

    private UnitMatches() {
    }

    /** For each of {@code parents} (Lucene ids of documents), its matching units, best first. */
    static Map<Integer, List<ScoreDoc>> of(IndexSearcher searcher, Query unitQuery, int[] parents)
            throws IOException {
        Query units = new BooleanQuery.Builder()
                .add(unitQuery, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_UNIT)), BooleanClause.Occur.FILTER)
                .build();
        Weight weight = searcher.createWeight(searcher.rewrite(units), ScoreMode.COMPLETE, 1f);
        int[] sorted = parents.clone();
        Arrays.sort(sorted);
        Map<Integer, List<ScoreDoc>> byParent = new HashMap<>();
        int next = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            int end = leaf.docBase + leaf.reader().maxDoc();
            int first = next;
            while (next < sorted.length && sorted[next] < end) {
                next++;
            }
            if (first < next) {
                collect(weight, leaf, Arrays.copyOfRange(sorted, first, next), byParent);
            }
        }
        byParent.values().forEach(matches -> matches.sort((a, b) -> Float.compare(b.score, a.score)));
        return byParent;
    }

    /** The matches in the blocks of {@code parents} (ascending, all in {@code leaf}). */
    private static void collect(Weight weight, LeafReaderContext leaf, int[] parents,
                                Map<Integer, List<ScoreDoc>> byParent) throws IOException {
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) {
            return;
        }
        BitSet blocks = SearchQueries.DOCUMENTS.getBitSet(leaf);
        DocIdSetIterator matches = scorer.iterator();
        for (int parent : parents) {
            int local = parent - leaf.docBase;
            int start = local == 0 ? 0 : blocks.prevSetBit(local - 1) + 1;
            int doc = matches.docID() >= start ? matches.docID() : matches.advance(start);
            for (; doc < local; doc = matches.nextDoc()) {
                byParent.computeIfAbsent(parent, p -> new ArrayList<>()).add(new ScoreDoc(leaf.docBase + doc, scorer.score()));
            }
        }
    }
}
