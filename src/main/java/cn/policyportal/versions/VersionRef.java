package cn.policyportal.versions;

import java.time.LocalDate;

/**
 * One version of a rule as a list or a link names it.
 *
 * @param docId  the document holding it (for a code in several files, the first part's)
 * @param title  its title
 * @param date   the version's date, or {@code null} when none is known
 * @param label  how the version is named, such as 2023年修正
 * @param status its validity as of the answer's day, or {@code null} where the context says it
 */
public record VersionRef(String docId, String title, LocalDate date, String label, ValidityStatus status) {

    /** This reference without its status. */
    VersionRef bare() {
        return new VersionRef(docId, title, date, label, null);
    }
}
