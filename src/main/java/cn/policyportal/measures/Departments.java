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
 * <p>Lists split on 、，,；; and on 和/及/以及/与 only where the left side is itself a unit (财政部和人事局)
 * or ends in 等 (财政部等和各省级人民政府), so names such as 前沿科学与教育局 and 工业和信息化部 stay
 * whole. A trailing 等 is dropped with the generic words after it (等有关部门和单位, 等部门). Collective
 * units such as 院机关各有关部门 are kept as written, and so are 各有关部门和单位 and 各级人民政府及其有关部门,
 * where the words after 和/及 name no unit of their own; two collectives written together
 * (各地区各有关部门) are two units.
 */
public final class Departments {

    private static final Pattern SEPARATORS = Pattern.compile("[、，,；;/]+|\\s+");
    /**
     * 和/及/以及/与 between two units: after a unit's last character or 等, and not before 其 (及其有关部门)
     * or a bare 部门/单位 (各有关部门和单位), which qualify the unit before them instead of naming one.
     */
    private static final Pattern JOINER = Pattern.compile("(?<=(?:局|部|厅|委|办|会|院|组|处|室|所|署|行|府|区|司|社|联|协|团|台"
            + "|中心|单位|部门|党委|党组|公司|机关|等))(?:以及|和|及|与)(?!其|(?:有关|相关|其他)?(?:部门|单位|机构)$)");
    /** Where a second collective starts right after a first one (各地区|各有关部门). */
    private static final Pattern COLLECTIVES = Pattern.compile("(?<=^各\\p{IsHan}{0,8}(?:地区|地方|部门|单位|机构|政府))(?=各)");
    /** What a note says the units do, after their names (按职责分工负责). */
    private static final Pattern DUTIES = Pattern.compile("(?:按职责分工|分别|共同|配合|参与|负责)+$");
    /** 等 and the generic words that may follow it: 等, 等部门, 等有关部门和单位, 等国务院相关部门. */
    private static final Pattern ETC = Pattern.compile(
            "等(?:国务院|中央)?(?:其他)?(?:有关|相关)?(?:部门|单位|机构|方面)?(?:(?:和|及|与)(?:有关|相关)?(?:部门|单位|机构))?$");
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
            names(part).forEach(name -> units.add(canonical(name)));
        }
        return new ArrayList<>(units);
    }

    /** The names one part of a list (between 、 or ，) joins, without what it says they do or 等. */
    private static List<String> names(String part) {
        return JOINER.splitAsStream(DUTIES.matcher(part).replaceAll(""))
                .flatMap(COLLECTIVES::splitAsStream)
                .map(unit -> ETC.matcher(unit.strip()).replaceAll("").strip())
                .filter(name -> !name.isEmpty())
                .toList();
    }

    /** The canonical name of {@code name}, or the name itself. */
    public String canonical(String name) {
        return canonical.getOrDefault(name, name);
    }
}
