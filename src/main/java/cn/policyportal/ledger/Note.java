package cn.policyportal.ledger;

import java.time.Instant;

/**
 * 协办意见: what an assisting department says of a measure in a round (how it helps, what it has
 * done), one per department, measure and round; the office reads it beside the lead department's report.
 *
 * @param department the assisting department it speaks for
 * @param author     who last saved it
 */
public record Note(long id, long roundId, String measureId, String department, String text, String author,
                   Instant updatedAt) {
}
