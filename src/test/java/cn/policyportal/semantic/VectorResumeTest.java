package cn.policyportal.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        try (Stream<Path> laws = Files.list(Path.of("src/test/resources/questions"))) {
            for (Path law : laws.toList()) {
                Files.copy(law, corpus.resolve(law.getFileName()));
            }
        }
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
