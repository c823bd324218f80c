package cn.policyportal.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Queries drawn from a corpus's own text, as people type them: single words, two words, quoted
 * phrases, {@code title:} filters, article lookups, facet-filtered and deep-page searches.
 *
 * @param kind    what sort of query it is
 * @param text    what is typed into the search box
 * @param extra   further URL parameters, such as {@code &page=5}
 * @param literal the strings ripgrep must find in one file to answer it the same way
 */
record QueryMix(String kind, String text, String extra, List<String> literal) {

    /** The search URL path and query string. */
    String path(String analysis) {
        return "/api/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8) + extra + "&analysis=" + analysis;
    }

    /**
     * A sample of queries of every kind from {@code texts}, deterministic for {@code seed}; a text's
     * first line is its title when it is at least four characters long.
     */
    static List<QueryMix> draw(List<String> texts, int count, long seed) {
        List<String> titles = texts.stream().map(t -> t.lines().findFirst().orElse("").strip())
                .filter(t -> t.length() >= 4).toList();
        return draw(texts, titles.isEmpty() ? List.of("条例") : titles, count, seed);
    }

    private static List<QueryMix> draw(List<String> texts, List<String> titles, int count, long seed) {
        Random random = new Random(seed);
        List<QueryMix> queries = new ArrayList<>();
        String[] kinds = {"word", "two words", "phrase", "title", "article", "filtered", "deep page"};
        for (int i = 0; queries.size() < count && i < count * 20; i++) {
            String kind = kinds[queries.size() % kinds.length];
            String text = texts.get(random.nextInt(texts.size()));
            String w1 = han(text, random, 2 + random.nextInt(3));
            String w2 = han(text, random, 2 + random.nextInt(2));
            if (w1 == null || w2 == null) {
                continue;
            }
            QueryMix q = switch (kind) {
                case "word" -> new QueryMix(kind, w1, "", List.of(w1));
                case "two words" -> new QueryMix(kind, w1 + " " + w2, "", List.of(w1, w2));
                case "phrase" -> {
                    String phrase = han(text, random, 6);
                    yield phrase == null ? null : new QueryMix(kind, "\"" + phrase + "\"", "", List.of(phrase));
                }
                case "title" -> {
                    String title = titles.get(random.nextInt(titles.size()));
                    String part = han(title, random, 2);
                    yield part == null ? null : new QueryMix(kind, "title:" + part, "", List.of(part));
                }
                case "article" -> {
                    String title = titles.get(random.nextInt(titles.size()));
                    String label = "第" + (1 + random.nextInt(10)) + "条";
                    yield new QueryMix(kind, title + label, "", List.of(title));
                }
                case "filtered" -> new QueryMix(kind, w1, "&type=" + URLEncoder.encode("法", StandardCharsets.UTF_8), List.of(w1));
                default -> new QueryMix(kind, w1, "&page=5", List.of(w1));
            };
            if (q != null) {
                queries.add(q);
            }
        }
        return queries;
    }

    /** A run of {@code length} Han characters from a random place in {@code text}, or null. */
    private static String han(String text, Random random, int length) {
        for (int attempt = 0; attempt < 20 && text.length() > length; attempt++) {
            int start = random.nextInt(text.length() - length);
            String s = text.substring(start, start + length);
            if (s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                return s;
            }
        }
        return null;
    }
}
