package cn.policyportal.index;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import cn.policyportal.text.TextQuality;

/**
 * What one indexing run did.
 *
 * @param files    corpus files seen
 * @param indexed  files (re)indexed because they were new or changed
 * @param skipped  files left alone because their content hash was unchanged
 * @param removed  documents removed because their file is gone
 * @param failures files that could not be indexed, each with its reason
 * @param bytes    bytes of the files that were (re)indexed
 * @param elapsed  wall time of the run
 * @param quality  how well the text came out of each file (re)indexed, by path
 */
public record IndexSummary(
        int files,
        int indexed,
        int skipped,
        int removed,
        List<Failure> failures,
        long bytes,
        Duration elapsed,
        SortedMap<String, TextQuality> quality) {

    public IndexSummary {
        failures = List.copyOf(failures);
        quality = Collections.unmodifiableSortedMap(new TreeMap<>(quality));
    }

    /**
     * A file that could not be indexed.
     *
     * @param path         path relative to the corpus
     * @param reason       stable code such as {@code encrypted}
     * @param message      Chinese explanation for the people who maintain the corpus
     * @param keptPrevious whether an earlier version of the file stays searchable
     */
    public record Failure(String path, String reason, String message, boolean keptPrevious) {
    }
}
