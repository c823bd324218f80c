package cn.policyportal.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.policyportal.index.CorpusIndexer;
import cn.policyportal.index.CorpusScanner;
import cn.policyportal.index.IndexProgress;
import cn.policyportal.index.IndexSummary;
import cn.policyportal.ingest.DocumentReader;
import cn.policyportal.ingest.IngestException;

/**
 * One benchmark run over a corpus at several sizes: indexing beside the analyzer bound and Lucene
 * alone, queries over HTTP at 1 and many clients beside the SmartChineseAnalyzer-only configuration
 * and ripgrep, start-up and memory of a server limited to 512 MB, and the measures statistics at
 * 100,000 measures. Everything is measured in the same run, on the same machine.
 */
public final class Benchmark {

    /**
     * What to run.
     *
     * @param corpus   the corpus folder
     * @param scale    also run at this multiple of the corpus (recombined articles); 1 for none
     * @param queries  queries per load run
     * @param clients  concurrent clients of the load run
     * @param measures how many measures the statistics step generates (0 to skip it)
     * @param warmUpSeconds how long each server answers other queries before it is measured
     * @param work     a folder for the corpora, indexes and data the run makes
     * @param ocrPages how many scanned pages the OCR step draws from the corpus and reads (0 to skip it)
     */
    public record Options(Path corpus, int scale, int queries, int clients, int measures, int warmUpSeconds,
                          Path work, int ocrPages) {
    }

    /** The figures of one corpus size. */
    record Row(String size, int documents, double megabytes, double indexSeconds, double indexRate,
               double boundSingle, double boundAll, double luceneAlone, double indexBytesPerText, double peakHeapMb,
               double indexPeakRssMb, double startupSeconds, double serverRssMb, LoadRun one, LoadRun many,
               LoadRun wordsMany, double ripgrepMs, int ripgrepQueries) {

        double boundRatio() {
            return indexRate / boundAll;
        }

        /** How near Lucene alone comes to the analyzer bound: the most any pipeline could reach. */
        double luceneAloneRatio() {
            return luceneAlone / boundAll;
        }

        /** One client's mean latency against ripgrep's wall time per query. */
        double ripgrepRatioOneClient() {
            return ripgrepMs / one.meanMs();
        }

        /**
         * The portal's wall time per answered query under many clients against ripgrep's per query:
         * both then use every core (ripgrep searches files in parallel), so this compares what a
         * query costs the machine, as the target asks at 16 clients. One client leaves a core idle.
         */
        double ripgrepRatio() {
            return ripgrepMs / manyMsPerQuery();
        }

        double manyMsPerQuery() {
            return 1000 / many.perSecond();
        }
    }

    private final Options options;
    private final PrintStream out;

    public Benchmark(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** Runs every step and prints the table and the targets; returns the rows. */
    public List<Row> run() throws Exception {
        Files.createDirectories(options.work());
        List<Row> rows = new ArrayList<>();
        rows.add(size("1/4", BenchCorpus.fraction(options.corpus(), 4, options.work().resolve("corpus-quarter"))));
        rows.add(size("1/2", BenchCorpus.fraction(options.corpus(), 2, options.work().resolve("corpus-half"))));
        rows.add(size("1x", BenchCorpus.fraction(options.corpus(), 1, options.work().resolve("corpus-full"))));
        if (options.scale() > 1) {
            rows.add(size(options.scale() + "x", BenchCorpus.scaled(options.corpus(), options.scale(), 20261123L,
                    options.work().resolve("corpus-scaled"))));
        }
        MeasuresStep.Result measures = options.measures() > 0
                ? MeasuresStep.run(options.measures(), options.work().resolve("measures")) : null;
        print(rows, measures);
        if (options.ocrPages() > 0) {
            ocr();
        }
        return rows;
    }

    private Row size(String label, Path corpus) throws Exception {
        out.printf("[%s] %s%n", label, corpus);
        List<Path> files = CorpusScanner.files(corpus);
        List<String> texts = new ArrayList<>();
        long bytes = 0;
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            bytes += content.length;
            texts.add(new String(content, StandardCharsets.UTF_8));
        }
        double mb = bytes / 1e6;
        int cores = Runtime.getRuntime().availableProcessors();

        Path index = options.work().resolve("index-" + label.replace('/', '_'));
        resetPeakMemory();
        long start = System.nanoTime();
        IndexSummary summary = new CorpusIndexer(new DocumentReader(Long.MAX_VALUE), cores)
                .index(corpus, index, IndexProgress.NONE);
        double indexSeconds = (System.nanoTime() - start) / 1e9;
        double peakHeap = peakHeapMb();
        double peakRss = rssMb(ProcessHandle.current().pid(), "VmHWM:");
        double single = IndexingBounds.analyzers(texts, 1, mb);
        double all = IndexingBounds.analyzers(texts, cores, mb);
        double luceneAlone = IndexingBounds.luceneAlone(texts, cores, mb, options.work().resolve("lucene-alone"));
        double indexBytes = folderBytes(index) / (double) bytes;

        List<QueryMix> mix = QueryMix.draw(texts, options.queries(), 7);
        List<QueryMix> warmUp = QueryMix.draw(texts, options.queries(), 8);
        try (Server server = Server.start(index, options.work().resolve("data-" + label.replace('/', '_')))) {
            List<String> full = mix.stream().map(q -> q.path("full")).toList();
            List<String> words = mix.stream().map(q -> q.path("words")).toList();
            warmUp(server.base(), warmUp);
            LoadRun one = LoadRun.run(server.base(), full, 1);
            LoadRun many = LoadRun.run(server.base(), full, options.clients());
            LoadRun wordsMany = LoadRun.run(server.base(), words, options.clients());
            int sample = Math.min(mix.size(), 30);
            double rg = Ripgrep.meanMillis(corpus, mix.subList(0, sample));
            return new Row(label, summary.files(), mb, indexSeconds, mb / indexSeconds, single, all, luceneAlone,
                    indexBytes, peakHeap, peakRss, server.startupSeconds(), server.peakRssMb(), one, many, wordsMany, rg,
                    sample);
        }
    }

    /**
     * Keeps the server (and this load generator) busy until the JIT has compiled the search path:
     * on two cores the compiler takes one of them for the first minute or so of load, which a
     * measurement straight after start-up would count as search time. The warm-up queries are
     * drawn apart from the measured ones, so no cache holds a measured query's answer.
     */
    private void warmUp(String base, List<QueryMix> queries) throws Exception {
        List<String> paths = queries.stream().flatMap(q -> Stream.of(q.path("full"), q.path("words"))).toList();
        long end = System.nanoTime() + options.warmUpSeconds() * 1_000_000_000L;
        do {
            LoadRun.run(base, paths, options.clients());
        } while (System.nanoTime() < end);
    }

    /**
     * Resets the heap pools' peaks and the process's peak resident memory (Linux: writing 5 to
     * /proc/self/clear_refs), so that both peaks after indexing are the indexing's own. Where that
     * file cannot be written the resident peak is the process's since it started.
     */
    private static void resetPeakMemory() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | UnsupportedOperationException e) {
            // not Linux, or not allowed: the peak counts from the start of the process
        }
    }

    private static double peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1e6;
    }

    static long folderBytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    /** A memory figure ({@code VmHWM:} peak, {@code RssAnon:} own pages now) of process {@code pid} from /proc, in MB (0 where /proc is missing). */
    static double rssMb(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private void print(List<Row> rows, MeasuresStep.Result measures) {
        int cores = Runtime.getRuntime().availableProcessors();
        out.println();
        out.printf("Machine: %d cores, %.1f GB memory, Java %s%n", cores,
                ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getTotalMemorySize() / 1e9, System.getProperty("java.version"));
        out.println();
        out.println("| size | docs | MB | index s | index MB/s | bound 1 thread MB/s | bound all cores MB/s | index/bound "
                + "| Lucene alone MB/s | Lucene alone/bound "
                + "| index size/text | peak heap MB | index peak RSS MB | start-up s | server RSS MB "
                + "| 1 client p50/p95/p99 ms | 1 client q/s "
                + "| " + options.clients() + " clients p50/p95/p99 ms | " + options.clients() + " clients q/s | errors "
                + "| words-only p50/p99 ms | rg ms/query | portal ms/query 1 client | rg/portal 1 client "
                + "| portal ms/query " + options.clients() + " clients | rg/portal " + options.clients() + " clients |");
        out.println("|---".repeat(26) + "|");
        for (Row r : rows) {
            out.printf("| %s | %d | %.1f | %.1f | %.2f | %.2f | %.2f | %.0f%% | %.2f | %.0f%% | %.2f | %.0f | %.0f | %.2f | %.0f | %.1f/%.1f/%.1f | %.0f "
                            + "| %.1f/%.1f/%.1f | %.0f | %d | %.1f/%.1f | %.1f | %.2f | %.0f× | %.2f | %.0f× |%n",
                    r.size(), r.documents(), r.megabytes(), r.indexSeconds(), r.indexRate(), r.boundSingle(),
                    r.boundAll(), 100 * r.boundRatio(), r.luceneAlone(), 100 * r.luceneAloneRatio(),
                    r.indexBytesPerText(), r.peakHeapMb(), r.indexPeakRssMb(),
                    r.startupSeconds(), r.serverRssMb(), r.one().p50Ms(), r.one().p95Ms(), r.one().p99Ms(),
                    r.one().perSecond(), r.many().p50Ms(), r.many().p95Ms(), r.many().p99Ms(), r.many().perSecond(),
                    r.one().errors() + r.many().errors() + r.wordsMany().errors(),
                    r.wordsMany().p50Ms(), r.wordsMany().p99Ms(), r.ripgrepMs(), r.one().meanMs(), r.ripgrepRatioOneClient(),
                    r.manyMsPerQuery(), r.ripgrepRatio());
        }
        Row full = rows.stream().filter(r -> r.size().equals("1x")).findFirst().orElse(rows.get(rows.size() - 1));
        out.println();
        out.println("Targets (1x corpus):");
        target("indexing at >= 70% of the all-cores analyzer bound", full.boundRatio() >= 0.7,
                String.format("%.0f%% (Lucene alone: %.0f%%)", 100 * full.boundRatio(), 100 * full.luceneAloneRatio()));
        target(options.clients() + " clients: p50 <= 10 ms", full.many().p50Ms() <= 10, String.format("%.1f ms", full.many().p50Ms()));
        target(options.clients() + " clients: p99 <= 50 ms", full.many().p99Ms() <= 50, String.format("%.1f ms", full.many().p99Ms()));
        target("zero errors", full.one().errors() + full.many().errors() + full.wordsMany().errors() == 0,
                String.valueOf(full.one().errors() + full.many().errors() + full.wordsMany().errors()));
        target(options.clients() + " clients: >= 100x faster than ripgrep per query", full.ripgrepRatio() >= 100,
                String.format("%.0f× (one client: %.0f×)", full.ripgrepRatio(), full.ripgrepRatioOneClient()));
        target("start-up on an existing index <= 2 s", full.startupSeconds() <= 2, String.format("%.2f s", full.startupSeconds()));
        target("served with -Xmx512m", full.many().errors() == 0, String.format("RSS %.0f MB", full.serverRssMb()));
        target("search latency within 2x of SmartChineseAnalyzer-only (p50)",
                full.many().p50Ms() <= 2 * Math.max(full.wordsMany().p50Ms(), 0.5),
                String.format("%.1f ms vs %.1f ms", full.many().p50Ms(), full.wordsMany().p50Ms()));
        if (measures != null) {
            target("measures statistics over " + measures.measures() + " measures <= 50 ms",
                    Math.max(measures.p50Ms(), measures.filteredP50Ms()) <= 50,
                    String.format("p50 %.1f ms, drill-down p50 %.1f ms, max %.1f ms, list p50 %.1f ms",
                            measures.p50Ms(), measures.filteredP50Ms(), measures.maxMs(), measures.listP50Ms()));
        }
    }

    /** The OCR step and its line; without Tesseract, the line says why there are no figures. */
    private void ocr() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        try {
            OcrStep.Result r = OcrStep.run(options.corpus(), options.ocrPages(), cores, options.work().resolve("ocr"));
            out.printf("OCR: %d pages in %d scanned PDFs (drawn at 200 dpi) | %.2f pages/s on %d cores "
                            + "| indexing the scans %.1f s, the same texts %.1f s: OCR %.0f%% of indexing time%n",
                    r.pages(), r.files(), r.pagesPerSecond(), cores, r.indexSeconds(), r.textSeconds(), 100 * r.share());
        } catch (IngestException e) {
            out.println("OCR: not measured: " + e.getMessage());
        }
    }

    /**
     * The load soak: indexes the whole corpus, starts a server limited to 512 MB and keeps
     * {@code connections} clients busy for {@code seconds}; prints the figures and the targets.
     */
    public LoadSoak soak(int connections, int seconds) throws Exception {
        Files.createDirectories(options.work());
        Path index = options.work().resolve("index-load");
        new CorpusIndexer(new DocumentReader(Long.MAX_VALUE), Runtime.getRuntime().availableProcessors())
                .index(options.corpus(), index, IndexProgress.NONE);
        List<String> texts = new ArrayList<>();
        for (Path file : CorpusScanner.files(options.corpus())) {
            texts.add(Files.readString(file, StandardCharsets.UTF_8));
        }
        List<QueryMix> mix = QueryMix.draw(texts, options.queries(), 11);
        try (Server server = Server.start(index, options.work().resolve("data-load"))) {
            LoadSoak soak = LoadSoak.run(server.base(), mix, connections, seconds, () -> (long) server.currentAnonRssMb());
            out.printf("%nLoad: %d connections for %d s of searches, statistics and document views (server -Xmx512m)%n",
                    connections, seconds);
            out.println("| requests | req/s | errors | p50 ms | p99 ms | anon RSS first window MB | anon RSS last window MB | growth |");
            out.println("|---|---|---|---|---|---|---|---|");
            out.printf("| %d | %.0f | %d | %.1f | %.1f | %.0f | %.0f | %+.1f%% |%n", soak.requests(), soak.perSecond(),
                    soak.errors(), soak.p50Ms(), soak.p99Ms(), soak.firstWindowMb(), soak.lastWindowMb(),
                    100 * soak.memoryGrowth());
            target("load: zero errors", soak.errors() == 0, String.valueOf(soak.errors()));
            target("load: memory steady (growth <= 10% first to last window)", soak.memoryGrowth() <= 0.10,
                    String.format("%+.1f%%", 100 * soak.memoryGrowth()));
            return soak;
        }
    }

    private void target(String what, boolean met, String figure) {
        out.printf("  %-64s %-10s %s%n", what, met ? "met" : "NOT MET", figure);
    }

    /** A portal server in its own JVM limited to 512 MB, as {@code bin/portal serve} starts it. */
    static final class Server implements AutoCloseable {
        private static final Pattern READY = Pattern.compile("Portal ready: (http://[^/]+)/");
        private final Process process;
        private final String base;
        private final double startupSeconds;

        private Server(Process process, String base, double startupSeconds) {
            this.process = process;
            this.base = base;
            this.startupSeconds = startupSeconds;
        }

        static Server start(Path index, Path data) throws Exception {
            return start(index, data, "--semantic", "off");
        }

        /** A server over {@code index} with {@code -Xmx512m}, given {@code extra} flags ({@code --semantic on}). */
        static Server start(Path index, Path data, String... extra) throws Exception {
            List<String> options = new ArrayList<>(List.of("-Xmx512m"));
            options.addAll(PortalJvm.classDataSharing(index.resolveSibling("portal-serve.jsa")));
            List<String> args = new ArrayList<>(List.of("serve", "--index", index.toString(),
                    "--corpus", index.resolveSibling("no-corpus").toString(), "--data", data.toString(), "--port", "0"));
            args.addAll(List.of(extra));
            ProcessBuilder builder = PortalJvm.command(options, args.toArray(String[]::new))
                    .redirectErrorStream(true);
            long start = System.nanoTime();
            Process process = builder.start();
            BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String base = null;
            for (String line = lines.readLine(); line != null && base == null; line = lines.readLine()) {
                Matcher m = READY.matcher(line);
                if (m.find()) {
                    base = m.group(1);
                }
            }
            if (base == null) {
                process.destroyForcibly();
                throw new IOException("the portal server did not start");
            }
            Thread.ofPlatform().daemon().start(() -> drain(lines));
            int first = HttpGet.status(base + "/api/search?q=%E6%B3%95");
            double seconds = (System.nanoTime() - start) / 1e9;
            if (first != 200) {
                throw new IOException("the first search answered " + first);
            }
            return new Server(process, base, seconds);
        }

        /** Reads the server's output so that it never blocks on a full pipe, until the server is stopped. */
        private static void drain(BufferedReader lines) {
            try {
                lines.transferTo(Writer.nullWriter());
            } catch (IOException stopped) {
                // Stopping the server closes the pipe under the reader: nothing is left to read.
            }
        }

        String base() {
            return base;
        }

        double startupSeconds() {
            return startupSeconds;
        }

        double peakRssMb() {
            return Benchmark.rssMb(process.pid(), "VmHWM:");
        }

        /** Resident memory of the process's own (anonymous) pages: heap and native, without the mapped index files. */
        double currentAnonRssMb() {
            return Benchmark.rssMb(process.pid(), "RssAnon:");
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
