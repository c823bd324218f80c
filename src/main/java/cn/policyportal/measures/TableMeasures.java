package cn.policyportal.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Measures laid out as a table, as Word and HTML 分工表 do: a header row names the columns
 * (序号 | 任务 | 牵头单位 | 配合单位 | 完成时限), and every following row with a task is a measure.
 * A row with a single filled cell is a category heading for the rows below it, unless a column
 * (类别) names each row's category.
 */
final class TableMeasures {

    private static final Pattern TASK = Pattern.compile("任务|举措|工作内容|事项|工作要点|措施");
    private static final Pattern LEAD = Pattern.compile("牵头|责任单位|责任部门|主责");
    private static final Pattern ASSIST = Pattern.compile("配合|协助|参与|协办");
    private static final Pattern DEADLINE = Pattern.compile("时限|时间|期限|进度");
    private static final Pattern LEADER = Pattern.compile("领导");
    private static final Pattern CATEGORY = Pattern.compile("类别|分类|方面|板块");

    private TableMeasures() {
    }

    /** The columns a header row names; -1 where there is none. */
    record Columns(int task, int leader, int coLeader, int lead, int assist, int deadline, int category) {

        /**
         * Reads a header row. A column of leaders is told apart first, so that 配合院领导 is not taken
         * for the assisting departments, nor 牵头院领导 for the lead ones.
         */
        static Columns of(List<String> header) {
            int task = -1, leader = -1, coLeader = -1, lead = -1, assist = -1, deadline = -1, category = -1;
            for (int c = 0; c < header.size(); c++) {
                String h = header.get(c);
                if (LEADER.matcher(h).find()) {
                    if (ASSIST.matcher(h).find()) {
                        coLeader = coLeader < 0 ? c : coLeader;
                    } else if (leader < 0) {
                        leader = c;
                    }
                } else if (LEAD.matcher(h).find() && lead < 0) {
                    lead = c;
                } else if (ASSIST.matcher(h).find() && assist < 0) {
                    assist = c;
                } else if (DEADLINE.matcher(h).find() && deadline < 0) {
                    deadline = c;
                } else if (TASK.matcher(h).find() && task < 0) {
                    task = c;
                } else if (CATEGORY.matcher(h).find() && category < 0) {
                    category = c;
                }
            }
            return new Columns(task, leader, coLeader, lead, assist, deadline, category);
        }

        boolean usable() {
            return task >= 0 && lead >= 0;
        }
    }

    static List<Measure> of(String docId, List<List<List<String>>> tables, Departments departments) {
        List<Measure> measures = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            measures.addAll(ofTable(docId, "table" + (t + 1), tables.get(t), departments));
        }
        return measures;
    }

    /**
     * The measures of one table. A Word table's merged cell reaches the extracted text in its first
     * row only, so a row without a category or lead department has those of the row above: every
     * task has a lead, and an empty 配合单位 or 完成时限 may well be empty, so those stay as they are.
     */
    private static List<Measure> ofTable(String docId, String name, List<List<String>> rows, Departments departments) {
        int headerRow = headerRow(rows);
        if (headerRow < 0) {
            return List.of();
        }
        Columns columns = Columns.of(rows.get(headerRow));
        List<Measure> measures = new ArrayList<>();
        String category = null;
        String lead = "";
        for (int r = headerRow + 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            long filled = row.stream().filter(c -> !c.isBlank()).count();
            String task = cell(row, columns.task());
            if (filled == 1 && task.isBlank()) {
                category = row.stream().filter(c -> !c.isBlank()).findFirst().orElse(null);
                continue;
            }
            if (task.isBlank()) {
                continue;
            }
            category = orAbove(cell(row, columns.category()), category);
            lead = orAbove(cell(row, columns.lead()), lead);
            String path = name + "/r" + r;
            measures.add(new Measure(Measure.idOf(docId, path), docId, path, category, firstLine(task), task,
                    PlanMeasures.people(cell(row, columns.leader())), PlanMeasures.people(cell(row, columns.coLeader())),
                    departments.split(lead), departments.split(cell(row, columns.assist())),
                    Deadlines.parse(cell(row, columns.deadline()))));
        }
        return measures;
    }

    private static String orAbove(String value, String above) {
        return value.isEmpty() ? above : value;
    }

    private static int headerRow(List<List<String>> rows) {
        for (int r = 0; r < Math.min(rows.size(), 3); r++) {
            if (Columns.of(rows.get(r)).usable()) {
                return r;
            }
        }
        return -1;
    }

    private static String cell(List<String> row, int column) {
        return column >= 0 && column < row.size() ? row.get(column).strip() : "";
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse(text);
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }
}
