package cn.policyportal.accounts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.policyportal.text.NameTable;

/**
 * Folds the department names an administrator types for an account into the canonical names the
 * measures carry (院人事局 → 人事局), through the same table the indexer folds them with.
 */
public final class DepartmentNames {

    private static final Map<String, String> CANONICAL = canonical(NameTable.resource("/department-aliases.txt"));

    private DepartmentNames() {
    }

    private static Map<String, String> canonical(List<NameTable.Row> rows) {
        Map<String, String> map = new HashMap<>();
        for (NameTable.Row row : rows) {
            row.others().forEach(other -> map.put(other, row.name()));
        }
        return Map.copyOf(map);
    }

    /** The canonical names of {@code names}, stripped, blanks and repeats left out. */
    public static List<String> fold(List<String> names) {
        return names.stream().map(String::strip).filter(n -> !n.isEmpty())
                .map(n -> CANONICAL.getOrDefault(n, n)).distinct().toList();
    }
}
