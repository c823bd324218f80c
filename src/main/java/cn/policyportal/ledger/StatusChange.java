package cn.policyportal.ledger;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A change of a measure's status that a person recorded.
 *
 * @param id         order of recording
 * @param measureId  the measure
 * @param status     {@link #COMPLETED} or {@link #REOPENED}
 * @param note       what the person wrote
 * @param date       the day the change took effect
 * @param recordedAt when it was recorded
 */
public record StatusChange(long id, String measureId, String status, String note, LocalDate date, Instant recordedAt) {

    /** The measure is done. */
    public static final String COMPLETED = "completed";
    /** A completion is withdrawn: the measure is open again. */
    public static final String REOPENED = "reopened";

    public boolean completed() {
        return COMPLETED.equals(status);
    }
}
