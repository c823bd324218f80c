package cn.policyportal.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a person typed into the search box, read without ever failing: words separated by spaces
 * must all occur, {@code OR} (or 或) between words makes either do, {@code -word} excludes,
 * {@code "…"} is an exact phrase, {@code title:} {@code type:} {@code issuer:} {@code year:}
 * {@code dept:} filter; everything else — 《》, （试行）, a stray quote or bracket — is plain text.
 *
 * @param groups   the parts that must match; each group matches when any of its terms does
 * @param excluded terms that must not occur
 * @param title    terms that must occur in the title
 * @param filters  exact filters by facet field
 */
public record QueryText(List<List<Term>> groups, List<Term> excluded, List<Term> title, Map<String, String> filters) {

    /** A word or an exact phrase. */
    public record Term(String text, boolean phrase) {
    }

    public QueryText {
        groups = groups.stream().map(List::copyOf).toList();
        excluded = List.copyOf(excluded);
        title = List.copyOf(title);
        filters = Map.copyOf(filters);
    }

    /** Whether nothing but filters was asked. */
    public boolean isEmpty() {
        return groups.isEmpty() && title.isEmpty();
    }

    /** Reads {@code text}. */
    public static QueryText parse(String text) {
        List<List<Term>> groups = new ArrayList<>();
        List<Term> excluded = new ArrayList<>();
        List<Term> title = new ArrayList<>();
        Map<String, String> filters = new LinkedHashMap<>();
        boolean or = false;
        for (String token : tokens(text == null ? "" : text.strip())) {
            if (token.equals("OR") || token.equals("或") || token.equals("|")) {
                // With no word before it to join, a connective is dropped rather than searched for.
                or = !groups.isEmpty();
                continue;
            }
            if (token.equals("AND") || token.equals("且")) {
                continue;
            }
            // A Chinese input method types the full-width colon: type：办法 is a filter too.
            int colon = token.replace('：', ':').indexOf(':');
            String field = colon > 0 ? token.substring(0, colon) : "";
            String value = colon > 0 ? unquote(token.substring(colon + 1)) : "";
            if (field.equals("title") && !value.isEmpty()) {
                title.add(new Term(value, token.substring(colon + 1).startsWith("\"")));
                or = false;
            } else if (Facet.isFacet(field) && !value.isEmpty()) {
                filters.put(field, value);
                or = false;
            } else if (token.length() > 1 && token.startsWith("-")) {
                excluded.add(term(token.substring(1)));
                or = false;
            } else {
                Term term = term(token);
                if (term.text().isEmpty()) {
                    continue;
                }
                if (or) {
                    groups.get(groups.size() - 1).add(term);
                } else {
                    groups.add(new ArrayList<>(List.of(term)));
                }
                or = false;
            }
        }
        return new QueryText(groups, excluded, title, filters);
    }

    private static Term term(String token) {
        boolean phrase = token.length() > 1 && token.startsWith("\"") && token.endsWith("\"");
        return new Term(unquote(token), phrase);
    }

    private static String unquote(String token) {
        String t = token;
        if (t.startsWith("\"")) {
            t = t.substring(1);
        }
        if (t.endsWith("\"")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.strip();
    }

    /** Whitespace-separated tokens; a quoted phrase, with its quotes, is one token even with spaces. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        String normalised = text.replace('“', '"').replace('”', '"').replace('＂', '"').replace('\u3000', ' ');
        int quotes = (int) normalised.chars().filter(c -> c == '"').count();
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            // An unpaired last quote is text, not the start of a phrase that never ends.
            if (c == '"' && (quoted || quotes >= 2)) {
                quoted = !quoted;
                quotes--;
                current.append(c);
            } else if (Character.isWhitespace(c) && !quoted) {
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
