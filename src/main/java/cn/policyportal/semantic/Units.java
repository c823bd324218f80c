package cn.policyportal.semantic;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.util.BitSet;

import cn.policyportal.index.Fields;

/**
 * The units of the lexical index that get a vector, read from what the indexer stored: each
 * unit's key, its document, and the text embedded for it — the document's title, then the unit's
 * heading and text, so an article that never repeats its law's name (赡养人应当…) is still placed
 * among that law's subject. (The chapter headings above a unit were tried too: on the judged
 * questions they cost four points of Recall@10, generic headings such as 法律责任 pulling articles
 * of unrelated laws together.)
 */
final class Units {

    /** Units too short to mean anything on their own (an empty article, a bare heading) get no vector. */
    static final int MIN_CHARS = 8;
    /** Unit kinds that carry no content of their own to be found by: the colophon's 抄送 lines. */
    private static final Set<String> SKIPPED = Set.of("COLOPHON");
    private static final QueryBitSetProducer DOCUMENTS =
            new QueryBitSetProducer(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOC)));

    /** A unit to embed: its key, its document, the text embedded for it and that text's cache key. */
    record Unit(String key, String docId, String text, String textKey) {
    }

    /**
     * The units of an index: the keys of all that get a vector, and those of them whose vector is
     * missing or was made from another text. Only the latter keep their text, so a restart over a
     * large index with its vectors done holds keys, not texts.
     */
    record Scan(Set<String> wanted, List<Unit> missing) {
    }

    private Units() {
    }

    /**
     * The title as the subject of a unit's text: a date a file name adds, 劳动法(2018-12-29), says
     * nothing of the subject and would keep the versions of a law from sharing cached vectors.
     */
    static String subject(String title) {
        return title == null || title.isBlank() ? ""
                : "《" + title.strip().replaceAll("[（(]\\d{4}-\\d{2}-\\d{2}[）)]$", "") + "》";
    }

    /**
     * Every unit of the index {@code searcher} reads that gets a vector, given the text key of each
     * unit that has one ({@code existing}, by unit key).
     */
    static Scan of(IndexSearcher searcher, Map<String, String> existing) throws IOException {
        Set<String> wanted = new HashSet<>();
        List<Unit> missing = new ArrayList<>();
        Weight weight = searcher.createWeight(new TermQuery(new Term(Fields.KIND, Fields.KIND_UNIT)),
                ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            BitSet parents = DOCUMENTS.getBitSet(leaf);
            if (scorer == null || parents == null) {
                continue;
            }
            BinaryDocValues metas = leaf.reader().getBinaryDocValues(Fields.UNIT_META);
            BinaryDocValues texts = leaf.reader().getBinaryDocValues(Fields.UNIT_TEXT_VALUE);
            StoredFields stored = leaf.reader().storedFields();
            int parent = -1;
            String docId = null;
            String title = null;
            SortedDocValues ids = null;
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (doc > parent) {
                    parent = parents.nextSetBit(doc);
                    if (ids == null || ids.docID() > parent) {
                        ids = leaf.reader().getSortedDocValues(Fields.DOC_ID_VALUE);
                    }
                    docId = ids.advanceExact(parent) ? ids.lookupOrd(ids.ordValue()).utf8ToString() : null;
                    title = stored.document(parent, Set.of(Fields.TITLE)).get(Fields.TITLE);
                }
                if (docId == null || !metas.advanceExact(doc) || !texts.advanceExact(doc)) {
                    continue;
                }
                String[] meta = metas.binaryValue().utf8ToString().split(Fields.UNIT_META_SEPARATOR, -1);
                String text = texts.binaryValue().utf8ToString();
                if (SKIPPED.contains(meta[0]) || text.strip().length() < MIN_CHARS) {
                    continue;
                }
                String key = Fields.unitKey(docId, meta[1]);
                String embedded = subject(title) + text;
                String textKey = EmbeddingCache.key(embedded).hex();
                wanted.add(key);
                if (!textKey.equals(existing.get(key))) {
                    missing.add(new Unit(key, docId, embedded, textKey));
                }
            }
        }
        return new Scan(wanted, missing);
    }
}
