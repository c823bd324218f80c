package cn.policyportal.ledger;

import java.util.List;

/**
 * A report with the measure it is about, as the office reviews it.
 *
 * @param notes the assisting departments' notes on the measure in the same round (协办意见)
 */
public record ReportEntry(Report report, String task, List<String> leadDepts, String measureUrl, List<Note> notes) {

    public ReportEntry {
        notes = List.copyOf(notes);
    }
}
