package cn.policyportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;

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
import org.apache.lucene.util.BitSet;

import cn.policyportal.index.DocValueLookup;
import cn.policyportal.index.Fields;
import cn.policyportal.semantic.VectorIndex;

/**
 * The units that answer a question, best first, and the documents they belong to.
 *
 * <p>Lexically, a unit must hold a share of the question's words ({@link #SHARE}); when fewer than a
 * page of units do, the share is relaxed one word at a time, down to any one word, so a question
 * never ends on an empty page while the corpus holds one of its words. The two rankings (words,
 * vectors) are combined by their scores ({@link #combine}).
 */
final class QuestionRanking {

    /** How many units the words contribute. */
    static final int DEPTH = 100;
    /**
     * How many units the vectors contribute: more than the words, since a national article's
     * nearest neighbours are often its local copies, and those are weighed down only after they
     * are found (over the 3,130 bench laws, 200 instead of 100 gave 2 more of the 158 judged
     * questions a right answer in the top ten; 400 gave none more).
     */
    static final int VECTOR_DEPTH = 200;
    /** The share of a question's words a unit holds before the share is relaxed. */
    static final double SHARE = 0.5;
    /** Fewer units than this make the share relax. */
    private static final int ENOUGH = 10;
    /**
     * How much the words count beside the meaning when both rank a question's units: the vectors
     * are the better judge of lay questions (their everyday words are not the law's), the words
     * add the units that name the law's own terms. Measured on the judged questions: 0.4 and 0.2
     * differ by one question; reciprocal-rank fusion, which weighs both alike, fell below the
     * vectors alone (Recall@10 0.66 against 0.68).
     */
    static final float WORDS_WEIGHT = 0.4f;
    /**
     * A document folds under its best unit only its units that are themselves among this many best
     * units: a question asks for articles, and a law's fourth-best match should not push another
     * law's best one off the page.
     */
    static final int FOLDED_WITHIN = 10;

    private QuestionRanking() {
    }

    /** How many of {@code n} words a unit must hold at first. */
    static int required(int n) {
        return Math.max(1, (int) Math.ceil(n * SHARE));
    }

    /**
     * How many of a question's words a unit must hold at first: the share of its words of two
     * characters or more. A single character (交, 钱, 找 where the dictionary knows no everyday word)
     * still scores where it occurs but is weak evidence, and requiring it would drop the article
     * that says 不收费 for a question that asks 要交钱吗.
     */
    static int required(Question question) {
        long words = question.words().stream().filter(w -> w.codePointCount(0, w.length()) > 1).count();
        return required((int) (words == 0 ? question.words().size() : words));
    }

    /**
     * The units that hold most of the question's words, best first, among the documents that
     * {@code documents} (a query on documents, or {@code null} for all) matches.
     */
    static List<ScoreDoc> lexical(IndexSearcher searcher, SearchQueries queries, Question question, Query documents)
            throws IOException {
        ScoreDoc[] found = new ScoreDoc[0];
        for (int share = required(question); share >= 1; share--) {
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

    /**
     * A convex combination of the two rankings' scores, each scaled to 0–1 over its own list: the
     * nearness in meaning, plus {@link #WORDS_WEIGHT} times the words' BM25 share of the best. A unit
     * the vectors did not return is at most as near as the last one they did, so it gets the
     * lowest nearness; a unit the words did not return gets no word share. Unlike reciprocal ranks,
     * the scores keep how much better the first answers are than the rest.
     */
    static List<ScoreDoc> combine(List<ScoreDoc> words, List<ScoreDoc> meaning) {
        Map<Integer, Float> scores = new LinkedHashMap<>();
        float top = (float) meaning.stream().mapToDouble(sd -> sd.score).max().orElse(1);
        float bottom = (float) meaning.stream().mapToDouble(sd -> sd.score).min().orElse(0);
        float range = Math.max(top - bottom, 1e-6f);
        meaning.forEach(sd -> scores.put(sd.doc, (sd.score - bottom) / range));
        float best = (float) words.stream().mapToDouble(sd -> sd.score).max().orElse(1);
        words.forEach(sd -> scores.merge(sd.doc, WORDS_WEIGHT * sd.score / best, Float::sum));
        List<ScoreDoc> combined = new ArrayList<>();
        scores.forEach((doc, score) -> combined.add(new ScoreDoc(doc, score)));
        combined.sort((a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc));
        return combined;
    }

    /**
     * The units without the repeats of a text ranked higher in the same rule ({@code ruleOf}, given
     * the Lucene id of the block's parent): an article unchanged between two versions of a rule is
     * one answer, and a page has room for ten. A local rule's copy of a national article stays: it
     * is another rule, for another place.
     */
    static List<ScoreDoc> distinct(IndexSearcher searcher, List<ScoreDoc> units, Map<Integer, Integer> parentOf,
            IntFunction<String> ruleOf) throws IOException {
        String[] texts = DocValueLookup.texts(searcher, units.stream().mapToInt(u -> u.doc).toArray(),
                Fields.UNIT_TEXT_VALUE);
        Set<String> seen = new HashSet<>();
        List<ScoreDoc> distinct = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            String text = texts[i] == null ? "" : texts[i];
            if (text.isEmpty() || seen.add(ruleOf.apply(parentOf.get(units.get(i).doc)) + "\n" + text)) {
                distinct.add(units.get(i));
            }
        }
        return distinct;
    }

    /**
     * The units with each score multiplied by the weight of its document ({@code weightOf}, given
     * the Lucene id of the block's parent), best first again.
     */
    static List<ScoreDoc> weighed(List<ScoreDoc> units, Map<Integer, Integer> parentOf, IntToDoubleFunction weightOf) {
        List<ScoreDoc> weighed = new ArrayList<>(units.size());
        for (ScoreDoc unit : units) {
            weighed.add(new ScoreDoc(unit.doc, (float) (unit.score * weightOf.applyAsDouble(parentOf.get(unit.doc)))));
        }
        weighed.sort((a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc));
        return weighed;
    }

    /**
     * The units grouped by their document (the Lucene id of the block's parent), documents in the
     * order of their best unit, each document's units best first: its best, then those among the
     * {@link #FOLDED_WITHIN} best units.
     */
    static LinkedHashMap<Integer, List<ScoreDoc>> byDocument(List<ScoreDoc> units, Map<Integer, Integer> parentOf) {
        LinkedHashMap<Integer, List<ScoreDoc>> byParent = new LinkedHashMap<>();
        for (int rank = 0; rank < units.size(); rank++) {
            ScoreDoc unit = units.get(rank);
            List<ScoreDoc> ofParent = byParent.get(parentOf.get(unit.doc));
            if (ofParent == null) {
                byParent.put(parentOf.get(unit.doc), new ArrayList<>(List.of(unit)));
            } else if (rank < FOLDED_WITHIN) {
                ofParent.add(unit);
            }
        }
        return byParent;
    }

    /**
     * The Lucene id of each unit's document, the parent that closes its block, by the unit's id:
     * found once for a question's units, however they are weighed, thinned and grouped after.
     */
    static Map<Integer, Integer> parents(IndexSearcher searcher, List<ScoreDoc> units) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<Integer, BitSet> blocks = new HashMap<>();
        Map<Integer, Integer> parents = new HashMap<>();
        for (ScoreDoc unit : units) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(unit.doc, leaves));
            BitSet ofLeaf = blocks.get(leaf.ord);
            if (ofLeaf == null) {
                ofLeaf = SearchQueries.DOCUMENTS.getBitSet(leaf);
                blocks.put(leaf.ord, ofLeaf);
            }
            parents.put(unit.doc, leaf.docBase + ofLeaf.nextSetBit(unit.doc - leaf.docBase));
        }
        return parents;
    }
}
