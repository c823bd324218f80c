package cn.policyportal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.policyportal.index.IndexStatus;
import cn.policyportal.search.Evaluation;
import cn.policyportal.search.SearchRequest;
import cn.policyportal.search.SearchService;
import cn.policyportal.snapshot.Snapshots;

/**
 * {@code portal eval}: Recall@10, MRR and nDCG@10 on the judged queries, for the portal's search and
 * for SmartChineseAnalyzer words alone, side by side.
 */
final class EvalCommand {

    static final String DEFAULT_QUERIES = "src/test/resources/eval/judged-queries.tsv";

    static final String HELP = """
            Usage: bin/portal eval [--queries FILE] [--corpus DIR] [--index DIR]

            Runs the judged queries (default: %s, tab-separated: query, document,
            unit or -, note) against the index of the corpus (indexing it first when stale) and prints
            Recall@10, MRR and nDCG@10 for the portal's search and for the SmartChineseAnalyzer-only
            baseline, then the queries the portal's search misses.
            """.formatted(DEFAULT_QUERIES);

    private EvalCommand() {
    }

    /** Runs the evaluation and prints it; returns the portal's scores and the baseline's. */
    static List<Evaluation.Scores> run(PortalConfig config, Path queries, PrintStream out) throws IOException {
        if (!Files.isRegularFile(queries)) {
            throw new IOException("judged queries not found: " + queries.toAbsolutePath());
        }
        if (Files.isDirectory(config.corpus()) && IndexStatus.isStale(config.corpus(), config.index())) {
            IndexCommand.run(config, out);
        }
        List<Evaluation.Judgment> judgments = Evaluation.read(queries);
        try (Snapshots snapshots = new Snapshots(config.index())) {
            SearchService search = new SearchService(snapshots);
            Evaluation.Scores full = Evaluation.run(search, judgments, SearchRequest.Analysis.FULL);
            Evaluation.Scores words = Evaluation.run(search, judgments, SearchRequest.Analysis.WORDS);
            out.printf("%d judged queries%n%n", judgments.size());
            out.printf("%-44s %10s %8s %9s%n", "configuration", "Recall@10", "MRR", "nDCG@10");
            print(out, "portal (words + bigrams + unigrams, synonyms)", full);
            print(out, "SmartChineseAnalyzer words only (baseline)", words);
            out.println();
            for (Evaluation.Outcome miss : full.misses()) {
                out.printf("missed: %s -> %s %s (%s)%n", miss.judgment().query(), miss.judgment().path(),
                        miss.judgment().unit() == null ? "" : miss.judgment().unit(), miss.judgment().note());
            }
            return List.of(full, words);
        }
    }

    private static void print(PrintStream out, String name, Evaluation.Scores s) {
        out.printf("%-44s %10.3f %8.3f %9.3f%n", name, s.recallAt10(), s.mrr(), s.ndcgAt10());
    }
}
