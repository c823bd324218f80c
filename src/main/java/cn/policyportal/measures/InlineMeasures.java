package cn.policyportal.measures;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.policyportal.structure.DocumentStructure;
import cn.policyportal.structure.Unit;
import cn.policyportal.structure.UnitKind;

/**
 * Measures written as a task followed by its departments in parentheses, as State Council opinions
 * and many 分工方案 do: （发展改革委牵头，财政部等按职责分工负责）, （牵头单位：…；配合单位：…）,
 * （A、B、C按职责分工负责）, （A会同B负责）, （A负责，B配合）, （A指导，B负责落实）, each with or without a
 * deadline inside. In a list of responsible units the first-listed one leads when the document says
 * so (排在第一位的部门为牵头部门): in its own text, for every note; inside a note, for that note, and
 * for the notes after it too when the note adds 下同.
 */
final class InlineMeasures {

    private static final Pattern TRAILING_NOTE = Pattern.compile("[（(]([^（()）]{2,200})[)）][。；;]?$");
    /** Between clauses; 牵头、 ends one too (A牵头、B配合), where 、 cannot be a list's. */
    private static final Pattern CLAUSE = Pattern.compile("[，,；;。]|(?<=牵头)、");
    private static final Pattern LABEL = Pattern.compile("(牵头|责任|配合|协助|参与)(?:单位|部门)[：:]");
    /** What units are to do, after their names; the names are what comes before. */
    private static final String DUTY = "(?:按职责分工|按职责|依职责|分别|共同)?(?:(?:负责|抓好|认真|组织|推动)?(?:落实|实施)|负责)";
    private static final Pattern LEADS = Pattern.compile("^(.+?)牵头(?:负责|落实)?$");
    private static final Pattern TOGETHER_WITH = Pattern.compile("^(.+?)会同(.+?)" + DUTY + "?$");
    /** A unit that guides supports the units that carry the work out, named after it or in another clause. */
    private static final Pattern GUIDES = Pattern.compile("^(.+?)(?:负责|加强)?指导(.*?)" + DUTY + "?$");
    private static final Pattern ASSISTS = Pattern.compile("^(.+?)(?:配合|协助|参与)$");
    private static final Pattern RESPONSIBLE = Pattern.compile("^(.+?)" + DUTY + "$");
    private static final Pattern FIRST_LEADS = Pattern.compile(
            "(?:排在|列在?|排名|位列)(?:第一位?|首位)(?:的|者)?(?:部门|单位)?为牵头|第一(?:个|家)(?:部门|单位)为牵头");
    /** Remarks about other notes (下同, 以下…不再列出), which name no unit of this one. */
    private static final Pattern REMARK = Pattern.compile("下同|^以下|不再列出");
    private static final Pattern DEADLINE_PART = Pattern.compile(
            "\\d{4}\\s*年|“?十[一二三四五六七八九]?五”?|持续|长期|每年|年底|年内");

    private InlineMeasures() {
    }

    static List<Measure> of(String docId, DocumentStructure structure, List<String> allParagraphs, Departments departments) {
        Boolean firstLeads = null;
        boolean carriedOn = false;
        List<Measure> measures = new ArrayList<>();
        for (DocumentStructure.Located located : structure.flatten()) {
            Unit unit = located.unit();
            boolean whole = located.ancestors().stream().anyMatch(a -> a.kind() == UnitKind.ARTICLE);
            if (whole || unit.kind() == UnitKind.TASK || unit.kind() == UnitKind.NOTICE) {
                continue;
            }
            List<String> paragraphs = unit.paragraphs();
            for (int i = 0; i < paragraphs.size(); i++) {
                Matcher found = TRAILING_NOTE.matcher(paragraphs.get(i));
                Note note = found.find() ? note(found.group(1), departments) : null;
                if (note == null) {
                    continue;
                }
                // Read only once a note is found: most documents (laws, reports) have none.
                if (firstLeads == null) {
                    firstLeads = firstListedLeads(allParagraphs, departments);
                }
                Assignment assignment = note.assignment(firstLeads || carriedOn);
                carriedOn |= note.firstLeads() && note.carriedOn();
                String text = paragraphs.get(i).substring(0, found.start()).strip();
                String path = unit.path() + (paragraphs.size() > 1 ? "/m" + (i + 1) : "");
                String category = located.ancestors().isEmpty() ? null : located.ancestors().get(located.ancestors().size() - 1).heading();
                measures.add(new Measure(Measure.idOf(docId, path), docId, path, category, taskTitle(unit, text), text,
                        List.of(), List.of(), assignment.lead(), assignment.assist(), Deadlines.parse(assignment.deadline())));
            }
        }
        return measures;
    }

    /**
     * Whether the document's own text, outside its department notes, states that the first-listed
     * unit leads; a note that states it speaks for itself and, with 下同, for the notes after it.
     */
    private static boolean firstListedLeads(List<String> paragraphs, Departments departments) {
        return paragraphs.stream().anyMatch(p -> {
            Matcher found = TRAILING_NOTE.matcher(p);
            boolean departmentNote = found.find() && note(found.group(1), departments) != null;
            return FIRST_LEADS.matcher(departmentNote ? p.substring(0, found.start()) : p).find();
        });
    }

    /** Who leads, who assists and by when, as a parenthetical note states it. */
    record Assignment(List<String> lead, List<String> assist, String deadline) {
    }

    /**
     * What a note says, before the document's convention is applied: the units it says lead (牵头),
     * are responsible (负责) and assist (配合, 指导), its deadline, whether it states that the
     * first-listed unit leads and whether it says 下同.
     */
    record Note(List<String> lead, List<String> responsible, List<String> assist, String deadline,
                boolean firstLeads, boolean carriedOn) {

        Note {
            lead = List.copyOf(lead);
            responsible = List.copyOf(responsible);
            assist = List.copyOf(assist);
        }

        /**
         * Who leads and who assists: the units said to lead, else the responsible units — only the
         * first-listed of them when the first-listed unit leads; the others assist.
         */
        Assignment assignment(boolean firstListedLeads) {
            List<String> leads = !lead.isEmpty() ? lead
                    : (firstListedLeads || firstLeads) && !responsible.isEmpty() ? responsible.subList(0, 1)
                    : responsible;
            List<String> assists = Stream.concat(responsible.stream(), assist.stream())
                    .filter(u -> !leads.contains(u)).distinct().toList();
            return new Assignment(leads, assists, deadline);
        }
    }

    /** Reads a note's units, deadline and conventions, or {@code null} when the note names no unit. */
    static Note note(String text, Departments departments) {
        List<String> who = new ArrayList<>();
        List<String> when = new ArrayList<>();
        boolean firstLeads = false;
        boolean carriedOn = false;
        for (String part : CLAUSE.split(text)) {
            String clause = part.strip();
            if (FIRST_LEADS.matcher(clause).find()) {
                firstLeads = true;
            } else if (REMARK.matcher(clause).find()) {
                carriedOn |= clause.contains("下同");
            } else if (DEADLINE_PART.matcher(clause).find() && !clause.contains("牵头") && !clause.contains("负责")) {
                when.add(clause);
            } else if (!clause.isEmpty()) {
                who.add(clause);
            }
        }
        Map<Role, List<String>> units = !who.isEmpty() && LABEL.matcher(who.get(0)).lookingAt()
                ? labelled(String.join("，", who), departments)
                : roles(who, departments);
        if (units.values().stream().allMatch(List::isEmpty)) {
            return null;
        }
        return new Note(units.get(Role.LEAD), units.get(Role.RESPONSIBLE), units.get(Role.ASSIST),
                when.isEmpty() ? null : String.join("，", when), firstLeads, carriedOn);
    }

    /** What a note says units do. */
    private enum Role { LEAD, RESPONSIBLE, ASSIST }

    /** The units of a note written with labels: 牵头单位：…；配合单位：…, each list running to the next label. */
    private static Map<Role, List<String>> labelled(String text, Departments departments) {
        Map<Role, List<String>> units = emptyRoles();
        Matcher label = LABEL.matcher(text);
        boolean more = label.find();
        while (more) {
            Role role = label.group(1).equals("牵头") || label.group(1).equals("责任") ? Role.LEAD : Role.ASSIST;
            int from = label.end();
            more = label.find();
            units.get(role).addAll(departments.split(text.substring(from, more ? label.start() : text.length())));
        }
        return units;
    }

    /** The units of a note written as clauses: A牵头，B负责，C配合 — each clause says what its units do. */
    private static Map<Role, List<String>> roles(List<String> clauses, Departments departments) {
        Map<Role, List<String>> units = emptyRoles();
        for (String clause : clauses) {
            Matcher m;
            if ((m = LEADS.matcher(clause)).matches()) {
                units.get(Role.LEAD).addAll(departments.split(m.group(1)));
            } else if ((m = TOGETHER_WITH.matcher(clause)).matches()) {
                units.get(Role.LEAD).addAll(departments.split(m.group(1)));
                units.get(Role.ASSIST).addAll(departments.split(m.group(2)));
            } else if ((m = GUIDES.matcher(clause)).matches()) {
                units.get(Role.ASSIST).addAll(departments.split(m.group(1)));
                units.get(Role.RESPONSIBLE).addAll(departments.split(m.group(2)));
            } else if ((m = ASSISTS.matcher(clause)).matches()) {
                units.get(Role.ASSIST).addAll(departments.split(m.group(1)));
            } else if ((m = RESPONSIBLE.matcher(clause)).matches()) {
                units.get(Role.RESPONSIBLE).addAll(departments.split(m.group(1)));
            }
        }
        return units;
    }

    private static Map<Role, List<String>> emptyRoles() {
        Map<Role, List<String>> units = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            units.put(role, new ArrayList<>());
        }
        return units;
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
