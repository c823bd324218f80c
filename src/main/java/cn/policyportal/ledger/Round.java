package cn.policyportal.ledger;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 报送轮次: a round in which departments report on the measures in scope.
 *
 * @param docId    the document whose measures are in scope, or {@code null} for every measure (or a filter's)
 * @param filter   the measures filter the round was opened with, as a query string of {@code /measures}
 *                 (such as {@code lead_dept=科研处&status=overdue}); its measures were fixed when the round
 *                 opened. {@code null} for a round over every measure or one document's
 * @param scope    the scope in words, as the pages show it: 全部举措, 《…》中的举措, 牵头部门为科研处的举措，共12项
 * @param openedBy who opened it
 */
public record Round(long id, String name, LocalDate due, String docId, String filter, String scope, Instant openedAt,
                    String openedBy) {

    /** Whether the measures in scope were fixed at opening (a filter's) rather than read again on each use. */
    public boolean frozen() {
        return filter != null;
    }
}
