package cn.policyportal.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Measures counted by one dimension.
 *
 * @param by      the dimension, such as {@code lead_dept}
 * @param asOf    the day statuses are computed for
 * @param total   how many measures match the filters (a measure with two lead departments counts
 *                once here and in both their buckets)
 * @param buckets the counts
 */
public record MeasureStats(String by, LocalDate asOf, int total, List<Bucket> buckets) {

    /**
     * @param key      the value, such as 人事局 or 2021-Q4
     * @param count    measures with it
     * @param byStatus the same measures by status code, when asked for
     */
    public record Bucket(String key, int count, Map<String, Integer> byStatus) {
    }
}
