package cn.policyportal.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.policyportal.text.NameTable;

/**
 * Groups of words that mean the same, from {@code synonyms.txt} (中国科学院 = 中科院, …): a search for
 * any of them searches all of them.
 */
public final class Synonyms {

    private static final Synonyms STANDARD = of(NameTable.resource("/synonyms.txt"));

    private final Map<String, Set<String>> groups;

    private Synonyms(Map<String, Set<String>> groups) {
        this.groups = Map.copyOf(groups);
    }

    /** The table shipped with the portal. */
    public static Synonyms standard() {
        return STANDARD;
    }

    /** Groups from lines {@code 规范名称 = 简称1, 简称2}; {@code #} starts a comment. */
    public static Synonyms parse(List<String> lines) {
        return of(NameTable.parse(lines));
    }

    private static Synonyms of(List<NameTable.Row> rows) {
        Map<String, Set<String>> groups = new HashMap<>();
        for (NameTable.Row row : rows) {
            Set<String> group = new LinkedHashSet<>();
            group.add(row.name());
            group.addAll(row.others());
            for (String word : group) {
                groups.computeIfAbsent(word, k -> new LinkedHashSet<>()).addAll(group);
            }
        }
        return new Synonyms(groups);
    }

    /** {@code word} and every word of its groups, {@code word} first. */
    public List<String> of(String word) {
        List<String> all = new ArrayList<>(List.of(word));
        groups.getOrDefault(word, Set.of()).stream().filter(w -> !w.equals(word)).forEach(all::add);
        return all;
    }
}
