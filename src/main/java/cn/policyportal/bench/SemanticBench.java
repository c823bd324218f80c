package cn.policyportal.bench;

import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import cn.policyportal.index.CorpusIndexer;
import cn.policyportal.index.CorpusScanner;
import cn.policyportal.index.IndexProgress;
import cn.policyportal.ingest.DocumentReader;
import cn.policyportal.semantic.Embedder;
import cn.policyportal.semantic.Semantic;
import cn.policyportal.semantic.VectorProgress;
import cn.policyportal.semantic.VectorStatus;
import cn.policyportal.snapshot.Snapshots;
import cn.policyportal.text.ArticleRef;

/**
 * {@code bin/portal bench --semantic}: what question search by meaning costs. The embedding rate one
 * text at a time and in batches by length, in one run on all cores and on one worker per core; the time until the lexical index is
 * searchable and until the vectors are ready; the index with and without its vectors; question
 * latency at 1 and N clients on a {@code -Xmx512m} server with the vectors; and keyword latency
 * on that server beside one with semantic search off (the target: within 10%).
 */
public final class SemanticBench {

    /** Texts embedded one at a time and then in batches to compare the two rates. */
    private static final int SAMPLE = 160;

    private final Path corpus;
    private final Path work;
    private final int queries;
    private final int clients;
    private final PrintStream out;

    public SemanticBench(Path corpus, Path work, int queries, int clients, PrintStream out) {
        this.corpus = corpus;
        this.work = work;
        this.queries = queries;
        this.clients = clients;
        this.out = out;
    }

    public void run() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        List<String> texts = new ArrayList<>();
        for (Path file : CorpusScanner.files(corpus)) {
            texts.add(Files.readString(file, StandardCharsets.UTF_8));
        }
        List<String> paragraphs = texts.stream().flatMap(String::lines).map(String::strip)
                .filter(p -> p.length() >= 20 && p.length() <= 400).toList();
        double[] rates = embeddingRates(articles(texts), cores);

        Path index = work.resolve("index-semantic");
        long start = System.nanoTime();
        new CorpusIndexer(new DocumentReader(Long.MAX_VALUE), cores).index(corpus, index, IndexProgress.NONE);
        double lexicalSeconds = (System.nanoTime() - start) / 1e9;
        VectorStatus vectors;
        try (Semantic semantic = Semantic.open(index, new Semantic.Settings(true, null, cores));
             Snapshots snapshots = new Snapshots(index)) {
            vectors = semantic.update(snapshots, VectorProgress.NONE);
        }
        double readySeconds = (System.nanoTime() - start) / 1e9;
        long semanticBytes = Benchmark.folderBytes(index.resolve("semantic"));
        long allBytes = Benchmark.folderBytes(index);

        List<String> questions = questions(paragraphs, queries);
        List<String> keywords = QueryMix.draw(texts, queries, 7).stream().map(q -> q.path("full")).toList();
        LoadRun questionOne;
        LoadRun questionMany;
        LoadRun keywordOn;
        double rssOn;
        try (Benchmark.Server server = Benchmark.Server.start(index, work.resolve("data-on"), "--semantic", "on")) {
            waitForVectors(server.base());
            LoadRun.run(server.base(), questions.subList(0, Math.min(50, questions.size())), 1);
            questionOne = LoadRun.run(server.base(), questions, 1);
            questionMany = LoadRun.run(server.base(), questions, clients);
            LoadRun.run(server.base(), keywords, clients);
            keywordOn = LoadRun.run(server.base(), keywords, clients);
            rssOn = server.peakRssMb();
        }
        LoadRun keywordOff;
        try (Benchmark.Server server = Benchmark.Server.start(index, work.resolve("data-off"), "--semantic", "off")) {
            // The same warm-up as the server above had: its questions, then the keywords once.
            LoadRun.run(server.base(), questions, clients);
            LoadRun.run(server.base(), keywords, clients);
            keywordOff = LoadRun.run(server.base(), keywords, clients);
        }

        out.printf("%nSemantic search (%s, %d cores)%n", corpus, cores);
        out.printf("  embedding articles, one at a time (one run on all cores) %.1f units/s%n", rates[0]);
        out.printf("  embedding, batches of %d by length %7.1f units/s (%.1fx)%n", 16, rates[1], rates[1] / rates[0]);
        out.printf("  embedding, batches on %d one-core workers (as the index does) %.1f units/s (%.1fx)%n", cores,
                rates[2], rates[2] / rates[0]);
        out.printf("  units with vectors                %8d (%d embedded, the rest from the cache), %.1f units/s%n",
                vectors.done(), vectors.embedded(), vectors.unitsPerSecond());
        out.printf("  lexical index searchable after    %8.1f s%n", lexicalSeconds);
        out.printf("  vectors ready after               %8.1f s%n", readySeconds);
        out.printf("  index without vectors             %8.1f MB%n", (allBytes - semanticBytes) / 1e6);
        out.printf("  index with vectors (and cache)    %8.1f MB%n", allBytes / 1e6);
        out.printf("  question p50 / p99, 1 client      %8.1f / %.1f ms%n", questionOne.p50Ms(), questionOne.p99Ms());
        out.printf("  question p50 / p99, %d clients    %8.1f / %.1f ms (%.0f/s)%n", clients, questionMany.p50Ms(),
                questionMany.p99Ms(), questionMany.perSecond());
        out.printf("  keyword p50 / p99, %d clients, semantic on  %6.1f / %.1f ms%n", clients, keywordOn.p50Ms(), keywordOn.p99Ms());
        out.printf("  keyword p50 / p99, %d clients, semantic off %6.1f / %.1f ms (%+.0f%% / %+.0f%% with it on)%n", clients,
                keywordOff.p50Ms(), keywordOff.p99Ms(), 100 * (keywordOn.p50Ms() / keywordOff.p50Ms() - 1),
                100 * (keywordOn.p99Ms() / keywordOff.p99Ms() - 1));
        out.printf("  server peak resident memory (-Xmx512m, vectors on) %.0f MB%n", rssOn);
        out.printf("  errors: questions %d, keywords %d%n", questionOne.errors() + questionMany.errors(),
                keywordOn.errors() + keywordOff.errors());
    }

    /** The articles of the texts, each from its 第…条 line to the next, as the indexer embeds them. */
    static List<String> articles(List<String> texts) {
        List<String> articles = new ArrayList<>();
        for (String text : texts) {
            String title = text.lines().findFirst().orElse("").strip();
            StringBuilder article = null;
            for (String line : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
                if (ArticleRef.heading(line).filter(f -> f.ref().isArticle()).isPresent()) {
                    if (article != null) {
                        articles.add(article.toString());
                    }
                    article = new StringBuilder("《").append(title).append("》");
                }
                if (article != null) {
                    article.append(line).append('\n');
                }
            }
            if (article != null) {
                articles.add(article.toString());
            }
        }
        return articles;
    }

    /**
     * Units per second embedding a sample of articles: one at a time in one run on all cores (the
     * plain way), in batches of similar length the same way, and in batches on one one-core worker
     * per core, as the vector build does.
     */
    private static double[] embeddingRates(List<String> paragraphs, int cores) throws Exception {
        Random random = new Random(11);
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < SAMPLE && !paragraphs.isEmpty(); i++) {
            sample.add(paragraphs.get(random.nextInt(paragraphs.size())));
        }
        List<List<String>> batches = new ArrayList<>();
        List<String> sorted = sample.stream().sorted(Comparator.comparingInt(String::length)).toList();
        for (int from = 0; from < sorted.size(); from += 16) {
            batches.add(sorted.subList(from, Math.min(sorted.size(), from + 16)));
        }
        double one;
        double batched;
        try (Embedder embedder = Embedder.bundled(cores)) {
            embedder.embed(sample.subList(0, Math.min(8, sample.size())));
            long start = System.nanoTime();
            for (String text : sample) {
                embedder.embed(List.of(text));
            }
            one = sample.size() / ((System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            for (List<String> batch : batches) {
                embedder.embed(batch);
            }
            batched = sample.size() / ((System.nanoTime() - start) / 1e9);
        }
        try (Embedder embedder = Embedder.bundled(1)) {
            embedder.embed(sample.subList(0, Math.min(8, sample.size())));
            ExecutorService pool = Executors.newFixedThreadPool(cores);
            try {
                long start = System.nanoTime();
                List<Future<List<float[]>>> runs = new ArrayList<>();
                batches.forEach(batch -> runs.add(pool.submit(() -> embedder.embed(batch))));
                for (Future<List<float[]>> run : runs) {
                    run.get();
                }
                double workers = sample.size() / ((System.nanoTime() - start) / 1e9);
                return new double[] {one, batched, workers};
            } finally {
                pool.shutdownNow();
                pool.awaitTermination(1, TimeUnit.MINUTES);
            }
        }
    }

    /**
     * Questions as people type them, made from the corpus's own words: two pieces of a paragraph
     * asked about (…和…有什么规定？), so each is read as a question and finds something.
     */
    static List<String> questions(List<String> paragraphs, int count) {
        Random random = new Random(5);
        String[] forms = {"%s和%s有什么规定？", "%s的时候%s怎么办", "%s是否需要%s", "关于%s，%s应该怎么处理"};
        List<String> questions = new ArrayList<>();
        while (questions.size() < count && !paragraphs.isEmpty()) {
            String p = paragraphs.get(random.nextInt(paragraphs.size()));
            String a = han(p, random, 2 + random.nextInt(2));
            String b = han(p, random, 2 + random.nextInt(2));
            if (a != null && b != null) {
                String q = String.format(forms[questions.size() % forms.length], a, b);
                questions.add("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            }
        }
        return questions;
    }

    private static String han(String text, Random random, int length) {
        for (int attempt = 0; attempt < 20; attempt++) {
            int at = random.nextInt(Math.max(1, text.length() - length));
            String piece = text.substring(at, Math.min(text.length(), at + length));
            if (piece.length() == length && piece.codePoints()
                    .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                return piece;
            }
        }
        return null;
    }

    private static void waitForVectors(String base) throws Exception {
        long deadline = System.nanoTime() + 3_600_000_000_000L;
        while (!HttpGet.body(base + "/api/index/status").contains("\"state\":\"ready\"")) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the vectors were not ready within an hour");
            }
            Thread.sleep(500);
        }
    }
}
