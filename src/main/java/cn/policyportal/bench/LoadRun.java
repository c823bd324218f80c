package cn.policyportal.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends a list of requests to a server with a number of concurrent clients, each client taking
 * the next request until all are done, and reports latency percentiles, throughput and errors.
 *
 * @param requests    how many requests were sent
 * @param errors      how many failed (no answer, or a status other than 200)
 * @param p50Ms       median latency
 * @param p95Ms       95th percentile
 * @param p99Ms       99th percentile
 * @param meanMs      mean latency
 * @param perSecond   requests answered per second of wall time
 */
record LoadRun(int requests, int errors, double p50Ms, double p95Ms, double p99Ms, double meanMs, double perSecond) {

    static LoadRun run(String base, List<String> paths, int clients) throws Exception {
        long[] latencies = new long[paths.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < paths.size(); i = next.getAndIncrement()) {
                        long t = System.nanoTime();
                        if (!HttpGet.ok(base + paths.get(i))) {
                            errors.incrementAndGet();
                        }
                        latencies[i] = System.nanoTime() - t;
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
        double wall = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return new LoadRun(paths.size(), errors.get(), percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), Arrays.stream(sorted).average().orElse(0) / 1e6, paths.size() / wall);
    }

    /** The {@code p}th percentile of sorted nanosecond latencies, in milliseconds. */
    static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }
}
