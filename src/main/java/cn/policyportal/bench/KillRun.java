package cn.policyportal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.policyportal.index.CorpusIndexer;
import cn.policyportal.index.CorpusScanner;
import cn.policyportal.index.DocumentInfo;
import cn.policyportal.index.IndexProgress;
import cn.policyportal.ingest.DocumentReader;
import cn.policyportal.snapshot.Snapshot;
import cn.policyportal.snapshot.Snapshots;

/**
 * Kills a real {@code portal index} process with SIGKILL at random moments and checks after each
 * kill that the index opens and holds either the documents before the run or those after it.
 *
 * <p>Each run either adds a batch of new files or, once a run has committed them, takes the batch
 * away again, so that every kill interrupts a run with something to lose. Kill times are spread over
 * the length of one uninterrupted run, measured first.
 *
 * @param kills         how many runs were killed
 * @param beforeCommit  kills after which the index held the documents from before the run
 * @param afterCommit   kills that came after the run had committed
 * @param mixed         kills after which the index held neither set (must be none)
 * @param finalRunWhole whether the run after the last kill completed with every file indexed
 */
public record KillRun(int kills, int beforeCommit, int afterCommit, int mixed, boolean finalRunWhole) {

    private static final int BATCH = 300;

    /**
     * Copies up to {@value #BATCH} files of {@code corpus} into {@code work}, indexes them, and kills
     * {@code kills} index runs that add or remove a batch of {@value #BATCH} more.
     */
    public static KillRun run(Path corpus, Path work, int kills, long seed) throws Exception {
        Path copy = Files.createDirectories(work.resolve("kill-corpus"));
        Path index = work.resolve("kill-index");
        List<String> texts = copyBase(corpus, copy);
        CorpusIndexer indexer = new CorpusIndexer(new DocumentReader(Long.MAX_VALUE), 2);
        indexer.index(copy, index, IndexProgress.NONE);
        Set<String> without = paths(index);
        Path batch = copy.resolve("批量");
        setBatch(batch, true, texts);
        long fullRun = timeOneRun(copy, index);
        Set<String> with = paths(index);
        setBatch(batch, false, texts);
        indexer.index(copy, index, IndexProgress.NONE);

        Random random = new Random(seed);
        int before = 0;
        int after = 0;
        int mixed = 0;
        boolean batchIndexed = false;
        for (int k = 0; k < kills; k++) {
            boolean target = !batchIndexed;
            setBatch(batch, target, texts);
            Process child = startIndex(copy, index);
            if (!child.waitFor((long) (fullRun * (0.1 + random.nextDouble())), TimeUnit.MILLISECONDS)) {
                child.destroyForcibly().waitFor();
            }
            Set<String> now = paths(index);
            if (now.equals(batchIndexed ? with : without)) {
                before++;
                setBatch(batch, batchIndexed, texts);
            } else if (now.equals(target ? with : without)) {
                after++;
                batchIndexed = target;
            } else {
                mixed++;
                indexer.index(copy, index, IndexProgress.NONE);
                batchIndexed = target;
            }
        }
        boolean whole = indexer.index(copy, index, IndexProgress.NONE).failures().isEmpty()
                && paths(index).equals(batchIndexed ? with : without);
        return new KillRun(kills, before, after, mixed, whole);
    }

    /** Copies up to {@value #BATCH} files of {@code corpus} into {@code copy}; returns their texts. */
    private static List<String> copyBase(Path corpus, Path copy) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path file : CorpusScanner.files(corpus)) {
            if (texts.size() == BATCH) {
                break;
            }
            Path target = copy.resolve(corpus.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
            texts.add(Files.readString(file, StandardCharsets.UTF_8));
        }
        return texts;
    }

    /** Writes or deletes the batch of {@value #BATCH} new files, each a base text under a title of its own. */
    private static void setBatch(Path batch, boolean present, List<String> texts) throws IOException {
        if (present) {
            Files.createDirectories(batch);
            for (int i = 0; i < BATCH; i++) {
                Files.writeString(batch.resolve("通报" + i + ".txt"), "第" + i + "号通报\n" + texts.get(i % texts.size()));
            }
        } else if (Files.exists(batch)) {
            try (Stream<Path> files = Files.list(batch)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(batch);
        }
    }

    /** Milliseconds of one whole index run in a child process that adds the batch. */
    private static long timeOneRun(Path corpus, Path index) throws Exception {
        long start = System.nanoTime();
        Process child = startIndex(corpus, index);
        if (child.waitFor() != 0) {
            throw new IOException("the index run failed with exit code " + child.exitValue());
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static Process startIndex(Path corpus, Path index) throws IOException {
        // The lexical commit is what is killed here: the vectors after it are another process's
        // concern (VectorResumeTest), and computing them would put most kills after the commit.
        ProcessBuilder builder = PortalJvm.command(List.of(), "index", "--corpus", corpus.toString(),
                "--index", index.toString(), "--semantic", "off")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("PORTAL_THREADS", "1");
        return builder.start();
    }

    /** The corpus paths of the documents the index on disk holds, read through a fresh searcher. */
    private static Set<String> paths(Path index) throws IOException {
        try (Snapshots snapshots = new Snapshots(index)) {
            return snapshots.read(Snapshot::documents).stream().map(DocumentInfo::path).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
