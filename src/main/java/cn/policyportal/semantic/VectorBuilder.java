package cn.policyportal.semantic;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

/**
 * Brings the vector index in line with the units of the lexical index: vectors of units that are
 * gone or whose text changed are deleted; the others come from the cache when their text was
 * embedded before (another version of the same law, an earlier run), and are computed otherwise.
 *
 * <p>Texts are embedded shortest first in batches of about the same length ({@link #BATCH}), so
 * padding wastes little and one ONNX run serves many texts, on one worker per core, each run on
 * one thread: on an idle machine that embeds about as fast as one run on every core, and while
 * other work shares the cores two one-thread workers kept 1.7 times the rate of one run on two
 * threads (docs/benchmarks.md). Batches are taken back in order; after each the vectors are in the cache on
 * disk, and every {@link #COMMIT_MILLIS} the vector index commits, so a killed run resumes from the
 * cache and loses no more than the batches in flight.
 */
final class VectorBuilder {

    /** Texts per ONNX run: beyond this the batch's padding and memory grow faster than the gain. */
    static final int BATCH = 16;
    /**
     * How often the vector index commits while it is built. A killed run resumes from the cache,
     * whatever was committed, so commits only bound how many cached vectors a resumed run adds
     * again; each commit flushes a small segment whose graph a merge must build again (committing
     * every 10 s left about 100 segments to merge over the 3,130 laws).
     */
    private static final long COMMIT_MILLIS = 60_000;

    private final Embedder embedder;
    private final EmbeddingCache cache;
    private final VectorIndex vectors;
    private final int workers;

    /** A builder that runs {@code embedder} on {@code workers} threads at once. */
    VectorBuilder(Embedder embedder, EmbeddingCache cache, VectorIndex vectors, int workers) {
        this.embedder = embedder;
        this.cache = cache;
        this.vectors = vectors;
        this.workers = Math.max(1, workers);
    }

    /**
     * Brings the vectors in line with {@code scan}, made against {@code existing} (the text key of
     * every unit with a vector), telling {@code progress} after each batch.
     */
    VectorStatus build(Units.Scan scan, Map<String, String> existing, VectorProgress progress) throws IOException {
        long start = System.nanoTime();
        Map<String, List<Units.Unit>> missing = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (Units.Unit u : scan.missing()) {
            missing.computeIfAbsent(u.textKey(), k -> new ArrayList<>()).add(u);
            texts.putIfAbsent(u.textKey(), u.text());
        }
        Set<String> wanted = scan.wanted();
        int total = missing.values().stream().mapToInt(List::size).sum();
        int done = 0;
        int embedded = 0;
        try (IndexWriter writer = vectors.writer()) {
            for (String key : existing.keySet()) {
                if (!wanted.contains(key)) {
                    writer.deleteDocuments(new Term(VectorIndex.KEY, key));
                }
            }
            List<String> toEmbed = new ArrayList<>();
            for (Map.Entry<String, List<Units.Unit>> e : missing.entrySet()) {
                float[] cached = cache.get(EmbeddingCache.key(texts.get(e.getKey())));
                if (cached == null) {
                    toEmbed.add(e.getKey());
                } else {
                    done += add(writer, e.getValue(), e.getKey(), cached);
                }
            }
            toEmbed.sort(Comparator.comparingInt(k -> texts.get(k).length()));
            List<List<String>> batches = new ArrayList<>();
            for (int from = 0; from < toEmbed.size(); from += BATCH) {
                batches.add(toEmbed.subList(from, Math.min(toEmbed.size(), from + BATCH)));
            }
            ExecutorService pool = Executors.newFixedThreadPool(workers, VectorBuilder::worker);
            try {
                List<Future<List<float[]>>> computing = new ArrayList<>();
                long lastCommit = System.currentTimeMillis();
                for (int b = 0; b < batches.size(); b++) {
                    while (computing.size() < batches.size() && computing.size() < b + 2 * workers) {
                        List<String> batchTexts = batches.get(computing.size()).stream().map(texts::get).toList();
                        computing.add(pool.submit(() -> embedder.embed(batchTexts)));
                    }
                    List<String> batch = batches.get(b);
                    List<float[]> computed = result(computing.get(b));
                    computing.set(b, null);
                    cache.putAll(batch.stream().map(k -> EmbeddingCache.key(texts.get(k))).toList(), computed);
                    for (int i = 0; i < batch.size(); i++) {
                        done += add(writer, missing.get(batch.get(i)), batch.get(i), computed.get(i));
                        embedded += missing.get(batch.get(i)).size();
                    }
                    if (System.currentTimeMillis() - lastCommit > COMMIT_MILLIS) {
                        writer.commit();
                        vectors.refresh();
                        lastCommit = System.currentTimeMillis();
                    }
                    progress.update(status("building", done, total, embedded, start));
                }
            } finally {
                stop(pool);
            }
            writer.commit();
        }
        vectors.refresh();
        VectorStatus finished = status("ready", done, total, embedded, start);
        progress.update(finished);
        return finished;
    }

    /** A batch's vectors once its worker is done; its failure as the worker met it. */
    private static List<float[]> result(Future<List<float[]>> batch) throws IOException {
        try {
            return batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("语义向量计算被中断");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause().getMessage(), e.getCause());
        }
    }

    /**
     * Stops the workers and waits for the runs in flight (a batch takes well under a second): the
     * writer and the model they use are closed after this returns, and an ONNX run cannot be
     * interrupted.
     */
    private static void stop(ExecutorService pool) throws IOException {
        pool.shutdownNow();
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("语义向量计算被中断");
        }
    }

    private static Thread worker(Runnable task) {
        Thread thread = new Thread(task, "vector-worker");
        thread.setDaemon(true);
        return thread;
    }

    /** Replaces the vectors of {@code units} (all of one text); how many were added. */
    private static int add(IndexWriter writer, List<Units.Unit> units, String textKey, float[] vector)
            throws IOException {
        for (Units.Unit u : units) {
            writer.updateDocument(new Term(VectorIndex.KEY, u.key()), VectorIndex.document(u.key(), u.docId(), textKey, vector));
        }
        return units.size();
    }

    private static VectorStatus status(String state, int done, int total, int embedded, long start) {
        double seconds = Math.max((System.nanoTime() - start) / 1e9, 1e-9);
        String message = state.equals("ready") ? "语义向量已就绪：按问题检索同时按词语与语义排序"
                : "正在计算语义向量：" + done + " / " + total + " 个条文";
        return new VectorStatus(state, done, total, embedded, embedded / seconds, message);
    }
}
