package cn.policyportal.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.policyportal.bench.Benchmark;
import cn.policyportal.bench.KillRun;
import cn.policyportal.bench.SemanticBench;

/** {@code portal bench}: the benchmark, printed as one table with its targets. */
final class BenchCommand {

    static final String HELP = """
            Usage: bin/portal bench --corpus DIR [--scale N] [--queries N] [--clients C] [--measures N] [--ocr-pages N] [--warmup S] [--work DIR]
                   bin/portal bench --load --corpus DIR [--clients C] [--seconds S] [--work DIR]
                   bin/portal bench --kills N --corpus DIR [--work DIR]
                   bin/portal bench --semantic --corpus DIR [--queries N] [--clients C] [--work DIR]

            Indexes DIR at 1/4, 1/2 and all of its files (and at N times its size, made by recombining
            its articles into new documents, with --scale N), and measures for each: indexing speed
            beside the analyzer bound, queries over HTTP at 1 and C clients (default 16) against a
            server limited to -Xmx512m, beside the SmartChineseAnalyzer-only configuration and
            ripgrep over the same files, start-up time and memory. Then measures statistics over
            generated plans (--measures, default 100000; 0 skips), and OCR: the first texts of DIR drawn as
            scanned A4 pages at 200 dpi (--ocr-pages, default 12; 0 skips), read by OCR alone on all
            cores (pages/s) and indexed (OCR's share of the indexing time). Prints a table and the targets.

            With --load: indexes DIR, then C connections (default 64) send searches, statistics and
            document views for S seconds (default 60) to a server limited to -Xmx512m; prints
            requests, errors, p50/p99 and resident memory in the first and last ten seconds.

            With --kills N: copies up to 300 files of DIR, then kills N runs of 'bin/portal index'
            (each adding or removing 300 files) with SIGKILL at random moments, and checks after each
            that the index holds the documents from before the run or after it, never a mix.

            With --semantic: the cost of question search by meaning over DIR: embedding rate one text
            at a time and in batches, time until the lexical index is searchable and until the vectors
            are ready, index size with and without vectors, question latency at 1 and C clients and
            keyword latency with semantic search on and off, against a server limited to -Xmx512m.

              --queries N   queries per run (default 2000; at most 500 with --semantic)
              --warmup S    seconds each server answers other queries before it is measured (default 60)
              --work DIR    where corpora and indexes are made (default: a temporary folder)
            """;

    private BenchCommand() {
    }

    static void run(List<String> args, PrintStream out) throws Exception {
        Path corpus = null;
        Path work = null;
        int scale = 1;
        int queries = 2000;
        int warmUp = 60;
        Integer clients = null;
        int measures = 100_000;
        int ocrPages = 12;
        int seconds = 60;
        boolean load = false;
        boolean semantic = false;
        int kills = 0;
        for (int i = 0; i < args.size(); i++) {
            String flag = args.get(i);
            if (flag.equals("--load")) {
                load = true;
                continue;
            }
            if (flag.equals("--semantic")) {
                semantic = true;
                continue;
            }
            if (i + 1 >= args.size()) {
                throw new PortalConfig.UsageException(flag + " needs a value");
            }
            String value = args.get(++i);
            switch (flag) {
                case "--corpus" -> corpus = Path.of(value);
                case "--work" -> work = Path.of(value);
                case "--scale" -> scale = positive(flag, value);
                case "--queries" -> queries = positive(flag, value);
                case "--clients" -> clients = positive(flag, value);
                case "--measures" -> measures = Integer.parseInt(value);
                case "--ocr-pages" -> ocrPages = Integer.parseInt(value);
                case "--seconds" -> seconds = positive(flag, value);
                case "--warmup" -> warmUp = Integer.parseInt(value);
                case "--kills" -> kills = positive(flag, value);
                default -> throw new PortalConfig.UsageException("unknown option " + flag);
            }
        }
        if (corpus == null || !Files.isDirectory(corpus)) {
            throw new PortalConfig.UsageException("--corpus must name a folder of documents");
        }
        Path folder = work != null ? work : Files.createTempDirectory("portal-bench");
        int connections = clients != null ? clients : load ? 64 : 16;
        Benchmark benchmark = new Benchmark(new Benchmark.Options(corpus, scale, queries, connections, measures, warmUp, folder,
                ocrPages), out);
        if (semantic) {
            new SemanticBench(corpus, folder, Math.min(queries, 500), connections, out).run();
        } else if (kills > 0) {
            KillRun run = KillRun.run(corpus, folder, kills, System.nanoTime());
            out.printf("Kills: %d | before the commit: %d | after it: %d | mixed: %d | next run whole: %s%n",
                    run.kills(), run.beforeCommit(), run.afterCommit(), run.mixed(), run.finalRunWhole() ? "yes" : "NO");
        } else if (load) {
            benchmark.soak(connections, seconds);
        } else {
            benchmark.run();
        }
    }

    private static int positive(String flag, String value) throws PortalConfig.UsageException {
        try {
            int n = Integer.parseInt(value);
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new PortalConfig.UsageException(flag + " must be a positive whole number, not '" + value + "'");
        }
    }
}
