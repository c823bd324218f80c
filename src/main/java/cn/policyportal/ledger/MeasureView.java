package cn.policyportal.ledger;

import java.time.LocalDate;
import java.util.List;

import cn.policyportal.measures.Deadline;

/**
 * A measure as the API shows it: its fields, its status on the asked day and its history.
 *
 * @param status      status code, such as {@code overdue}
 * @param statusLabel the status in Chinese, such as 已逾期
 * @param url         the link to the unit the measure comes from
 * @param corrections the departments set by hand, oldest first, or {@code null} when they are as read
 */
public record MeasureView(String id, String docId, String docTitle, String path, String category, String task,
                          String text, List<String> leadLeaders, List<String> coLeaders, List<String> leadDepts,
                          List<String> assistDepts, Deadline deadline, LocalDate due, String status,
                          String statusLabel, List<StatusChange> history, String url,
                          List<DepartmentCorrection> corrections) {
}
