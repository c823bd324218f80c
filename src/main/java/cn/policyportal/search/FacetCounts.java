package cn.policyportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts, over every matching document, how many have each value of some doc-values fields. The
 * counts follow the query and its filters, so a facet never promises hits that are not there.
 */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, Map<String, Map<String, Long>>> {

    private final List<String> fields;

    FacetCounts(List<String> fields) {
        this.fields = List.copyOf(fields);
    }

    @Override
    public Counter newCollector() {
        return new Counter(fields);
    }

    @Override
    public Map<String, Map<String, Long>> reduce(Collection<Counter> counters) throws IOException {
        Map<String, Map<String, Long>> merged = new LinkedHashMap<>();
        for (String field : fields) {
            Map<String, Long> total = new HashMap<>();
            for (Counter counter : counters) {
                counter.flush();
                counter.counts.get(field).forEach((value, n) -> total.merge(value, n, Long::sum));
            }
            merged.put(field, mostFirst(total));
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

    /** Counts ordinals per segment, turning them into values when the segment is done. */
    static final class Counter extends SimpleCollector {
        private final List<String> fields;
        private final Map<String, Map<String, Long>> counts = new HashMap<>();
        private SortedSetDocValues[] values;
        private long[][] ordinalCounts;

        Counter(List<String> fields) {
            this.fields = fields;
            fields.forEach(f -> counts.put(f, new HashMap<>()));
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            values = new SortedSetDocValues[fields.size()];
            ordinalCounts = new long[fields.size()][];
            for (int i = 0; i < fields.size(); i++) {
                values[i] = DocValues.getSortedSet(context.reader(), fields.get(i));
                ordinalCounts[i] = new long[(int) values[i].getValueCount()];
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            for (int i = 0; i < values.length; i++) {
                SortedSetDocValues dv = values[i];
                if (dv.advanceExact(doc)) {
                    for (int k = 0; k < dv.docValueCount(); k++) {
                        ordinalCounts[i][(int) dv.nextOrd()]++;
                    }
                }
            }
        }

        /** Adds the current segment's ordinal counts to the value counts. */
        void flush() throws IOException {
            if (values == null) {
                return;
            }
            for (int i = 0; i < values.length; i++) {
                Map<String, Long> byValue = counts.get(fields.get(i));
                for (int ord = 0; ord < ordinalCounts[i].length; ord++) {
                    if (ordinalCounts[i][ord] > 0) {
                        byValue.merge(values[i].lookupOrd(ord).utf8ToString(), ordinalCounts[i][ord], Long::sum);
                    }
                }
            }
            values = null;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
