package cn.policyportal.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.policyportal.structure.DocumentStructure;
import cn.policyportal.structure.Unit;
import cn.policyportal.structure.UnitKind;

/**
 * Measures written as a task followed by its departments in parentheses, as State Council opinions
 * and many 分工方案 do: （发展改革委牵头，财政部等按职责分工负责）, （牵头单位：…；配合单位：…）,
 * （A、B、C按职责分工负责） — the first-listed unit leads when the document says so (排在第一位的部门
 * 为牵头部门) — and （A会同B负责）, each with or without a deadline inside.
 */
final class InlineMeasures {

    private static final Pattern TRAILING_NOTE = Pattern.compile("[（(]([^（()）]{2,200})[)）][。；;]?$");
    private static final Pattern LABELLED = Pattern.compile(
            "^(?:牵头(?:单位|部门)|责任(?:单位|部门))[：:](.+?)(?:[；;，,]\\s*(?:配合|协助|参与)(?:单位|部门)[：:](.+))?$");
    private static final Pattern LEAD_THEN_OTHERS = Pattern.compile("^(.+?)牵头(?:[，,、]\\s*(.+?))?$");
    private static final Pattern TOGETHER_WITH = Pattern.compile("^(.+?)会同(.+?)$");
    private static final Pattern RESPONSIBLE = Pattern.compile("(?:按职责分工|分别|共同)?(?:负责|落实|参与|配合)$");
    private static final Pattern FIRST_LEADS = Pattern.compile(
            "(?:排在|列)第一位(?:的|者)?(?:部门|单位)?为牵头|第一(?:个|家)(?:部门|单位)为牵头");
    private static final Pattern DEADLINE_PART = Pattern.compile(
            "\\d{4}\\s*年|“?十[一二三四五六七八九]?五”?|持续|长期|每年|年底|年内");

    private InlineMeasures() {
    }

    /** Whether the document states that the first-listed unit leads. */
    static boolean firstListedLeads(List<String> paragraphs) {
        return paragraphs.stream().anyMatch(p -> FIRST_LEADS.matcher(p).find());
    }

    static List<Measure> of(String docId, DocumentStructure structure, List<String> allParagraphs, Departments departments) {
        Boolean firstLeads = null;
        List<Measure> measures = new ArrayList<>();
        for (DocumentStructure.Located located : structure.flatten()) {
            Unit unit = located.unit();
            boolean whole = located.ancestors().stream().anyMatch(a -> a.kind() == UnitKind.ARTICLE);
            if (whole || unit.kind() == UnitKind.TASK || unit.kind() == UnitKind.NOTICE) {
                continue;
            }
            List<String> paragraphs = unit.paragraphs();
            for (int i = 0; i < paragraphs.size(); i++) {
                Matcher note = TRAILING_NOTE.matcher(paragraphs.get(i));
                if (!note.find()) {
                    continue;
                }
                // Read only once a note is found: most documents (laws, reports) have none.
                if (firstLeads == null) {
                    firstLeads = firstListedLeads(allParagraphs);
                }
                Assignment assignment = assignment(note.group(1), firstLeads, departments);
                if (assignment == null) {
                    continue;
                }
                String text = paragraphs.get(i).substring(0, note.start()).strip();
                String path = unit.path() + (paragraphs.size() > 1 ? "/m" + (i + 1) : "");
                String category = located.ancestors().isEmpty() ? null : located.ancestors().get(located.ancestors().size() - 1).heading();
                measures.add(new Measure(Measure.idOf(docId, path), docId, path, category, taskTitle(unit, text), text,
                        List.of(), List.of(), assignment.lead(), assignment.assist(), Deadlines.parse(assignment.deadline())));
            }
        }
        return measures;
    }

    /** Who leads, who assists and by when, as a parenthetical note states it. */
    record Assignment(List<String> lead, List<String> assist, String deadline) {
    }

    /** Reads a note's departments and deadline, or {@code null} when the note assigns no one. */
    static Assignment assignment(String note, boolean firstLeads, Departments departments) {
        List<String> who = new ArrayList<>();
        List<String> when = new ArrayList<>();
        for (String part : note.split("[，,；;]")) {
            (DEADLINE_PART.matcher(part).find() && !part.contains("牵头") && !part.contains("负责") ? when : who).add(part.strip());
        }
        String deadline = when.isEmpty() ? null : String.join("，", when);
        String people = String.join("，", who).strip();
        Matcher labelled = LABELLED.matcher(people);
        if (labelled.matches()) {
            return new Assignment(departments.split(labelled.group(1)), departments.split(labelled.group(2)), deadline);
        }
        Matcher lead = LEAD_THEN_OTHERS.matcher(people);
        if (lead.matches()) {
            String others = lead.group(2) == null ? "" : RESPONSIBLE.matcher(lead.group(2)).replaceAll("");
            return new Assignment(departments.split(lead.group(1)), departments.split(others), deadline);
        }
        if (!RESPONSIBLE.matcher(people).find()) {
            return null;
        }
        String list = RESPONSIBLE.matcher(people).replaceAll("");
        Matcher together = TOGETHER_WITH.matcher(list);
        if (together.matches()) {
            return new Assignment(departments.split(together.group(1)), departments.split(together.group(2)), deadline);
        }
        List<String> units = departments.split(list);
        if (units.isEmpty()) {
            return null;
        }
        return firstLeads
                ? new Assignment(units.subList(0, 1), units.subList(1, units.size()), deadline)
                : new Assignment(units, List.of(), deadline);
    }

    /** A measure's title: its unit's heading, else the first sentence of its text. */
    private static String taskTitle(Unit unit, String text) {
        if (unit.title() != null && !unit.title().isBlank() && unit.kind() != UnitKind.PARAGRAPH) {
            return unit.title();
        }
        String stripped = text.replaceFirst("^[（(]?[一二三四五六七八九十0-9]+[)）、.．]\\s*", "");
        int stop = stripped.indexOf('。');
        String first = stop > 0 ? stripped.substring(0, stop) : stripped;
        return first.length() > 60 ? first.substring(0, 60) + "…" : first;
    }
}
