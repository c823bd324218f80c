package cn.policyportal.measures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.policyportal.structure.DocumentStructure;
import cn.policyportal.structure.Unit;
import cn.policyportal.structure.UnitKind;

/**
 * The measures of a 分工方案 written as field lines: one per task, or one per numbered proposal
 * when a task's proposals carry their own 牵头部门 and 时间期限 (they inherit the task's leaders and
 * assisting departments).
 */
final class PlanMeasures {

    /** What a field line says about a measure. */
    enum Role { LEAD_LEADER, CO_LEADER, LEAD_DEPT, ASSIST_DEPT, TEXT, DEADLINE }

    private static final Map<String, Role> ROLES = Map.ofEntries(
            Map.entry("牵头院领导", Role.LEAD_LEADER), Map.entry("牵头领导", Role.LEAD_LEADER),
            Map.entry("配合院领导", Role.CO_LEADER), Map.entry("配合领导", Role.CO_LEADER),
            Map.entry("牵头部门", Role.LEAD_DEPT), Map.entry("牵头单位", Role.LEAD_DEPT),
            Map.entry("责任单位", Role.LEAD_DEPT), Map.entry("责任部门", Role.LEAD_DEPT),
            Map.entry("协助部门", Role.ASSIST_DEPT), Map.entry("配合部门", Role.ASSIST_DEPT),
            Map.entry("配合单位", Role.ASSIST_DEPT), Map.entry("协助单位", Role.ASSIST_DEPT),
            Map.entry("具体举措", Role.TEXT), Map.entry("工作举措", Role.TEXT), Map.entry("主要举措", Role.TEXT),
            Map.entry("时间期限", Role.DEADLINE), Map.entry("完成时限", Role.DEADLINE),
            Map.entry("完成时间", Role.DEADLINE), Map.entry("时间节点", Role.DEADLINE));
    private static final Pattern FIELD = Pattern.compile("^([\\p{IsHan}]{2,6})[：:]\\s*(.*)$");

    private PlanMeasures() {
    }

    static List<Measure> of(String docId, DocumentStructure structure, Departments departments) {
        List<Measure> measures = new ArrayList<>();
        for (DocumentStructure.Located located : structure.find(u -> u.kind() == UnitKind.TASK)) {
            Unit task = located.unit();
            String category = located.ancestors().isEmpty() ? null : located.ancestors().get(0).title();
            List<Unit> proposals = task.children().stream()
                    .filter(i -> i.paragraphs().stream().anyMatch(p -> role(p) == Role.LEAD_DEPT)).toList();
            Map<Role, String> fields = fields(withoutProposals(task.paragraphs(), proposals));
            if (proposals.isEmpty()) {
                measures.add(measure(docId, task.path(), category, task.title(), fields.getOrDefault(Role.TEXT, ""),
                        fields, fields, departments));
                continue;
            }
            for (Unit proposal : proposals) {
                Map<Role, String> own = fields(proposal.paragraphs());
                String text = proposal.paragraphs().get(0).replaceFirst("^[（(]\\d+[)）]\\s*", "");
                measures.add(measure(docId, proposal.path(), category, task.title(), text, own, fields, departments));
            }
        }
        return measures;
    }

    /** The task's own lines: its lines without the runs of lines that belong to its proposals. */
    private static List<String> withoutProposals(List<String> lines, List<Unit> proposals) {
        List<String> own = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (next < proposals.size() && lines.get(i).equals(proposals.get(next).paragraphs().get(0))) {
                i += proposals.get(next++).paragraphs().size() - 1;
            } else {
                own.add(lines.get(i));
            }
        }
        return own;
    }

    /**
     * The fields of a task's lines. Lines without a label continue the field before them (the
     * （1）（2） sub-items of 具体举措); proposals, with fields of their own, are read separately.
     */
    static Map<Role, String> fields(List<String> lines) {
        Map<Role, String> fields = new LinkedHashMap<>();
        Role current = null;
        for (String line : lines) {
            Matcher m = FIELD.matcher(line);
            Role role = m.matches() ? ROLES.get(m.group(1)) : null;
            if (role != null) {
                current = role;
                fields.merge(role, m.group(2).strip(), (a, b) -> a.isEmpty() ? b : a + "\n" + b);
            } else if (current == Role.TEXT) {
                fields.merge(Role.TEXT, line, (a, b) -> a.isEmpty() ? b : a + "\n" + b);
            } else {
                current = null;
            }
        }
        return fields;
    }

    private static Role role(String line) {
        Matcher m = FIELD.matcher(line);
        return m.matches() ? ROLES.get(m.group(1)) : null;
    }

    /** A measure whose own fields win over those it inherits from its task. */
    private static Measure measure(String docId, String path, String category, String task, String text,
                                   Map<Role, String> own, Map<Role, String> inherited, Departments departments) {
        return new Measure(Measure.idOf(docId, path), docId, path, category, task, text,
                people(pick(Role.LEAD_LEADER, own, inherited)), people(pick(Role.CO_LEADER, own, inherited)),
                departments.split(pick(Role.LEAD_DEPT, own, inherited)),
                departments.split(pick(Role.ASSIST_DEPT, own, inherited)),
                Deadlines.parse(pick(Role.DEADLINE, own, inherited)));
    }

    private static String pick(Role role, Map<Role, String> own, Map<Role, String> inherited) {
        return own.containsKey(role) ? own.get(role) : inherited.get(role);
    }

    static List<String> people(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return List.of(list.strip().split("\\s*[、，,；;\\s]\\s*"));
    }
}
