package cn.policyportal.accounts;

import java.time.Instant;

/**
 * One write, as the audit log keeps it.
 *
 * @param user   who: a username or {@link Actor#TOKEN_NAME}
 * @param action what, such as {@code report.submit}
 * @param target what it was done to: a measure, report, round or account
 * @param before the state before, as JSON, or {@code null} when there was none
 * @param after  the state after, as JSON, or {@code null} when nothing remains
 */
public record AuditEntry(long id, Instant at, String user, String action, String target, String before, String after) {
}
