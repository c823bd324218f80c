package cn.policyportal.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A timed soak of a running server: a number of connections send a mix of searches, measure
 * statistics and document views for a fixed time, while the server's own resident memory (not the
 * mapped index files, which the page cache may grow and shrink) is sampled every second, so that
 * a leak shows as growth from the first window to the last.
 *
 * @param requests       requests answered
 * @param errors         requests that failed or did not answer 200
 * @param p50Ms          median latency
 * @param p99Ms          99th percentile latency
 * @param perSecond      requests per second of the run
 * @param firstWindowMb  mean resident memory over the first window of the run
 * @param lastWindowMb   mean resident memory over the last window
 */
record LoadSoak(int requests, int errors, double p50Ms, double p99Ms, double perSecond,
                double firstWindowMb, double lastWindowMb) {

    private static final Pattern DOC_ID = Pattern.compile("\"docId\"\\s*:\\s*\"([^\"]+)\"");

    /** Growth of memory from the first window to the last, as a fraction of the first. */
    double memoryGrowth() {
        return firstWindowMb == 0 ? 0 : (lastWindowMb - firstWindowMb) / firstWindowMb;
    }

    /**
     * Runs {@code connections} clients against {@code base} for {@code seconds}, after a warm-up of
     * a tenth of that time; {@code rssMb} reads the server's resident memory.
     */
    static LoadSoak run(String base, List<QueryMix> queries, int connections, int seconds, LongSupplier rssMb)
            throws Exception {
        List<String> paths = mixedPaths(base, queries);
        hammer(base, paths, connections, Math.max(1, seconds / 10) * 1_000_000_000L, new ConcurrentLinkedQueue<>());
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        List<Long> memory = new ArrayList<>();
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                synchronized (memory) {
                    memory.add(rssMb.getAsLong());
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long start = System.nanoTime();
        int errors = hammer(base, paths, connections, seconds * 1_000_000_000L, latencies);
        double wall = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        sampler.join();
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        int window = Math.max(1, Math.min(10, memory.size() / 3));
        return new LoadSoak(sorted.length, errors, LoadRun.percentile(sorted, 50), LoadRun.percentile(sorted, 99),
                sorted.length / wall, mean(memory.subList(0, window)),
                mean(memory.subList(memory.size() - window, memory.size())));
    }

    /** The request mix: searches, statistics and document views in turn. */
    private static List<String> mixedPaths(String base, List<QueryMix> queries) throws IOException {
        String listing = HttpGet.body(base + "/api/documents");
        List<String> ids = new ArrayList<>();
        for (Matcher m = DOC_ID.matcher(listing); m.find(); ) {
            ids.add(m.group(1));
        }
        List<String> stats = List.of("/api/stats/measures?by=lead_dept", "/api/stats/measures?by=status",
                "/api/stats/measures?by=due_month&then=status", "/api/measures?size=50", "/api/reports/progress");
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            paths.add(queries.get(i).path("full"));
            paths.add(stats.get(i % stats.size()));
            if (!ids.isEmpty()) {
                paths.add("/api/documents/" + URLEncoder.encode(ids.get(i % ids.size()), StandardCharsets.UTF_8));
            }
        }
        return paths;
    }

    private static int hammer(String base, List<String> paths, int connections, long nanos,
                              ConcurrentLinkedQueue<Long> latencies) throws Exception {
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + nanos;
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                running.add(pool.submit(() -> {
                    int i = ThreadLocalRandom.current().nextInt(paths.size());
                    while (System.nanoTime() < end) {
                        long t = System.nanoTime();
                        if (!HttpGet.ok(base + paths.get(i++ % paths.size()))) {
                            errors.incrementAndGet();
                        }
                        latencies.add(System.nanoTime() - t);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return errors.get();
    }

    private static double mean(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).average().orElse(0);
    }
}
