package cn.policyportal.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.policyportal.text.ChineseNumerals;

/**
 * Parses a 分工方案 written as field lines: category headings, each with tasks; a task is a title line
 * followed by field lines (牵头院领导：, 牵头部门：, 具体举措：, 时间期限： …). Numbered lines inside a
 * task — sub-items of 具体举措, or proposals with field lines of their own — are its children.
 *
 * <p>A line is a task title when a field line follows it, and a category heading when another plain
 * line (a task title) follows it.
 */
final class PlanParser {

    /** Field labels that start the lines of a task. */
    static final Set<String> FIELDS = Set.of("牵头院领导", "配合院领导", "牵头领导", "配合领导", "牵头部门", "协助部门",
            "配合部门", "牵头单位", "配合单位", "协助单位", "责任单位", "责任部门", "具体举措", "工作举措", "主要举措",
            "时间期限", "完成时限", "完成时间", "时间节点");
    private static final Pattern FIELD = Pattern.compile("^([\\p{IsHan}]{2,6})[：:]");

    private final Paths paths = new Paths();

    private PlanParser() {
    }

    /** The field label a paragraph starts with, or {@code null}. */
    static String fieldOf(String paragraph) {
        Matcher m = FIELD.matcher(paragraph);
        return m.find() && FIELDS.contains(m.group(1)) ? m.group(1) : null;
    }

    /** Whether {@code paragraphs} hold at least three field lines. */
    static boolean looksLikePlan(List<String> paragraphs) {
        return paragraphs.stream().filter(p -> fieldOf(p) != null).limit(3).count() == 3;
    }

    static List<Unit> parse(List<String> body) {
        return new PlanParser().units(body);
    }

    private List<Unit> units(List<String> body) {
        List<String> preamble = new ArrayList<>();
        List<Category> categories = new ArrayList<>();
        Task task = null;
        for (int i = 0; i < body.size(); i++) {
            String p = body.get(i);
            String next = i + 1 < body.size() ? body.get(i + 1) : null;
            boolean plain = fieldOf(p) == null && !isNumbered(p);
            boolean nextPlain = next != null && fieldOf(next) == null && !isNumbered(next);
            if (plain && next != null && fieldOf(next) != null && !p.endsWith("：")) {
                if (categories.isEmpty()) {
                    categories.add(new Category(paths.child(null, "c0"), 0, null));
                }
                task = categories.get(categories.size() - 1).newTask(p);
            } else if (plain && nextPlain && isHeading(p) && (task == null || task.hasFields())) {
                int number = categories.size() + (categories.isEmpty() || categories.get(0).number > 0 ? 1 : 0);
                categories.add(new Category(paths.child(null, "c" + number), number, p));
                task = null;
            } else if (task != null) {
                task.add(p);
            } else {
                preamble.add(p);
            }
        }
        List<Unit> result = new ArrayList<>();
        if (!preamble.isEmpty()) {
            result.add(new Unit(UnitKind.PREAMBLE, "preamble", "前言", null, null, 0, preamble, List.of()));
        }
        categories.forEach(c -> result.add(c.build()));
        return result;
    }

    private static boolean isNumbered(String p) {
        return Headings.ARABIC_ITEM.matcher(p).matches() || Headings.ITEM.matcher(p).matches();
    }

    private static boolean isHeading(String p) {
        return !p.endsWith("。") && !p.endsWith("：") && p.length() <= 80;
    }

    /** A category heading and its tasks; number 0 holds tasks that precede any heading. */
    private final class Category {
        final String path;
        final int number;
        final String title;
        final List<Task> tasks = new ArrayList<>();

        Category(String path, int number, String title) {
            this.path = path;
            this.number = number;
            this.title = title;
        }

        Task newTask(String title) {
            Task task = new Task(paths.child(path, "t" + (tasks.size() + 1)), title, tasks.size() + 1);
            tasks.add(task);
            return task;
        }

        Unit build() {
            return new Unit(UnitKind.CATEGORY, path, number == 0 ? null : ChineseNumerals.format(number) + "、",
                    title, number == 0 ? null : number, 0, List.of(), tasks.stream().map(Task::build).toList());
        }
    }

    /**
     * A task: its title, its lines, and the numbered items among them. After 具体举措： numbered
     * lines are sub-items of the measure; after a plain line ending in ： (向国家有关部门提出具体建议：)
     * they are proposals, and the field lines that follow each belong to it.
     */
    private static final class Task {
        final String path;
        final String title;
        final int number;
        final List<String> lines = new ArrayList<>();
        final List<Unit> items = new ArrayList<>();
        private boolean proposals;
        private List<String> itemLines;
        private int itemNumber;

        Task(String path, String title, int number) {
            this.path = path;
            this.title = title;
            this.number = number;
        }

        boolean hasFields() {
            return lines.stream().anyMatch(l -> fieldOf(l) != null);
        }

        void add(String line) {
            lines.add(line);
            String field = fieldOf(line);
            Matcher item = Headings.ARABIC_ITEM.matcher(line);
            if (item.matches()) {
                closeItem();
                itemNumber = Integer.parseInt(item.group(1));
                itemLines = new ArrayList<>(List.of(line));
            } else if (field != null && proposals && itemLines != null) {
                itemLines.add(line);
            } else {
                closeItem();
                if (field != null) {
                    proposals = false;
                } else if (line.endsWith("：")) {
                    proposals = true;
                }
            }
        }

        private void closeItem() {
            if (itemLines != null) {
                items.add(new Unit(UnitKind.TASK_ITEM, path + "/i" + itemNumber, "（" + itemNumber + "）", null,
                        itemNumber, 0, itemLines, List.of()));
                itemLines = null;
            }
        }

        Unit build() {
            closeItem();
            return new Unit(UnitKind.TASK, path, null, title, number, 0, lines, items);
        }
    }
}
