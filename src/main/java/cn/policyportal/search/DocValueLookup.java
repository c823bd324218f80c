package cn.policyportal.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;

import cn.policyportal.index.Fields;

/**
 * Reads the doc values a page of hits needs — a document's id, a unit's kind, path, label, title,
 * parents and text — one Lucene document at a time, without decompressing any stored field.
 */
final class DocValueLookup {

    private DocValueLookup() {
    }

    /** A unit's metadata as {@link Fields#UNIT_META} holds it. */
    record UnitMeta(String kind, UnitRef ref) {
    }

    /** The document id of each document (parent) of {@code docs}, {@code null} where there is none. */
    static String[] docIds(IndexSearcher searcher, int[] docs) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        String[] ids = new String[docs.length];
        int current = -1;
        SortedDocValues values = null;
        for (int i : inDocOrder(docs)) {
            int leaf = ReaderUtil.subIndex(docs[i], leaves);
            if (leaf != current) {
                current = leaf;
                values = leaves.get(leaf).reader().getSortedDocValues(Fields.DOC_ID_VALUE);
            }
            if (values != null && values.advanceExact(docs[i] - leaves.get(leaf).docBase)) {
                ids[i] = values.lookupOrd(values.ordValue()).utf8ToString();
            }
        }
        return ids;
    }

    /** The binary doc value {@code field} of Lucene document {@code doc} as text, or {@code null}. */
    static String text(IndexSearcher searcher, int doc, String field) throws IOException {
        return texts(searcher, new int[] {doc}, field)[0];
    }

    /**
     * The binary doc value {@code field} of each of {@code docs} (in any order) as text, {@code null}
     * where there is none, read with one reader per segment: each reader allocates a buffer as long
     * as the field's longest value, a whole article or more, so one per value costs more than the reads.
     */
    static String[] texts(IndexSearcher searcher, int[] docs, String field) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        String[] texts = new String[docs.length];
        int current = -1;
        BinaryDocValues values = null;
        for (int i : inDocOrder(docs)) {
            int leaf = ReaderUtil.subIndex(docs[i], leaves);
            if (leaf != current) {
                current = leaf;
                values = leaves.get(leaf).reader().getBinaryDocValues(field);
            }
            if (values != null && values.advanceExact(docs[i] - leaves.get(leaf).docBase)) {
                texts[i] = values.binaryValue().utf8ToString();
            }
        }
        return texts;
    }

    /** The metadata of the unit at Lucene id {@code doc}, or {@code null}. */
    static UnitMeta unit(IndexSearcher searcher, int doc) throws IOException {
        return units(searcher, new int[] {doc})[0];
    }

    /** The metadata of each unit of {@code docs} (in any order), {@code null} where there is none. */
    static UnitMeta[] units(IndexSearcher searcher, int[] docs) throws IOException {
        String[] metas = texts(searcher, docs, Fields.UNIT_META);
        UnitMeta[] units = new UnitMeta[docs.length];
        for (int i = 0; i < docs.length; i++) {
            units[i] = metas[i] == null ? null : unitMeta(metas[i]);
        }
        return units;
    }

    private static UnitMeta unitMeta(String meta) {
        List<String> parts = Arrays.asList(meta.split(Fields.UNIT_META_SEPARATOR, -1));
        return new UnitMeta(parts.get(0), new UnitRef(parts.get(1), blankToNull(parts.get(2)), blankToNull(parts.get(3)),
                parts.subList(4, parts.size())));
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** The positions of {@code docs} in ascending order of document: doc values read forward only. */
    private static Integer[] inDocOrder(int[] docs) {
        Integer[] order = new Integer[docs.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> docs[i]));
        return order;
    }
}
