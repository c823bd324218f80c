package cn.policyportal.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.policyportal.TestPortal;
import cn.policyportal.index.CorpusIndexer;
import cn.policyportal.index.IndexProgress;
import cn.policyportal.ingest.DocumentReader;
import cn.policyportal.snapshot.Snapshots;

/**
 * A run killed while vectors are computed: the lexical index is never written by it, the vectors
 * computed so far are in the cache, and the next run embeds only what the cache lacks.
 */
@Tag("slow")
class VectorResumeTest {

    @TempDir
    Path dir;

    private Path indexLaws() throws IOException {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        TestPortal.copyQuestionLaws(corpus);
        Path index = dir.resolve("index");
        new CorpusIndexer(new DocumentReader(10_000_000), 2).index(corpus, index, IndexProgress.NONE);
        return index;
    }

    private static VectorStatus update(Path index) throws IOException {
        try (Semantic semantic = Semantic.open(index, new Semantic.Settings(true, null, 2));
             Snapshots snapshots = new Snapshots(index)) {
            return semantic.update(snapshots, VectorProgress.NONE);
        }
    }

    /** The neighbours of {@code question} after vectors are built with {@code workers} workers. */
    private static List<VectorIndex.Neighbour> builtWith(Path index, int workers, String question) throws IOException {
        try (Semantic semantic = Semantic.open(index, new Semantic.Settings(true, null, workers));
             Snapshots snapshots = new Snapshots(index)) {
            assertThat(semantic.update(snapshots, VectorProgress.NONE).state()).isEqualTo("ready");
            return semantic.nearest(question, 20);
        }
    }

    /** Batches embedded side by side are taken back in order: every unit gets its own text's vector. */
    @Test
    void vectorsBuiltOnTwoWorkersAreTheVectorsOfOne() throws IOException {
        Path index = indexLaws();
        Path copy = dir.resolve("copy");
        try (Stream<Path> files = Files.walk(index)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(index.relativize(f).toString()));
            }
        }
        String question = "慈善组织开展公开募捐要有什么资格";
        List<VectorIndex.Neighbour> one = builtWith(index, 1, question);
        List<VectorIndex.Neighbour> two = builtWith(copy, 2, question);
        assertThat(two).hasSize(20);
        assertThat(two.stream().map(VectorIndex.Neighbour::unitKey).toList())
                .isEqualTo(one.stream().map(VectorIndex.Neighbour::unitKey).toList());
        for (int i = 0; i < one.size(); i++) {
            assertThat(two.get(i).score()).isCloseTo(one.get(i).score(), offset(1e-4f));
        }
    }

    @Test
    void aRunThatLostItsVectorIndexAndTheLastRecordOfTheCacheEmbedsOnlyThatRecordAgain() throws IOException {
        Path index = indexLaws();
        VectorStatus first = update(index);
        assertThat(first.state()).isEqualTo("ready");
        assertThat(first.embedded()).isGreaterThan(20);

        // Killed before the vector index committed, halfway through writing a cache record.
        try (Stream<Path> files = Files.walk(index.resolve("semantic/vectors"))) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        Path cache = index.resolve("semantic/embeddings.bin");
        try (RandomAccessFile file = new RandomAccessFile(cache.toFile(), "rw")) {
            file.setLength(file.length() - 100);
        }

        VectorStatus resumed = update(index);
        assertThat(resumed.state()).isEqualTo("ready");
        assertThat(resumed.done()).isEqualTo(first.done());
        assertThat(resumed.embedded()).isBetween(1, 2);
        assertThat(update(index).total()).as("nothing left to do").isZero();
    }
}
