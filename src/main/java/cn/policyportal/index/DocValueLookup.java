package cn.policyportal.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;


/**
 * Reads the doc values a page of hits needs — a document's id, a unit's kind, path, label, title,
 * parents and text — one Lucene document at a time, without decompressing any stored field.
 */
public final class DocValueLookup {

    private DocValueLookup() {
    }

    /** A unit's metadata as {@link Fields#UNIT_META} holds it. */
    public record UnitMeta(String kind, UnitRef ref) {
    }

    /** The document id of each document (parent) of {@code docs}, {@code null} where there is none. */
    public static String[] docIds(IndexSearcher searcher, int[] docs) throws IOException {
        return read(searcher, docs, reader -> {
            SortedDocValues values = reader.getSortedDocValues(Fields.DOC_ID_VALUE);
            return values == null ? null
                    : doc -> values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : null;
        });
    }

    /** The binary doc value {@code field} of Lucene document {@code doc} as text, or {@code null}. */
    public static String text(IndexSearcher searcher, int doc, String field) throws IOException {
        return texts(searcher, new int[] {doc}, field)[0];
    }

    /**
     * The binary doc value {@code field} of each of {@code docs} (in any order) as text, {@code null}
     * where there is none. Each reader allocates a buffer as long as the field's longest value, a
     * whole article or more, so opening one per value would cost more than the reads.
     */
    public static String[] texts(IndexSearcher searcher, int[] docs, String field) throws IOException {
        return read(searcher, docs, reader -> {
            BinaryDocValues values = reader.getBinaryDocValues(field);
            return values == null ? null : doc -> values.advanceExact(doc) ? values.binaryValue().utf8ToString() : null;
        });
    }

    /** A segment's values of one field, read forward: the value of a document, or {@code null}. */
    private interface SegmentValues {
        String at(int doc) throws IOException;
    }

    /** Opens a segment's {@link SegmentValues}, or {@code null} when the segment has none. */
    private interface SegmentReader {
        SegmentValues open(LeafReader reader) throws IOException;
    }

    /**
     * The value of each of {@code docs} (in any order), read in document order with one reader per
     * segment, since doc values are read forward only.
     */
    private static String[] read(IndexSearcher searcher, int[] docs, SegmentReader segments) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Integer[] order = new Integer[docs.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> docs[i]));
        String[] read = new String[docs.length];
        int current = -1;
        SegmentValues values = null;
        for (int i : order) {
            int leaf = ReaderUtil.subIndex(docs[i], leaves);
            if (leaf != current) {
                current = leaf;
                values = segments.open(leaves.get(leaf).reader());
            }
            if (values != null) {
                read[i] = values.at(docs[i] - leaves.get(leaf).docBase);
            }
        }
        return read;
    }

    /** The metadata of the unit at Lucene id {@code doc}, or {@code null}. */
    public static UnitMeta unit(IndexSearcher searcher, int doc) throws IOException {
        return units(searcher, new int[] {doc})[0];
    }

    /** The metadata of each unit of {@code docs} (in any order), {@code null} where there is none. */
    public static UnitMeta[] units(IndexSearcher searcher, int[] docs) throws IOException {
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
}
