package cn.policyportal.semantic;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

import org.apache.lucene.index.DirectoryReader;

import cn.policyportal.snapshot.Snapshots;

/**
 * Search by meaning, as the features use it: whether the vectors are ready, the units nearest to a
 * question or to an article, and the background job that keeps the vectors in line with the
 * lexical index. Everything degrades to "not ready": with semantic search turned off, or a model
 * that cannot be loaded, keyword and question search by words work as before and the status says why.
 */
public final class Semantic implements Closeable {

    private static final Logger LOG = Logger.getLogger(Semantic.class.getName());
    /** How often the background job looks for a new lexical commit. */
    private static final long WATCH_MILLIS = 2000;

    /**
     * How semantic search is set up.
     *
     * @param enabled whether to use it at all ({@code --semantic off}, {@code PORTAL_SEMANTIC=off})
     * @param model   an ONNX model file to use instead of the one in the jar, or {@code null}
     * @param threads how many batches of texts are embedded at once, each on one core
     */
    public record Settings(boolean enabled, Path model, int threads) {
    }

    private final Settings settings;
    private final EmbeddingCache cache;
    private final VectorIndex vectors;
    private final AtomicReference<VectorStatus> status = new AtomicReference<>();
    private volatile Embedder embedder;
    private volatile boolean everReady;
    private volatile boolean closed;

    private Semantic(Settings settings, EmbeddingCache cache, VectorIndex vectors, VectorStatus initial) {
        this.settings = settings;
        this.cache = cache;
        this.vectors = vectors;
        this.status.set(initial);
    }

    /** Semantic search turned off: nothing is loaded. */
    public static Semantic off() {
        return new Semantic(new Settings(false, null, 1), null, null,
                VectorStatus.of("off", "语义检索已关闭（--semantic off 或 PORTAL_SEMANTIC=off）：按问题检索只按词语匹配"));
    }

    /** Semantic search over the index in {@code indexDir}: its vectors and cache live in {@code indexDir/semantic}. */
    public static Semantic open(Path indexDir, Settings settings) throws IOException {
        if (!settings.enabled()) {
            return off();
        }
        Path dir = indexDir.resolve("semantic");
        Semantic semantic = new Semantic(settings, new EmbeddingCache(dir.resolve("embeddings.bin")),
                new VectorIndex(dir.resolve("vectors")), VectorStatus.of("waiting", "语义向量尚未开始计算"));
        semantic.vectors.refresh();
        return semantic;
    }

    public VectorStatus status() {
        return status.get();
    }

    /** Whether questions can be answered by meaning: the vectors were brought up to date at least once. */
    public boolean ready() {
        return everReady && embedder != null;
    }

    /** The {@code k} units nearest in meaning to {@code question}; none when not ready. */
    public List<VectorIndex.Neighbour> nearest(String question, int k) throws IOException {
        Embedder model = embedder;
        if (!ready() || model == null) {
            return List.of();
        }
        return vectors.nearest(model.query(question), k, null);
    }

    /** The units of other documents nearest in meaning to the unit {@code unitKey}; none when it has no vector. */
    public List<VectorIndex.Neighbour> related(String unitKey, int k) throws IOException {
        return vectors == null ? List.of() : vectors.related(unitKey, k);
    }

    /**
     * Loads the model and brings the vectors in line with the current commit of {@code snapshots},
     * now, on this thread; the status tells how it went. Returns the final status.
     */
    public VectorStatus update(Snapshots snapshots, VectorProgress progress) {
        if (!settings.enabled()) {
            return status.get();
        }
        try {
            if (embedder == null && !loadModel()) {
                return status.get();
            }
            vectors.refresh();
            Map<String, String> existing = vectors.textKeys();
            Units.Scan scan = snapshots.read(s -> Units.of(s.searcher(), existing));
            VectorStatus finished = new VectorBuilder(embedder, cache, vectors, settings.threads()).build(scan, existing, s -> {
                status.set(s);
                progress.update(s);
            });
            everReady = true;
            return finished;
        } catch (IOException | RuntimeException e) {
            LOG.warning("语义向量计算失败：" + e.getMessage() + "（关键词与按问题检索照常可用，下次提交后重试）");
            status.set(VectorStatus.of("unavailable", "语义向量计算失败：" + e.getMessage()));
            return status.get();
        }
    }

    /** Loads the model; on failure says why in the log and the status, and keeps the rest working. */
    private boolean loadModel() {
        try {
            embedder = settings.model() == null ? Embedder.bundled(1) : Embedder.open(settings.model(), 1);
            return true;
        } catch (IOException | RuntimeException | LinkageError e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            LOG.warning("语义检索不可用：" + reason + "。关键词检索与按问题的词语检索照常可用。");
            status.set(VectorStatus.of("unavailable", "语义检索不可用（" + reason + "），关键词检索与按问题的词语检索照常可用"));
            return false;
        }
    }

    /**
     * Starts a daemon thread that brings the vectors in line with every new commit of the lexical
     * index, so the index is searchable by words at once and by meaning once the vectors are done.
     */
    public void watch(Snapshots snapshots) {
        if (!settings.enabled()) {
            return;
        }
        Thread thread = new Thread(() -> {
            long built = -1;
            while (!closed) {
                try {
                    long version = snapshots.read(s -> ((DirectoryReader) s.searcher().getIndexReader()).getVersion());
                    if (version != built) {
                        VectorStatus done = update(snapshots, VectorProgress.NONE);
                        if (done.state().equals("unavailable") && embedder == null) {
                            return;
                        }
                        built = version;
                    }
                    Thread.sleep(WATCH_MILLIS);
                } catch (InterruptedException e) {
                    return;
                } catch (IOException | RuntimeException e) {
                    // The index is being replaced: the next round tries again.
                }
            }
        }, "vectors");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        closed = true;
        if (vectors != null) {
            vectors.close();
        }
        if (cache != null) {
            cache.close();
        }
        if (embedder != null) {
            embedder.close();
        }
    }
}
