package cn.policyportal.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of measures.
 *
 * @param asOf     the day the statuses are computed for
 * @param total    how many measures match
 * @param measures this page of them
 */
public record MeasurePage(LocalDate asOf, int total, List<MeasureView> measures) {
}
