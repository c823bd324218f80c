package cn.policyportal.versions;

import java.time.Instant;

/**
 * An admin's override of one document's validity, as recorded.
 *
 * @param status the status set, or {@code null} when the override was withdrawn and the text decides again
 * @param reason why, in the admin's words
 */
public record ValidityChange(long id, String docId, ValidityStatus status, String reason, Instant recordedAt) {
}
