package cn.policyportal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.policyportal.Seeds;

/**
 * A small, fast run of the whole benchmark on the seeds and a few generated laws: it must finish
 * and print every column and every target. No timing is asserted here; figures are for docs/benchmarks.md.
 */
class BenchmarkSmokeTest {

    @TempDir
    Path dir;

    @Test
    void aShortLoadSoakAnswersEveryRequestAndSamplesTheServersMemory() throws Exception {
        Path corpus = corpus();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LoadSoak soak = new Benchmark(new Benchmark.Options(corpus, 1, 20, 8, 0, 0, dir.resolve("work"), 0),
                new PrintStream(bytes, true, StandardCharsets.UTF_8)).soak(8, 4);
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(soak.errors()).isZero();
        assertThat(soak.requests()).as("8 connections for 4 s").isGreaterThan(100);
        assertThat(soak.p99Ms()).isGreaterThanOrEqualTo(soak.p50Ms()).isPositive();
        assertThat(soak.firstWindowMb()).as("resident memory sampled from /proc").isGreaterThan(50);
        assertThat(out).contains("| requests | req/s | errors | p50 ms | p99 ms | anon RSS first window MB",
                "load: zero errors", "load: memory steady");
    }

    @Test
    void aTinyRunPrintsTheWholeTable() throws Exception {
        Path corpus = corpus();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<Benchmark.Row> rows = new Benchmark(new Benchmark.Options(corpus, 2, 14, 2, 300, 1, dir.resolve("work"), 2),
                new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(rows).extracting(Benchmark.Row::size).containsExactly("1/4", "1/2", "1x", "2x");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.documents()).isPositive();
            assertThat(r.one().requests()).isEqualTo(14);
            assertThat(r.one().errors() + r.many().errors() + r.wordsMany().errors()).isZero();
        });
        assertThat(rows.get(3).documents()).as("2x recombines the articles into new documents")
                .isGreaterThan(rows.get(2).documents());
        assertThat(out).contains("| size | docs | MB | index s | index MB/s | bound 1 thread MB/s | bound all cores MB/s",
                "| index/bound | Lucene alone MB/s | Lucene alone/bound | index size/text | peak heap MB | index peak RSS MB | start-up s | server RSS MB",
                "1 client p50/p95/p99 ms", "2 clients p50/p95/p99 ms", "errors", "words-only p50/p99 ms",
                "rg ms/query", "rg/portal 1 client", "portal ms/query 2 clients", "rg/portal 2 clients", "Machine:");
        for (String target : List.of("indexing at >= 70% of the all-cores analyzer bound", "p50 <= 10 ms", "p99 <= 50 ms",
                "zero errors", "faster than ripgrep", "start-up on an existing index <= 2 s", "served with -Xmx512m",
                "within 2x of SmartChineseAnalyzer-only", "measures statistics over 300 measures")) {
            assertThat(out).contains(target);
        }
        assertThat(out.lines().filter(l -> l.startsWith("| 1/4 ") || l.startsWith("| 2x ")))
                .allSatisfy(l -> assertThat(l.split("\\|")).hasSize(27));
        try (DirectoryReader luceneAlone = DirectoryReader.open(FSDirectory.open(dir.resolve("work/lucene-alone")))) {
            assertThat(luceneAlone.numDocs()).as("Lucene alone indexed every text of the last size, one document each")
                    .isEqualTo(rows.get(3).documents());
        }
        assertThat(out).containsPattern("analyzer bound +(met|NOT MET) +\\d+% \\(Lucene alone: \\d+%\\)");
        assertThat(out).containsPattern("OCR: 2 pages in [12] scanned PDFs \\(drawn at 200 dpi\\) \\| [0-9.]+ pages/s on \\d+ cores "
                + "\\| indexing the scans [0-9.]+ s, the same texts [0-9.]+ s: OCR \\d+% of indexing time");
        assertThat(rows).allSatisfy(r -> assertThat(r.indexPeakRssMb()).as("the indexing's resident peak")
                .isGreaterThanOrEqualTo(r.peakHeapMb() / 2).isPositive());
    }

    /** The seeds and six generated laws with twelve articles each. */
    private Path corpus() throws IOException {
        Path corpus = dir.resolve("corpus");
        Seeds.copyAll(corpus);
        for (int d = 0; d < 6; d++) {
            StringBuilder law = new StringBuilder("测试管理条例第" + d + "号\n\n第一章 总则\n\n");
            for (int a = 1; a <= 12; a++) {
                law.append("第").append(cn.policyportal.text.ChineseNumerals.format(a)).append("条 ")
                        .append("有关部门应当依法履行监督管理职责，做好第").append(a).append("项工作。\n\n");
            }
            Files.writeString(corpus.resolve("law-" + d + ".txt"), law);
        }
        return corpus;
    }
}
