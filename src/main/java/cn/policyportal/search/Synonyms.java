package cn.policyportal.search;

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
import java.util.Set;

/**
 * Groups of words that mean the same, from {@code synonyms.txt} (中国科学院 = 中科院, …): a search for
 * any of them searches all of them.
 */
public final class Synonyms {

    private static final Synonyms STANDARD = fromResource("/synonyms.txt");

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
        Map<String, Set<String>> groups = new HashMap<>();
        for (String line : lines) {
            String content = line.replaceAll("#.*$", "").strip();
            int eq = content.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            Set<String> group = new LinkedHashSet<>();
            group.add(content.substring(0, eq).strip());
            for (String alias : content.substring(eq + 1).split("[、，,]")) {
                if (!alias.isBlank()) {
                    group.add(alias.strip());
                }
            }
            for (String word : group) {
                groups.computeIfAbsent(word, k -> new LinkedHashSet<>()).addAll(group);
            }
        }
        return new Synonyms(groups);
    }

    private static Synonyms fromResource(String name) {
        try (InputStream in = Synonyms.class.getResourceAsStream(name)) {
            if (in == null) {
                return new Synonyms(Map.of());
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code word} and every word of its groups, {@code word} first. */
    public List<String> of(String word) {
        List<String> all = new ArrayList<>(List.of(word));
        groups.getOrDefault(word, Set.of()).stream().filter(w -> !w.equals(word)).forEach(all::add);
        return all;
    }
}
