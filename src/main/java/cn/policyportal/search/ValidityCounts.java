package cn.policyportal.search;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

import cn.policyportal.snapshot.Snapshot;
import cn.policyportal.versions.ValidityStatus;

/**
 * Counts the matching documents by validity, the facet beside type and year. Validity is not a
 * field of the index (it follows the corpus, the day and admins' overrides), so each matching
 * document is looked up in the statuses of the day.
 */
final class ValidityCounts implements CollectorManager<ValidityCounts.Counter, Map<String, Long>> {

    private final Snapshot snapshot;
    private final Map<String, ValidityStatus> statuses;

    ValidityCounts(Snapshot snapshot, Map<String, ValidityStatus> statuses) {
        this.snapshot = snapshot;
        this.statuses = statuses;
    }

    /** The counts over {@code docs}, Lucene ids of documents a question found, in the order of {@link #reduce}. */
    static Map<String, Long> over(Snapshot snapshot, Map<String, ValidityStatus> statuses, List<Integer> docs) {
        ValidityCounts counts = new ValidityCounts(snapshot, statuses);
        Counter counter = counts.newCollector();
        docs.forEach(doc -> counter.count(doc));
        return counts.reduce(List.of(counter));
    }

    @Override
    public Counter newCollector() {
        return new Counter();
    }

    /** The counts in the order of {@link ValidityStatus}, statuses no document has left out. */
    @Override
    public Map<String, Long> reduce(Collection<Counter> counters) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ValidityStatus status : ValidityStatus.values()) {
            long n = counters.stream().mapToLong(c -> c.counts[status.ordinal()]).sum();
            if (n > 0) {
                counts.put(status.label(), n);
            }
        }
        return counts;
    }

    /** Counts one slice's documents by status. */
    final class Counter extends SimpleCollector {
        private final long[] counts = new long[ValidityStatus.values().length];
        private int docBase;

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
            docBase = context.docBase;
        }

        @Override
        public void collect(int doc) {
            count(docBase + doc);
        }

        private void count(int globalDoc) {
            ValidityStatus status = statuses.get(snapshot.idAt(globalDoc));
            if (status != null) {
                counts[status.ordinal()]++;
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
