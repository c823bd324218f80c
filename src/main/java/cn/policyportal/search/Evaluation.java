package cn.policyportal.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Measures search quality on judged queries: Recall@10, MRR and nDCG@10.
 *
 * <p>A judgment names the document that must be found and, optionally, the unit in it (an article,
 * a section, a task). The results are read as people read them: each hit's best unit, then the
 * units folded under it, then the next hit. A judgment with a unit is met only where that unit is
 * named; one without, wherever its document first appears.
 */
public final class Evaluation {

    private static final int CUTOFF = 10;

    /**
     * One judged query.
     *
     * @param query the query
     * @param path  the document that must be found (its path in the corpus)
     * @param unit  the unit that must be found in it, or {@code null}
     * @param note  what the query tests
     */
    public record Judgment(String query, String path, String unit, String note) {
    }

    /** The rank at which a judgment was met (0 when not within the cutoff). */
    public record Outcome(Judgment judgment, int rank) {
    }

    /** The figures for one configuration. */
    public record Scores(double recallAt10, double mrr, double ndcgAt10, List<Outcome> outcomes) {

        /** The judgments not met within the cutoff. */
        public List<Outcome> misses() {
            return outcomes.stream().filter(o -> o.rank() == 0).toList();
        }
    }

    private Evaluation() {
    }

    /** Reads judgments from a tab-separated file: query, document path, unit path or -, note. */
    public static List<Judgment> read(Path file) throws IOException {
        List<Judgment> judgments = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 2) {
                throw new IOException("a judgment needs a query and a document: " + line);
            }
            String unit = f.length > 2 && !f[2].isBlank() && !f[2].equals("-") ? f[2].strip() : null;
            judgments.add(new Judgment(f[0].strip(), f[1].strip(), unit, f.length > 3 ? f[3].strip() : ""));
        }
        return judgments;
    }

    /** Runs every judgment with {@code analysis} and scores the results. */
    public static Scores run(SearchService search, List<Judgment> judgments, SearchRequest.Analysis analysis)
            throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        double recall = 0;
        double reciprocal = 0;
        double gain = 0;
        for (Judgment j : judgments) {
            SearchResult result = search.search(new SearchRequest(j.query(), Map.of(), 1, CUTOFF,
                    SearchRequest.Sort.RELEVANCE, analysis, null, SearchRequest.Answering.AUTO));
            int rank = rank(result, j);
            outcomes.add(new Outcome(j, rank));
            if (rank > 0) {
                recall += 1;
                reciprocal += 1.0 / rank;
                gain += 1.0 / (Math.log(rank + 1) / Math.log(2));
            }
        }
        int n = Math.max(1, judgments.size());
        return new Scores(recall / n, reciprocal / n, gain / n, outcomes);
    }

    /** A place in the results: a document, and the unit of it a hit names. */
    private record Entry(String path, String unit) {
    }

    /**
     * Where the judgment is met, 1-based, or 0 beyond the cutoff. For a judgment without a unit the
     * results are the documents; with one, every unit each hit names, best first.
     */
    static int rank(SearchResult result, Judgment j) {
        List<Entry> entries = new ArrayList<>();
        for (SearchHit hit : result.hits()) {
            String path = hit.document().path();
            entries.add(new Entry(path, hit.unit() == null ? null : hit.unit().path()));
            if (j.unit() != null) {
                hit.moreUnits().forEach(u -> entries.add(new Entry(path, u.unit().path())));
            }
        }
        for (int i = 0; i < Math.min(CUTOFF, entries.size()); i++) {
            Entry e = entries.get(i);
            if (e.path().equals(j.path()) && (j.unit() == null || j.unit().equals(e.unit()))) {
                return i + 1;
            }
        }
        return 0;
    }
}
