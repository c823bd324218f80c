package cn.policyportal.ledger;

import java.time.Instant;

/**
 * A file attached to a report as evidence; its bytes stay in the database beside the report.
 *
 * @param sha256 the file's SHA-256, hexadecimal: what an auditor checks a copy against
 * @param size   bytes
 */
public record Evidence(long id, long reportId, String name, String contentType, String sha256, long size,
                       Instant uploadedAt, String uploadedBy) {
}
