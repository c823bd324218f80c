package cn.policyportal.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.policyportal.index.Analyzers;
import cn.policyportal.text.ArticleRef;
import cn.policyportal.text.NameTable;

/**
 * A query that reads as a question or a sentence, and the words of it that are worth searching.
 *
 * <p>A question (遭受家庭暴力可以向法院申请什么保护) would find nothing as keywords, since every
 * word — 什么, 可以, 向 — would have to occur. A query is read as one when it uses no operator and
 * either asks (a question word from {@code question-words.txt}, a question mark) or is a sentence: at
 * least {@link #SENTENCE_CHARS} characters holding a function word (被, 了, 我…) that a name or a
 * title never needs (titles do use 的, 和, 关于: those are dropped but mark nothing). A query naming an article (…第十六条) is a lookup.
 *
 * @param words the words to search, function and question words dropped, each once, in order
 */
record Question(List<String> words) {

    /** A sentence is at least this long; 不存在的词语组合 (8) is still keywords typed together. */
    static final int SENTENCE_CHARS = 10;

    private static final Set<String> ASKING = words("question");
    private static final Set<String> FUNCTION = words("function");
    private static final Set<String> DROPPED = union(union(ASKING, FUNCTION), words("connective"));

    Question {
        words = List.copyOf(words);
    }

    /** {@code query} as a question, or empty when it is keywords. */
    static Optional<Question> of(String query, QueryText parsed) {
        if (!plain(parsed) || !ArticleRef.findAll(query).isEmpty()) {
            return Optional.empty();
        }
        List<String> tokens = new ArrayList<>();
        SearchQueries.analyze(Analyzers.words(), query).forEach(t -> tokens.add(t.text()));
        boolean asks = query.endsWith("？") || query.endsWith("?") || tokens.stream().anyMatch(ASKING::contains);
        boolean sentence = query.replaceAll("\\s", "").length() >= SENTENCE_CHARS
                && tokens.stream().anyMatch(FUNCTION::contains);
        if (!asks && !sentence) {
            return Optional.empty();
        }
        Set<String> kept = new LinkedHashSet<>();
        tokens.stream().filter(t -> !DROPPED.contains(t)).filter(Question::searchable).forEach(kept::add);
        return kept.isEmpty() ? Optional.empty() : Optional.of(new Question(new ArrayList<>(kept)));
    }

    /** No operator, filter, phrase or title term: only words. */
    private static boolean plain(QueryText parsed) {
        return parsed.excluded().isEmpty() && parsed.title().isEmpty() && parsed.filters().isEmpty()
                && parsed.groups().stream().allMatch(g -> g.size() == 1 && !g.get(0).phrase());
    }

    /** Punctuation has no word to find. */
    private static boolean searchable(String token) {
        return token.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** The words of a section ({@code [question]}, {@code [function]}) of {@code question-words.txt}. */
    private static Set<String> words(String section) {
        Set<String> words = new HashSet<>();
        String current = "";
        for (String line : NameTable.lines("/question-words.txt")) {
            String l = line.strip();
            if (l.startsWith("[") && l.endsWith("]")) {
                current = l.substring(1, l.length() - 1);
            } else if (current.equals(section) && !l.isEmpty() && !l.startsWith("#")) {
                words.add(l);
            }
        }
        return Set.copyOf(words);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
