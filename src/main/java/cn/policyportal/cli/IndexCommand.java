package cn.policyportal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.Map;

import cn.policyportal.index.CorpusIndexer;
import cn.policyportal.index.IndexProgress;
import cn.policyportal.index.IndexSummary;
import cn.policyportal.ingest.DocumentReader;
import cn.policyportal.semantic.Semantic;
import cn.policyportal.semantic.VectorProgress;
import cn.policyportal.semantic.VectorStatus;
import cn.policyportal.snapshot.Snapshots;
import cn.policyportal.text.TextQuality;

/** {@code portal index}: brings the index in line with the corpus and prints what it did. */
final class IndexCommand {

    static final String HELP = """
            Usage: bin/portal index [--corpus DIR] [--index DIR] [--semantic on|off] [--model FILE]

            (Re)indexes the corpus. New and changed files are indexed, unchanged files skipped,
            removed files dropped from the index; a file that cannot be read is reported and skipped.
            The index changes in one atomic commit at the end: an interrupted run leaves the old index.
            Then, unless --semantic off (or PORTAL_SEMANTIC=off), the units that are new or changed are
            embedded for question search by meaning (index/semantic/; texts embedded before come from
            its cache); an interrupted run keeps what it computed and the next one goes on from there.

              --corpus DIR   documents to index (default: corpus, or $PORTAL_CORPUS)
              --index DIR    where the Lucene index lives (default: index, or $PORTAL_INDEX)

            Environment: PORTAL_MAX_FILE_MB (default 100), PORTAL_THREADS (default: all cores).
            """;

    /** Up to this many indexed files, the summary prints every file's text quality. */
    private static final int MAX_QUALITY_LINES = 50;

    private IndexCommand() {
    }

    /**
     * {@code portal index}: the lexical pass, then (unless semantic search is off) the vectors of
     * the units it added or changed, with a progress line.
     */
    static IndexSummary runWithVectors(PortalConfig config, PrintStream out) throws IOException {
        IndexSummary summary = run(config, out);
        if (config.semantic()) {
            updateVectors(config, config.threads(), out);
        }
        return summary;
    }

    /** Brings the vectors of the index in line with it, on {@code threads} cores, and says how it went. */
    static VectorStatus updateVectors(PortalConfig config, int threads, PrintStream out) throws IOException {
        long start = System.nanoTime();
        try (Semantic semantic = Semantic.open(config.index(), new Semantic.Settings(true, config.model(), threads));
             Snapshots snapshots = new Snapshots(config.index())) {
            VectorProgress progress = !config.progress() ? VectorProgress.NONE : s -> {
                out.printf("\r\033[K[向量 %d/%d] %3.0f%%  %.1f 条/秒", s.done(), s.total(),
                        100.0 * s.done() / Math.max(1, s.total()), s.unitsPerSecond());
                out.flush();
            };
            VectorStatus done = semantic.update(snapshots, progress);
            if (config.progress()) {
                out.print("\r\033[K");
            }
            out.printf("Vectors: %s; %d units brought up to date, %d embedded (the rest from the cache), %.1f units/s, %.1f s%n",
                    done.state(), done.done(), done.embedded(), done.unitsPerSecond(), (System.nanoTime() - start) / 1e9);
            if (!done.state().equals("ready")) {
                out.println("  " + done.message());
            }
            return done;
        }
    }

    /** Runs an indexing pass and prints its summary to {@code out}; returns the summary. */
    static IndexSummary run(PortalConfig config, PrintStream out) throws IOException {
        if (!Files.isDirectory(config.corpus())) {
            throw new IOException("corpus folder not found: " + config.corpus().toAbsolutePath());
        }
        out.printf("Indexing %s into %s (%d cores)%n", config.corpus(), config.index(), config.threads());
        CorpusIndexer indexer = new CorpusIndexer(new DocumentReader(config.maxFileBytes(), config.maxOcrPages()), config.threads());
        long start = System.nanoTime();
        IndexProgress progress = config.progress() ? new TerminalProgress(out, start) : IndexProgress.NONE;
        IndexSummary summary = indexer.index(config.corpus(), config.index(), progress);
        if (config.progress()) {
            out.print("\r\033[K");
        }
        printSummary(summary, out);
        return summary;
    }

    static void printSummary(IndexSummary s, PrintStream out) {
        double seconds = Math.max(s.elapsed().toNanos() / 1e9, 1e-9);
        out.printf("Indexed %d, skipped %d (unchanged), removed %d, failed %d; %d files, %.2f MB in %.1f s (%.2f MB/s)%n",
                s.indexed(), s.skipped(), s.removed(), s.failures().size(), s.files(), s.bytes() / 1e6, seconds,
                s.bytes() / 1e6 / seconds);
        for (IndexSummary.Failure f : s.failures()) {
            out.printf("  failed  %s  [%s] %s%s%n", f.path(), f.reason(), f.message(),
                    f.keptPrevious() ? "（仍保留上次成功索引的版本）" : "");
        }
        printQuality(s.quality(), out);
    }

    /**
     * The text quality of the files this run indexed: every file's figures when there are few, else
     * only those with a warning (the bench laws are thousands); {@code /api/ingest/report} has them all.
     */
    static void printQuality(Map<String, TextQuality> quality, PrintStream out) {
        if (quality.isEmpty()) {
            return;
        }
        long warned = quality.values().stream().filter(q -> q.warning() != null).count();
        out.printf("文字质量：%d个文件，%d个有警告（带警告的文件已索引，可以检索）%n", quality.size(), warned);
        boolean all = quality.size() <= MAX_QUALITY_LINES;
        quality.forEach((path, q) -> {
            if (all || q.warning() != null) {
                out.printf("  %s  %s%n", path, figures(q));
            }
            if (q.warning() != null) {
                out.printf("    警告：%s%n", q.warning());
            }
        });
    }

    /** One file's figures as the summary prints them. */
    static String figures(TextQuality q) {
        StringBuilder line = new StringBuilder(String.format("%d字，汉字占%.0f%%，可疑字符%d，修复空格行%d，合并行%d",
                q.characters(), q.chineseShare() * 100, q.suspicious(), q.mendedLines(), q.joinedLines()));
        if (q.pages() != null) {
            line.append(String.format("，%d页（无文字%d页）", q.pages(), q.pagesWithoutText()));
        }
        if (q.ocrPages() > 0) {
            line.append(String.format("，OCR识别%d页，平均置信度%.0f%%", q.ocrPages(), q.ocrConfidence()));
        }
        return line.toString();
    }

    /** Redraws one status line: files done of total, and throughput. */
    private record TerminalProgress(PrintStream out, long start) implements IndexProgress {
        @Override
        public synchronized void fileDone(int done, int total, long bytes) {
            double seconds = Math.max((System.nanoTime() - start) / 1e9, 1e-9);
            out.printf("\r\033[K[%d/%d] %3.0f%%  %.2f MB/s", done, total, 100.0 * done / Math.max(total, 1),
                    bytes / 1e6 / seconds);
            out.flush();
        }
    }
}
