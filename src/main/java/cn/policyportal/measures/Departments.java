package cn.policyportal.measures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import cn.policyportal.text.NameTable;

/**
 * Splits department lists (人事局、条件保障与财务局等) into units and gives each its canonical name
 * from the alias table in {@code department-aliases.txt}, the one file a user edits to merge names.
 *
 * <p>Lists split on 、，,；; and on 和/及 only where the left side is itself a unit (财政部和人事局),
 * so names such as 前沿科学与教育局 stay whole. A trailing 等 is dropped. Collective units such as
 * 院机关各有关部门 are kept as written.
 */
public final class Departments {

    private static final Pattern SEPARATORS = Pattern.compile("[、，,；;/]+|\\s+");
    private static final Pattern JOINER = Pattern.compile("(?<=(?:局|部|厅|委|办|会|院|组|处|室|所|中心|单位|部门|党委|党组|公司|机关))(?:和|及|以及)");
    private static final Pattern TRAILING = Pattern.compile("(?:等(?:部门|单位)?|按职责分工|分别|共同|配合|参与|负责)+$");
    private static final Departments DEFAULT = of(NameTable.resource("/department-aliases.txt"));

    private final Map<String, String> canonical;

    private Departments(Map<String, String> canonical) {
        this.canonical = Map.copyOf(canonical);
    }

    /** The table shipped with the portal. */
    public static Departments standard() {
        return DEFAULT;
    }

    /** A table read from lines of the form {@code 规范名称 = 别名1, 别名2}; {@code #} starts a comment. */
    public static Departments parse(List<String> lines) {
        return of(NameTable.parse(lines));
    }

    private static Departments of(List<NameTable.Row> rows) {
        Map<String, String> map = new HashMap<>();
        for (NameTable.Row row : rows) {
            map.put(row.name(), row.name());
            row.others().forEach(alias -> map.put(alias, row.name()));
        }
        return new Departments(map);
    }

    /** The units of a list as written in a document, each under its canonical name, each once. */
    public List<String> split(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        LinkedHashSet<String> units = new LinkedHashSet<>();
        for (String part : SEPARATORS.split(list.strip().replaceAll("[。.]$", ""))) {
            for (String unit : JOINER.split(part)) {
                String name = TRAILING.matcher(unit.strip()).replaceAll("").strip();
                if (!name.isEmpty()) {
                    units.add(canonical(name));
                }
            }
        }
        return new ArrayList<>(units);
    }

    /** The canonical name of {@code name}, or the name itself. */
    public String canonical(String name) {
        return canonical.getOrDefault(name, name);
    }
}
