package cn.policyportal.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import cn.policyportal.index.Analyzers;
import cn.policyportal.index.CorpusIndexer;

/**
 * The two speeds indexing is read against, in MB of text per second: the analyzer bound (the
 * SmartChineseAnalyzer words and the CJK bigrams of every text, tokens counted and dropped), and
 * Lucene alone (the same two analyses of every text inverted into an index on disk, and nothing
 * else: no reading of files, no units, no third analysis, nothing stored). No pipeline over these
 * analyses can beat Lucene alone, so the gap between the two bounds is Lucene's own cost.
 */
final class IndexingBounds {

    private static final String WORDS = "words";
    private static final String BIGRAMS = "bigrams";

    private IndexingBounds() {
    }

    /** MB/s of the two analyses over {@code texts} on {@code threads} threads. */
    static double analyzers(List<String> texts, int threads, double mb) throws Exception {
        long start = System.nanoTime();
        onThreads(texts, threads, text -> {
            drain(Analyzers.words(), text);
            drain(Analyzers.bigrams(), text);
        }, () -> {
        });
        return mb / secondsSince(start);
    }

    /**
     * MB/s of indexing {@code texts} whole, one Lucene document each with a field per analysis, on
     * {@code threads} threads into a new index in {@code dir}, the way Lucene indexes fastest: each
     * thread writes a segment of its own (the portal's RAM buffer, one flush per thread, one commit).
     */
    static double luceneAlone(List<String> texts, int threads, double mb, Path dir) throws Exception {
        Analyzer analyzer = new PerFieldAnalyzerWrapper(Analyzers.words(), Map.of(BIGRAMS, Analyzers.bigrams()));
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(CorpusIndexer.RAM_BUFFER_MB);
        try (Directory directory = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(directory, config)) {
            long start = System.nanoTime();
            onThreads(texts, threads, text -> {
                Document doc = new Document();
                doc.add(new TextField(WORDS, text, Field.Store.NO));
                doc.add(new TextField(BIGRAMS, text, Field.Store.NO));
                writer.addDocument(doc);
            }, () -> {
                while (writer.flushNextBuffer()) {
                    // each call writes one thread's buffer; stop when none is left
                }
            });
            writer.commit();
            return mb / secondsSince(start);
        }
    }

    /** Work on one text. */
    private interface TextWork {
        void apply(String text) throws IOException;
    }

    /** What a thread does when its share is done. */
    private interface ThreadEnd {
        void run() throws IOException;
    }

    /** Deals {@code texts} out to {@code threads} threads and waits for all of them. */
    private static void onThreads(List<String> texts, int threads, TextWork work, ThreadEnd end) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                Callable<Void> share = () -> {
                    for (int i = first; i < texts.size(); i += threads) {
                        work.apply(texts.get(i));
                    }
                    end.run();
                    return null;
                };
                parts.add(pool.submit(share));
            }
            for (Future<Void> part : parts) {
                part.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static double secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Runs {@code analyzer} over {@code text}, dropping its tokens. */
    private static void drain(Analyzer analyzer, String text) throws IOException {
        try (TokenStream stream = analyzer.tokenStream("bound", text)) {
            stream.reset();
            while (stream.incrementToken()) {
                // the bound counts the analysis alone
            }
            stream.end();
        }
    }
}
