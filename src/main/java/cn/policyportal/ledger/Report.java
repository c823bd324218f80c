package cn.policyportal.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A department's report on one measure in one round.
 *
 * @param state        完成情况 code, or {@code null} in a draft that has none yet
 * @param progress     进展情况
 * @param expectedDate 预计完成时间, or {@code null}
 * @param status       review status code: draft, submitted, returned, accepted
 * @param reason       why it was returned, or {@code null}
 * @param author       who last saved it
 */
public record Report(long id, long roundId, String measureId, String state, String stateLabel, String progress,
                     LocalDate expectedDate, String status, String statusLabel, String reason, String author,
                     Instant updatedAt, List<Evidence> evidence) {

    public Report {
        evidence = List.copyOf(evidence);
    }

    ReportStatus reviewStatus() {
        return ReportStatus.ofCode(status);
    }
}
