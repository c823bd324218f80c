package cn.policyportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.ToChildBlockJoinQuery;

import cn.policyportal.index.Fields;
import cn.policyportal.semantic.VectorIndex;

/**
 * The units that answer a question, best first, and the documents they belong to.
 *
 * <p>Lexically, a unit must hold a share of the question's words ({@link #SHARE}); when fewer than a
 * page of units do, the share is relaxed one word at a time, down to any one word, so a question
 * never ends on an empty page while the corpus holds one of its words. Two rankings (words, vectors)
 * are fused by reciprocal rank: each unit scores the sum of 1 / ({@link #RRF_K} + its rank) over the
 * rankings that hold it, which needs no calibration between BM25 scores and cosine similarities.
 */
final class QuestionRanking {

    /** How many units each ranking contributes. */
    static final int DEPTH = 100;
    /** The share of a question's words a unit holds before the share is relaxed. */
    static final double SHARE = 0.5;
    /** Fewer units than this make the share relax. */
    private static final int ENOUGH = 10;
    /** The usual constant of reciprocal-rank fusion: ranks past the first few differ little. */
    static final int RRF_K = 60;

    private QuestionRanking() {
    }

    /** How many of {@code n} words a unit must hold at first. */
    static int required(int n) {
        return Math.max(1, (int) Math.ceil(n * SHARE));
    }

    /**
     * The units that hold most of the question's words, best first, among the documents that
     * {@code documents} (a query on documents, or {@code null} for all) matches.
     */
    static List<ScoreDoc> lexical(IndexSearcher searcher, SearchQueries queries, Question question, Query documents)
            throws IOException {
        ScoreDoc[] found = new ScoreDoc[0];
        for (int share = required(question.words().size()); share >= 1; share--) {
            BooleanQuery.Builder units = new BooleanQuery.Builder()
                    .add(queries.question(question, share), BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_UNIT)), BooleanClause.Occur.FILTER);
            if (documents != null) {
                units.add(new ToChildBlockJoinQuery(documents, SearchQueries.DOCUMENTS), BooleanClause.Occur.FILTER);
            }
            found = searcher.search(units.build(), DEPTH).scoreDocs;
            if (found.length >= ENOUGH) {
                break;
            }
        }
        return List.of(found);
    }

    /**
     * The units of the lexical index that {@code neighbours} (found by meaning, best first) name, in
     * that order, among the documents {@code documents} matches (or all); a unit the lexical index no
     * longer holds is left out.
     */
    static List<ScoreDoc> vectors(IndexSearcher searcher, List<VectorIndex.Neighbour> neighbours, Query documents)
            throws IOException {
        List<ScoreDoc> found = new ArrayList<>();
        for (VectorIndex.Neighbour n : neighbours) {
            BooleanQuery.Builder unit = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.UNIT_KEY, n.unitKey())), BooleanClause.Occur.FILTER);
            if (documents != null) {
                unit.add(new ToChildBlockJoinQuery(documents, SearchQueries.DOCUMENTS), BooleanClause.Occur.FILTER);
            }
            ScoreDoc[] hit = searcher.search(unit.build(), 1).scoreDocs;
            if (hit.length > 0) {
                found.add(new ScoreDoc(hit[0].doc, n.score()));
            }
        }
        return found;
    }

    /** Reciprocal-rank fusion of rankings of the same units; a ranking alone keeps its order. */
    static List<ScoreDoc> fuse(List<List<ScoreDoc>> rankings) {
        Map<Integer, Float> scores = new LinkedHashMap<>();
        for (List<ScoreDoc> ranking : rankings) {
            for (int rank = 0; rank < ranking.size(); rank++) {
                scores.merge(ranking.get(rank).doc, 1f / (RRF_K + rank + 1), Float::sum);
            }
        }
        List<ScoreDoc> fused = new ArrayList<>();
        scores.forEach((doc, score) -> fused.add(new ScoreDoc(doc, score)));
        fused.sort((a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc));
        return fused;
    }

    /**
     * The units grouped by their document (the Lucene id of the block's parent), documents in the
     * order of their best unit, each document's units best first.
     */
    static LinkedHashMap<Integer, List<ScoreDoc>> byDocument(IndexSearcher searcher, List<ScoreDoc> units)
            throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LinkedHashMap<Integer, List<ScoreDoc>> byParent = new LinkedHashMap<>();
        Map<Integer, org.apache.lucene.util.BitSet> blocks = new HashMap<>();
        for (ScoreDoc unit : units) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(unit.doc, leaves));
            org.apache.lucene.util.BitSet parents = blocks.get(leaf.ord);
            if (parents == null) {
                parents = SearchQueries.DOCUMENTS.getBitSet(leaf);
                blocks.put(leaf.ord, parents);
            }
            int parent = leaf.docBase + parents.nextSetBit(unit.doc - leaf.docBase);
            byParent.computeIfAbsent(parent, p -> new ArrayList<>()).add(unit);
        }
        return byParent;
    }
}
