package cn.policyportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts, over every matching document, how many have each value of some fields. The counts
 * follow the query and its filters, so a facet never promises hits that are not there.
 */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, Map<String, Map<String, Long>>> {

    private final FacetOrdinals table;

    FacetCounts(FacetOrdinals table) {
        this.table = table;
    }

    /** The counts over the documents {@code docs} (Lucene ids), found by other means than a query. */
    static Map<String, Map<String, Long>> over(FacetOrdinals table, IndexSearcher searcher, List<Integer> docs)
            throws IOException {
        FacetCounts counts = new FacetCounts(table);
        Counter counter = counts.newCollector();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafCollector leaf = null;
        int current = -1;
        for (int doc : docs.stream().sorted().toList()) {
            int ord = ReaderUtil.subIndex(doc, leaves);
            if (ord != current) {
                leaf = counter.getLeafCollector(leaves.get(ord));
                current = ord;
            }
            leaf.collect(doc - leaves.get(ord).docBase);
        }
        return counts.reduce(List.of(counter));
    }

    @Override
    public Counter newCollector() {
        return new Counter(table);
    }

    @Override
    public Map<String, Map<String, Long>> reduce(Collection<Counter> counters) {
        counters.forEach(Counter::flush);
        Map<String, Map<String, Long>> merged = new LinkedHashMap<>();
        for (int f = 0; f < table.fields().size(); f++) {
            Map<String, Long> total = new HashMap<>();
            for (Counter counter : counters) {
                counter.counts.get(f).forEach((value, n) -> total.merge(value, n, Long::sum));
            }
            merged.put(table.fields().get(f), mostFirst(total));
        }
        return merged;
    }

    private static Map<String, Long> mostFirst(Map<String, Long> counts) {
        List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> ordered = new LinkedHashMap<>();
        entries.forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    /** Counts value numbers per segment, turning them into values when the segment is done. */
    static final class Counter extends SimpleCollector {
        private final FacetOrdinals table;
        /** Value counts by field, in the order of the table's fields. */
        private final List<Map<String, Long>> counts = new ArrayList<>();
        private FacetOrdinals.Column[] columns;
        /** Per field, where in its column the search for the next collected document starts. */
        private int[] from;
        private long[][] ordinalCounts;

        Counter(FacetOrdinals table) {
            this.table = table;
            table.fields().forEach(f -> counts.add(new HashMap<>()));
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
            flush();
            columns = table.columns(context);
            from = new int[columns.length];
            ordinalCounts = new long[columns.length][];
            for (int f = 0; f < columns.length; f++) {
                ordinalCounts[f] = new long[columns[f].values().length];
            }
        }

        /** Documents come in increasing order, so each field's search starts after the last one found. */
        @Override
        public void collect(int doc) {
            for (int f = 0; f < columns.length; f++) {
                FacetOrdinals.Column column = columns[f];
                int at = column.find(doc, from[f]);
                if (at < 0) {
                    from[f] = -at - 1;
                    continue;
                }
                from[f] = at + 1;
                for (int k = column.starts()[at]; k < column.starts()[at + 1]; k++) {
                    ordinalCounts[f][column.ords()[k]]++;
                }
            }
        }

        /** Adds the current segment's counts by value number to the counts by value. */
        void flush() {
            if (columns == null) {
                return;
            }
            for (int f = 0; f < columns.length; f++) {
                String[] values = columns[f].values();
                for (int ord = 0; ord < values.length; ord++) {
                    if (ordinalCounts[f][ord] > 0) {
                        counts.get(f).merge(values[ord], ordinalCounts[f][ord], Long::sum);
                    }
                }
            }
            columns = null;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
