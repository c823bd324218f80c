package cn.policyportal.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * What a department sends for a measure.
 *
 * @param state        完成情况 code; may be blank in a draft
 * @param expectedDate 预计完成时间, or {@code null}
 * @param draft        saves without sending
 * @param files        evidence to add to what the report already holds
 */
public record ReportDraft(long roundId, String progress, String state, LocalDate expectedDate, boolean draft,
                          List<Upload> files) {

    public ReportDraft {
        files = List.copyOf(files);
    }
}
