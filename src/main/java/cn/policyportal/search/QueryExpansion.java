package cn.policyportal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Widens a query with the full forms of abbreviations: 巡视办 becomes (巡视办 OR "院党组巡视工作领导小组办公室"),
 * so a search for the short form also finds text that only uses the long one.
 *
 * <p>Only bare words are widened; quoted phrases, field filters, operators and excluded words stay
 * as typed.
 */
final class QueryExpansion {

    private QueryExpansion() {
    }

    /** {@code query} with every bare word that is a known short form widened to its full forms. */
    static String expand(String query, Map<String, Set<String>> fullForms) {
        if (fullForms.isEmpty() || query.isBlank()) {
            return query;
        }
        List<String> out = new ArrayList<>();
        for (String token : tokens(query)) {
            Set<String> full = fullForms.get(token);
            if (full == null || full.isEmpty()) {
                out.add(token);
                continue;
            }
            StringBuilder widened = new StringBuilder("(").append(token);
            full.stream().sorted().forEach(f -> widened.append(" OR \"").append(f.replace("\"", "")).append('"'));
            out.add(widened.append(')').toString());
        }
        return String.join(" ", out);
    }

    /** Whitespace-separated tokens, a quoted phrase kept as one token. */
    private static List<String> tokens(String query) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : query.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (Character.isWhitespace(c) && !quoted) {
                if (!current.isEmpty()) {
                    tokens.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            tokens.add(current.toString());
        }
        return tokens;
    }
}
