package cn.policyportal.ledger;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import cn.policyportal.accounts.Actor;
import cn.policyportal.accounts.AuditLog;
import cn.policyportal.accounts.Database;
import cn.policyportal.accounts.Refusal;
import cn.policyportal.accounts.Role;

/**
 * 协办意见: an assisting department's note on a measure in a round. The lead department reports
 * and is reviewed; a department that assists does not report, but says how it helps, and the
 * office reads that beside the lead department's report. A note and its audit entry are one transaction.
 */
public final class Notes {

    private static final int MAX_TEXT = 2000;

    private final Database database;
    private final MeasureService measures;
    private final Workflow workflow;

    public Notes(Database database, MeasureService measures, Workflow workflow) {
        this.database = database;
        this.measures = measures;
        this.workflow = workflow;
    }

    /**
     * Saves the note of {@code by}'s assisting department on measure {@code measureId} in round
     * {@code roundId} (the newest when {@code null}), replacing the department's earlier note of the round.
     *
     * @throws Refusal 403 unless {@code by} reports for one of the measure's assisting departments,
     *                 422 for an empty or too long text, or a measure outside the round
     */
    public Note save(Actor by, String measureId, Long roundId, String text) throws IOException {
        Round round = workflow.round(roundId);
        MeasureView measure = measures.find(measureId, LocalDate.now());
        String department = assisting(by, measure);
        if (department == null) {
            throw Refusal.forbidden(refusal(by, measure));
        }
        workflow.requireInScope(round, measure);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw Refusal.unprocessable("请填写协办意见（text）：本部门配合做了什么、进展如何");
        }
        if (body.length() > MAX_TEXT) {
            throw Refusal.unprocessable("协办意见过长，请控制在 " + MAX_TEXT + " 字以内");
        }
        return database.write(tx -> {
            Note before = NoteStore.note(tx, round.id(), measureId, department);
            Note after = NoteStore.save(tx, round.id(), measureId, department, body, by.name());
            AuditLog.append(tx, by, "note.save", "note/" + after.id(), before, after);
            return after;
        });
    }

    /**
     * The notes on measure {@code measureId} in round {@code roundId} (the newest when {@code null}):
     * the office and leaders read every one, a reporter those on measures its departments lead or assist.
     */
    public List<Note> notes(Actor by, String measureId, Long roundId) throws IOException {
        Round round = workflow.round(roundId);
        MeasureView measure = measures.find(measureId, LocalDate.now());
        if (by.role() == Role.REPORTER && !by.leadsAny(measure.leadDepts()) && assisting(by, measure) == null) {
            throw Refusal.forbidden("只能查看本部门牵头或协助的举措的协办意见");
        }
        return database.read(tx -> NoteStore.notes(tx, round.id(), measureId));
    }

    /** The first of {@code by}'s departments that assists {@code m} without leading it, or {@code null}. */
    private static String assisting(Actor by, MeasureView m) {
        if (by.role() != Role.REPORTER) {
            return null;
        }
        return m.assistDepts().stream().filter(by.departments()::contains).filter(d -> !m.leadDepts().contains(d))
                .findFirst().orElse(null);
    }

    private static String refusal(Actor by, MeasureView m) {
        if (m.assistDepts().isEmpty()) {
            return "该举措没有协助部门，无需填写协办意见";
        }
        String assists = "（" + String.join("、", m.assistDepts()) + "）";
        if (by.leadsAny(m.leadDepts())) {
            return "本部门牵头该举措，请通过“报送进展”说明情况；协办意见由协助部门" + assists + "填写";
        }
        return "只有该举措的协助部门" + assists + "的填报人可以填写协办意见";
    }
}
