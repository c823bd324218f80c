package cn.policyportal.ledger;

import java.util.List;

/**
 * A measure as a department sees it in a round.
 *
 * @param duty   {@code lead} when the caller's department leads it (and reports), {@code assist}
 *               when it assists (and may add a note), {@code office} for the office and leaders, who see every measure
 * @param report the report of the round, or {@code null} when none is saved yet
 * @param notes  the assisting departments' notes of the round (协办意见)
 */
public record MyMeasure(MeasureView measure, String duty, Report report, List<Note> notes) {

    public MyMeasure {
        notes = List.copyOf(notes);
    }

    /** A measure with no notes to show beside it. */
    public MyMeasure(MeasureView measure, String duty, Report report) {
        this(measure, duty, report, List.of());
    }
}
