package cn.policyportal.accounts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Records kept per key (a measure, a document), oldest first, as immutable maps that a new record
 * replaces whole: the stores of the database hold their tables so, and a caller may key a cache on
 * a map's identity.
 */
public final class Histories {

    private Histories() {
    }

    /** {@code records}, oldest first, grouped by {@code keyOf}. */
    public static <T> Map<String, List<T>> of(List<T> records, Function<T, String> keyOf) {
        Map<String, List<T>> grouped = new LinkedHashMap<>();
        for (T record : records) {
            grouped.computeIfAbsent(keyOf.apply(record), k -> new ArrayList<>()).add(record);
        }
        Map<String, List<T>> frozen = new HashMap<>();
        grouped.forEach((key, list) -> frozen.put(key, List.copyOf(list)));
        return Map.copyOf(frozen);
    }

    /** {@code histories} with {@code record} after the others of {@code key}. */
    public static <T> Map<String, List<T>> appended(Map<String, List<T>> histories, String key, T record) {
        Map<String, List<T>> next = new HashMap<>(histories);
        List<T> history = new ArrayList<>(next.getOrDefault(key, List.of()));
        history.add(record);
        next.put(key, List.copyOf(history));
        return Map.copyOf(next);
    }
}
