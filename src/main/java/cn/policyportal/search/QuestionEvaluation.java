package cn.policyportal.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.policyportal.text.ArticleRef;

/**
 * Measures how well questions find the articles that answer them: Recall@10, Recall@100 and MRR@10.
 *
 * <p>A judged question names its gold articles by law title and number (《反家庭暴力法》第二十三条);
 * a question that several laws answer names each, separated by {@code |} in both columns.
 * The results are read as people read them: each hit's best unit, then the units folded under it,
 * then the next hit; an article is right in any version of the law (same title), since an article
 * that moved number between versions is judged on the version read.
 */
public final class QuestionEvaluation {

    /** One judged question and the articles that answer it. */
    public record Judged(String question, List<Gold> gold, String note) {
        public Judged {
            gold = List.copyOf(gold);
        }
    }

    /** Gold articles: {@code articles} (numbers) of the law titled {@code title}. */
    public record Gold(String title, List<Integer> articles) {
        public Gold {
            articles = List.copyOf(articles);
        }
    }

    /** The rank of the first gold article (0 when not within 100). */
    public record Outcome(Judged judged, int rank) {
    }

    /** The figures for one way of answering. */
    public record Scores(double recallAt10, double recallAt100, double mrrAt10, List<Outcome> outcomes) {
        public List<Outcome> misses() {
            return outcomes.stream().filter(o -> o.rank() == 0 || o.rank() > 10).toList();
        }
    }

    private static final int DEPTH = 100;

    private QuestionEvaluation() {
    }

    /**
     * Reads judged questions: question, law title, article numbers (第N条, separated by ，or ,), note;
     * several laws and their articles separated by {@code |}.
     */
    public static List<Judged> read(Path file) throws IOException {
        List<Judged> judged = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 3) {
                throw new IOException("a judged question needs a question, a law and its articles: " + line);
            }
            String[] titles = f[1].split("\\|");
            String[] articles = f[2].split("\\|");
            if (titles.length != articles.length) {
                throw new IOException("as many article lists as laws are needed: " + line);
            }
            List<Gold> gold = new ArrayList<>();
            for (int i = 0; i < titles.length; i++) {
                List<Integer> numbers = Arrays.stream(articles[i].split("[,，、]")).map(String::strip)
                        .map(a -> ArticleRef.parse(a).filter(ArticleRef::isArticle)
                                .orElseThrow(() -> new IllegalArgumentException("not an article: " + a + " in " + line)))
                        .map(ArticleRef::number).toList();
                gold.add(new Gold(titles[i].strip(), numbers));
            }
            judged.add(new Judged(f[0].strip(), gold, f.length > 3 ? f[3].strip() : ""));
        }
        return judged;
    }

    /** Asks every question answered {@code answering} and scores the results. */
    public static Scores run(SearchService search, List<Judged> questions, SearchRequest.Answering answering)
            throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        for (Judged q : questions) {
            SearchResult result = search.search(new SearchRequest(q.question(), Map.of(), 1, DEPTH,
                    SearchRequest.Sort.RELEVANCE, SearchRequest.Analysis.FULL, answering));
            outcomes.add(new Outcome(q, rank(result, q)));
        }
        int n = Math.max(1, questions.size());
        double r10 = outcomes.stream().filter(o -> o.rank() > 0 && o.rank() <= 10).count() / (double) n;
        double r100 = outcomes.stream().filter(o -> o.rank() > 0).count() / (double) n;
        double mrr = outcomes.stream().filter(o -> o.rank() > 0 && o.rank() <= 10).mapToDouble(o -> 1.0 / o.rank()).sum() / n;
        return new Scores(r10, r100, mrr, outcomes);
    }

    /** Where the first gold article appears among the units the hits name, 1-based, or 0. */
    static int rank(SearchResult result, Judged q) {
        int rank = 0;
        for (SearchHit hit : result.hits()) {
            List<Integer> gold = q.gold().stream().filter(g -> sameLaw(hit.document().title(), g.title()))
                    .flatMap(g -> g.articles().stream()).toList();
            List<String> labels = new ArrayList<>();
            labels.add(hit.unit() == null ? null : hit.unit().label());
            hit.moreUnits().forEach(u -> labels.add(u.unit().label()));
            for (String label : labels) {
                rank++;
                if (rank > DEPTH) {
                    return 0;
                }
                if (label != null && ArticleRef.parse(label).filter(a -> gold.contains(a.number())).isPresent()) {
                    return rank;
                }
            }
        }
        return 0;
    }

    /** Whether two titles name the same law, with or without 中华人民共和国 (before it or in a cited title) and a date. */
    static boolean sameLaw(String a, String b) {
        return a != null && b != null && bare(a).equals(bare(b));
    }

    private static String bare(String title) {
        return title.strip().replace("中华人民共和国", "").replaceAll("[（(]\\d{4}-\\d{2}-\\d{2}[）)]$", "");
    }
}
