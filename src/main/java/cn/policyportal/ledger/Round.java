package cn.policyportal.ledger;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 报送轮次: a round in which departments report on the measures in scope.
 *
 * @param docId    the document whose measures are in scope, or {@code null} for every measure
 * @param openedBy who opened it
 */
public record Round(long id, String name, LocalDate due, String docId, Instant openedAt, String openedBy) {
}
