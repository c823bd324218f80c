package cn.policyportal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.policyportal.index.IndexStatus;
import cn.policyportal.search.Evaluation;
import cn.policyportal.search.QuestionEvaluation;
import cn.policyportal.search.SearchRequest;
import cn.policyportal.search.SearchService;
import cn.policyportal.semantic.Semantic;
import cn.policyportal.semantic.VectorProgress;
import cn.policyportal.semantic.VectorStatus;
import cn.policyportal.snapshot.Snapshots;
import cn.policyportal.versions.Validities;

/**
 * {@code portal eval}: Recall@10, MRR and nDCG@10 on the judged queries, for the portal's search and
 * for SmartChineseAnalyzer words alone, side by side.
 */
final class EvalCommand {

    static final String DEFAULT_QUERIES = "src/test/resources/eval/judged-queries.tsv";
    static final String DEFAULT_QUESTIONS = "src/test/resources/eval/questions.tsv";

    static final String HELP = """
            Usage: bin/portal eval [--set keywords|questions] [--queries FILE] [--corpus DIR] [--index DIR]
                                   [--semantic on|off]

            --set keywords (the default) runs the judged queries (default: %s,
            tab-separated: query, document, unit or -, note) against the index of the corpus (indexing it
            first when stale) and prints Recall@10, MRR and nDCG@10 for the portal's search and for the
            SmartChineseAnalyzer-only baseline, then the queries the portal's search misses.

            --set questions runs the judged lay questions (default: %s, tab-separated:
            question, law title, gold articles such as 第二十三条，第二十九条, note) and prints Recall@10,
            Recall@100 and MRR@10 for keywords (every word required), question mode by words, by meaning
            (vectors) and hybrid, side by side, then the questions hybrid misses in the top 10.
            """.formatted(DEFAULT_QUERIES, DEFAULT_QUESTIONS);

    /** Which judged set to run, from which file. */
    record Options(boolean questions, Path file) {

        static Options of(List<String> args) throws PortalConfig.UsageException {
            boolean questions = false;
            Path file = null;
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                String value = i + 1 < args.size() ? args.get(i + 1) : null;
                if (value == null || !(arg.equals("--set") || arg.equals("--queries"))) {
                    throw new PortalConfig.UsageException("unknown option " + arg);
                }
                if (arg.equals("--set")) {
                    if (!value.equals("questions") && !value.equals("keywords")) {
                        throw new PortalConfig.UsageException("--set is keywords or questions, not " + value);
                    }
                    questions = value.equals("questions");
                } else {
                    file = Path.of(value);
                }
                i++;
            }
            return new Options(questions, file != null ? file : Path.of(questions ? DEFAULT_QUESTIONS : DEFAULT_QUERIES));
        }
    }

    private EvalCommand() {
    }

    /** Runs the judged set {@code options} names and prints its figures. */
    static void run(PortalConfig config, Options options, PrintStream out) throws IOException {
        if (options.questions()) {
            runQuestions(config, options.file(), out);
        } else {
            run(config, options.file(), out);
        }
    }

    /** Runs the judged questions every way and prints the figures side by side. */
    static List<QuestionEvaluation.Scores> runQuestions(PortalConfig config, Path file, PrintStream out)
            throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("judged questions not found: " + file.toAbsolutePath());
        }
        if (Files.isDirectory(config.corpus()) && IndexStatus.isStale(config.corpus(), config.index())) {
            IndexCommand.run(config, out);
        }
        List<QuestionEvaluation.Judged> questions = QuestionEvaluation.read(file);
        Semantic semantic = config.semantic()
                ? Semantic.open(config.index(), new Semantic.Settings(true, config.model(), config.threads()))
                : Semantic.off();
        try (semantic; Snapshots snapshots = new Snapshots(config.index())) {
            if (config.semantic()) {
                long started = System.nanoTime();
                VectorStatus vectors = semantic.update(snapshots, VectorProgress.NONE);
                out.printf("vectors %s: %d units up to date, %d embedded, %.1f units/s, %.1f s%n", vectors.state(),
                        vectors.done(), vectors.embedded(), vectors.unitsPerSecond(), (System.nanoTime() - started) / 1e9);
            }
            SearchService search = new SearchService(snapshots, Validities.TEXT_ONLY, semantic);
            out.printf("%d judged questions%n%n", questions.size());
            out.printf("%-36s %10s %11s %8s%n", "answered as", "Recall@10", "Recall@100", "MRR@10");
            List<QuestionEvaluation.Scores> all = new java.util.ArrayList<>();
            List<SearchRequest.Answering> ways = semantic.ready()
                    ? List.of(SearchRequest.Answering.KEYWORDS, SearchRequest.Answering.QUESTION_WORDS,
                            SearchRequest.Answering.QUESTION_MEANING, SearchRequest.Answering.QUESTION_HYBRID)
                    : List.of(SearchRequest.Answering.KEYWORDS, SearchRequest.Answering.QUESTION_WORDS);
            if (!semantic.ready()) {
                out.println("(by meaning: not measured — " + semantic.status().message() + ")");
            }
            for (SearchRequest.Answering way : ways) {
                QuestionEvaluation.Scores s = QuestionEvaluation.run(search, questions, way);
                out.printf("%-36s %10.3f %11.3f %8.3f%n", label(way), s.recallAt10(), s.recallAt100(), s.mrrAt10());
                all.add(s);
            }
            out.println();
            for (QuestionEvaluation.Outcome miss : all.get(all.size() - 1).misses()) {
                out.printf("missed: %s -> %s (rank %d)%n", miss.judged().question(), miss.judged().gold(), miss.rank());
            }
            return all;
        }
    }

    private static String label(SearchRequest.Answering way) {
        return switch (way) {
            case KEYWORDS -> "keywords (every word, today)";
            case QUESTION_WORDS -> "question mode, words";
            case QUESTION_MEANING -> "question mode, meaning (vectors)";
            case QUESTION_HYBRID -> "question mode, hybrid (fused)";
            case AUTO -> "auto";
        };
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
