package cn.policyportal.measures;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

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
    private static final Departments DEFAULT = fromResource("/department-aliases.txt");

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
        Map<String, String> map = new HashMap<>();
        for (String line : lines) {
            String content = line.replaceAll("#.*$", "").strip();
            int eq = content.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = content.substring(0, eq).strip();
            map.put(name, name);
            for (String alias : content.substring(eq + 1).split("[、，,]")) {
                if (!alias.isBlank()) {
                    map.put(alias.strip(), name);
                }
            }
        }
        return new Departments(map);
    }

    private static Departments fromResource(String name) {
        try (InputStream in = Departments.class.getResourceAsStream(name)) {
            if (in == null) {
                return new Departments(Map.of());
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
