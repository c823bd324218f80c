package cn.policyportal.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import cn.policyportal.ingest.DocumentIds;
import cn.policyportal.ingest.DocumentReader;
import cn.policyportal.ingest.IngestException;
import cn.policyportal.ingest.IngestedDocument;
import cn.policyportal.text.TextQuality;

/**
 * Brings the index in line with a corpus folder: new and changed files are (re)indexed, unchanged
 * files (same content hash) skipped, and documents whose file is gone removed.
 *
 * <p>A run is atomic: everything it changes becomes visible in one Lucene commit at the end, so a
 * run that fails or is killed leaves the previous index intact. One bad file is reported and
 * skipped; it never stops the run. Files are read, parsed and analysed on several threads, and
 * written by one at a time ({@link RecordedTokens}), so that a run adds one segment, not one per thread.
 */
public final class CorpusIndexer {

    /**
     * The writer's RAM buffer: large enough that indexing the bench laws (50 MB of text) writes
     * its segment once, at the end, instead of writing and merging many small ones.
     */
    public static final double RAM_BUFFER_MB = 256;

    /**
     * The longest text whose tokens are recorded before writing: a few times its size in memory
     * while it waits for the writer. A longer one is analysed by the writer itself, one at a time.
     */
    private static final int MAX_RECORDED_CHARS = 1_000_000;

    private final DocumentReader reader;
    private final int threads;

    /**
     * @param reader  turns files into documents
     * @param threads how many cores to read, parse and analyse files on
     */
    public CorpusIndexer(DocumentReader reader, int threads) {
        this.reader = reader;
        this.threads = Math.max(1, threads);
    }

    /** Indexes {@code corpus} into {@code indexDir}, reporting each finished file to {@code progress}. */
    public IndexSummary index(Path corpus, Path indexDir, IndexProgress progress) throws IOException {
        return index(corpus, indexDir, progress, Map.of());
    }

    /**
     * As {@link #index(Path, Path, IndexProgress)}, taking the documents in {@code alreadyRead} (by
     * corpus path) as they are instead of extracting their files again, as long as the file still
     * has the content they were read from: an upload is checked by reading it before it is saved.
     */
    public IndexSummary index(Path corpus, Path indexDir, IndexProgress progress,
            Map<String, IngestedDocument> alreadyRead) throws IOException {
        long startedAt = System.currentTimeMillis();
        long startNanos = System.nanoTime();
        List<Path> files = CorpusScanner.files(corpus);
        Files.createDirectories(indexDir);
        boolean rebuild = IndexStatus.read(indexDir).map(s -> s.schema() != IndexStatus.SCHEMA).orElse(false);
        // CREATE replaces the old index only at the commit, so a rebuild is as atomic as any run.
        Analyzer analyzer = Analyzers.indexing();
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(rebuild ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setCommitOnClose(false);
        try (Directory dir = FSDirectory.open(indexDir); IndexWriter writer = new IndexWriter(dir, config)) {
            try {
                Run run = new Run(corpus, writer, analyzer, rebuild ? Map.of() : knownHashes(writer), alreadyRead,
                        files.size(), progress);
                runAll(files, run);
                int removed = run.removeVanished();
                List<IndexSummary.Failure> failures = run.sortedFailures();
                writer.setLiveCommitData(new IndexStatus(startedAt, failures).toCommitData().entrySet());
                writer.commit();
                return new IndexSummary(files.size(), run.indexed.get(), run.skipped.get(), removed, failures,
                        run.bytes.get(), Duration.ofNanos(System.nanoTime() - startNanos), new TreeMap<>(run.quality));
            } catch (IOException | RuntimeException | Error e) {
                writer.rollback();
                throw e;
            }
        }
    }

    private void runAll(List<Path> files, Run run) throws IOException {
        // Twice as many threads as cores: a thread waiting for the writer leaves its core to another.
        ExecutorService pool = Executors.newFixedThreadPool(2 * threads, r -> {
            Thread t = new Thread(r, "indexer");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (Path file : files) {
                tasks.add(() -> {
                    run.indexOne(file);
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(tasks)) {
                done.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("indexing was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("indexing failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The content hash of every document already in the index, by document id. */
    private static Map<String, String> knownHashes(IndexWriter writer) throws IOException {
        Map<String, String> hashes = new HashMap<>();
        try (DirectoryReader existing = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(existing);
            StoredFields stored = searcher.storedFields();
            int limit = Math.max(1, existing.numDocs());
            for (ScoreDoc hit : searcher.search(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOC)), limit).scoreDocs) {
                Document doc = stored.document(hit.doc, Set.of(Fields.DOC_ID, Fields.HASH));
                hashes.put(doc.get(Fields.DOC_ID), doc.get(Fields.HASH));
            }
        }
        return hashes;
    }

    /** The mutable state of one run, shared by the worker threads. */
    private final class Run {
        private final Path corpus;
        private final IndexWriter writer;
        private final Analyzer analyzer;
        private final Object writing = new Object();
        private final Map<String, String> known;
        private final Map<String, IngestedDocument> alreadyRead;
        private final int total;
        private final IndexProgress progress;
        private final Set<String> seen = ConcurrentHashMap.newKeySet();
        private final List<IndexSummary.Failure> failures = Collections.synchronizedList(new ArrayList<>());
        private final Map<String, TextQuality> quality = new ConcurrentHashMap<>();
        private final AtomicInteger indexed = new AtomicInteger();
        private final AtomicInteger skipped = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicLong bytes = new AtomicLong();
        private final AtomicLong bytesDone = new AtomicLong();

        Run(Path corpus, IndexWriter writer, Analyzer analyzer, Map<String, String> known,
                Map<String, IngestedDocument> alreadyRead, int total, IndexProgress progress) {
            this.corpus = corpus;
            this.writer = writer;
            this.analyzer = analyzer;
            this.known = known;
            this.alreadyRead = alreadyRead;
            this.total = total;
            this.progress = progress;
        }

        void indexOne(Path file) throws IOException {
            String path = DocumentReader.relativePath(corpus, file);
            String id = DocumentIds.forPath(path);
            seen.add(id);
            long size = 0;
            try {
                byte[] content = reader.readBytes(file);
                size = content.length;
                String hash = DocumentIds.sha256(content);
                if (hash.equals(known.get(id))) {
                    skipped.incrementAndGet();
                    return;
                }
                IngestedDocument read = alreadyRead.get(path);
                IngestedDocument doc = read != null && read.contentHash().equals(hash) ? read
                        : reader.fromBytes(path, content, hash);
                List<Document> block = DocumentBlocks.of(doc);
                if (doc.paragraphs().stream().mapToInt(String::length).sum() <= MAX_RECORDED_CHARS) {
                    block = RecordedTokens.recordAll(block, analyzer);
                }
                // One writer at a time keeps Lucene to one in-memory segment, hence one segment per run.
                synchronized (writing) {
                    writer.updateDocuments(new Term(Fields.DOC_ID, id), block);
                }
                indexed.incrementAndGet();
                quality.put(path, doc.quality());
                bytes.addAndGet(size);
            } catch (IngestException e) {
                fail(path, id, e.reason().code(), e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                fail(path, id, IngestException.Reason.CORRUPT.code(),
                        IngestException.Reason.CORRUPT.label() + "：" + e.getClass().getSimpleName());
            } finally {
                progress.fileDone(done.incrementAndGet(), total, bytesDone.addAndGet(size));
            }
        }

        private void fail(String path, String id, String reason, String message) {
            failures.add(new IndexSummary.Failure(path, reason, message, known.containsKey(id)));
        }

        int removeVanished() throws IOException {
            int removed = 0;
            for (String id : known.keySet()) {
                if (!seen.contains(id)) {
                    writer.deleteDocuments(new Term(Fields.DOC_ID, id));
                    removed++;
                }
            }
            return removed;
        }

        List<IndexSummary.Failure> sortedFailures() {
            List<IndexSummary.Failure> sorted = new ArrayList<>(failures);
            sorted.sort((a, b) -> a.path().compareTo(b.path()));
            return sorted;
        }
    }
}
