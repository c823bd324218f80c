package cn.policyportal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.policyportal.Seeds;
import cn.policyportal.ingest.DocumentReader;

/**
 * Kills a real indexing process with SIGKILL at random moments and checks that the index on disk
 * still opens and holds either the old documents or the new ones, never a mix.
 */
class IndexAtomicityTest {

    private static final int NEW_FILES = 300;

    @TempDir
    Path dir;

    @Test
    void aKilledIndexRunLeavesThePreviousIndexWholeAndTheNextRunCompletes() throws Exception {
        Path corpus = dir.resolve("corpus");
        Path index = dir.resolve("index");
        Seeds.copyAll(corpus);
        CorpusIndexer indexer = new CorpusIndexer(new DocumentReader(10_000_000), 2);
        indexer.index(corpus, index, IndexProgress.NONE);
        Set<String> before = CorpusIndexerTest.indexedPaths(index);
        addDistinctDocuments(corpus);

        Random random = new Random(20261123);
        int interrupted = 0;
        for (int attempt = 0; attempt < 3; attempt++) {
            Process child = startIndexProcess(corpus, index);
            boolean finished = child.waitFor(300 + random.nextInt(2500), TimeUnit.MILLISECONDS);
            if (!finished) {
                child.destroyForcibly().waitFor();
            }
            Set<String> after = CorpusIndexerTest.indexedPaths(index);
            if (after.equals(before)) {
                interrupted++;
                continue;
            }
            assertThat(after).as("a run either commits every new file or none").hasSize(before.size() + NEW_FILES)
                    .containsAll(before);
        }

        assertThat(interrupted).as("at least one kill landed before the commit").isPositive();
        IndexSummary completed = indexer.index(corpus, index, IndexProgress.NONE);
        assertThat(completed.failures()).isEmpty();
        assertThat(CorpusIndexerTest.indexedPaths(index)).hasSize(before.size() + NEW_FILES);
    }

    private static void addDistinctDocuments(Path corpus) throws IOException {
        Path more = Files.createDirectories(corpus.resolve("批量"));
        List<String> paragraphs = List.of(Seeds.CAS_REPORT.text(), Seeds.INSPECTION_RULES.text());
        for (int i = 0; i < NEW_FILES; i++) {
            Files.writeString(more.resolve("通报" + i + ".txt"), "第" + i + "号通报\n" + paragraphs.get(i % 2));
        }
    }

    private static Process startIndexProcess(Path corpus, Path index) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "--add-modules", "jdk.incubator.vector",
                "-cp", System.getProperty("java.class.path"), "cn.policyportal.cli.Main",
                "index", "--corpus", corpus.toString(), "--index", index.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("PORTAL_THREADS", "1");
        return builder.start();
    }
}
