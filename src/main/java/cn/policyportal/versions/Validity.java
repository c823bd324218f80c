package cn.policyportal.versions;

import java.time.LocalDate;

/**
 * A document's validity as of one day, and where it came from.
 *
 * @param status        现行有效, 已修改, 已废止 or 尚未生效
 * @param effectiveDate when the version takes effect, if its text says
 * @param supersededBy  for 已修改: the version now in force
 * @param repealedBy    for 已废止 from the text: the document that repeals it
 * @param source        {@code text} (derived from the corpus) or {@code admin} (an override)
 * @param provisional   whether the rule calls itself 试行 or 暂行
 * @param reason        for an override, the reason the admin gave
 */
public record Validity(ValidityStatus status, LocalDate effectiveDate, VersionRef supersededBy, VersionRef repealedBy,
                       String source, boolean provisional, String reason) {

    public static final String TEXT = "text";
    public static final String ADMIN = "admin";

    /** This validity with its status set by an admin for {@code reason}. */
    Validity overridden(ValidityStatus by, String reason) {
        return new Validity(by, effectiveDate, by == ValidityStatus.AMENDED ? supersededBy : null,
                by == ValidityStatus.REPEALED ? repealedBy : null, ADMIN, provisional, reason);
    }
}
