package cn.policyportal.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * The facet values of every document of an index reader, read from doc values once so that a
 * search counts them from plain arrays. Only documents, not their units, have facet values, so
 * the doc values are sparse and reading them cost a search through their index for every field
 * of every matching document (about a tenth of a search's collection).
 */
final class FacetOrdinals {

    /**
     * One field in one segment.
     *
     * @param values the field's values by value number
     * @param docs   the documents that have a value, in increasing order
     * @param starts where each of those documents' value numbers begin in {@code ords}, one more
     *               entry than {@code docs} for the end of the last
     * @param ords   the value numbers of every document, one document after another
     */
    record Column(String[] values, int[] docs, int[] starts, int[] ords) {

        /** The position of {@code doc} in {@link #docs} at or after {@code from}, or where it would be, negated minus one. */
        int find(int doc, int from) {
            return Arrays.binarySearch(docs, from, docs.length, doc);
        }
    }

    private final List<String> fields;
    /** Columns by segment (its ord in the reader) and field. */
    private final Column[][] columns;

    FacetOrdinals(IndexReader reader, List<String> fields) throws IOException {
        this.fields = List.copyOf(fields);
        List<LeafReaderContext> leaves = reader.leaves();
        this.columns = new Column[leaves.size()][];
        for (LeafReaderContext leaf : leaves) {
            Column[] segment = new Column[fields.size()];
            for (int f = 0; f < fields.size(); f++) {
                segment[f] = read(DocValues.getSortedSet(leaf.reader(), fields.get(f)));
            }
            columns[leaf.ord] = segment;
        }
    }

    List<String> fields() {
        return fields;
    }

    /** The columns of {@code leaf}'s segment, in the order of {@link #fields()}. */
    Column[] columns(LeafReaderContext leaf) {
        return columns[leaf.ord];
    }

    private static Column read(SortedSetDocValues dv) throws IOException {
        String[] values = new String[(int) dv.getValueCount()];
        for (int ord = 0; ord < values.length; ord++) {
            values[ord] = dv.lookupOrd(ord).utf8ToString();
        }
        IntStream.Builder docs = IntStream.builder();
        IntStream.Builder starts = IntStream.builder();
        IntStream.Builder ords = IntStream.builder();
        int count = 0;
        for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
            docs.add(doc);
            starts.add(count);
            for (int k = 0; k < dv.docValueCount(); k++, count++) {
                ords.add((int) dv.nextOrd());
            }
        }
        starts.add(count);
        return new Column(values, docs.build().toArray(), starts.build().toArray(), ords.build().toArray());
    }
}
