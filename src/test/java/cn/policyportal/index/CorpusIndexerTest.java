package cn.policyportal.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.policyportal.FixtureFiles;
import cn.policyportal.Seeds;
import cn.policyportal.ingest.DocumentIds;
import cn.policyportal.ingest.DocumentReader;
import cn.policyportal.search.SearchRequest;
import cn.policyportal.search.SearchService;
import cn.policyportal.snapshot.Snapshot;
import cn.policyportal.snapshot.Snapshots;

class CorpusIndexerTest {

    @TempDir
    Path dir;

    private final CorpusIndexer indexer = new CorpusIndexer(new DocumentReader(10_000_000), 2);

    private IndexSummary index(Path corpus, Path index) throws IOException {
        return indexer.index(corpus, index, IndexProgress.NONE);
    }

    static Set<String> indexedPaths(Path index) throws IOException {
        try (Snapshots snapshots = new Snapshots(index)) {
            return snapshots.read(Snapshot::documents).stream().map(DocumentInfo::path).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void indexesTheSeedsWithIdsDerivedFromTheirFileNames() throws IOException {
        Path corpus = dir.resolve("corpus");
        Seeds.copyAll(corpus);
        IndexSummary summary = index(corpus, dir.resolve("index"));
        assertThat(summary.indexed()).isEqualTo(5);
        assertThat(summary.failures()).isEmpty();
        try (Snapshots snapshots = new Snapshots(dir.resolve("index"))) {
            assertThat(snapshots.read(Snapshot::documents)).extracting(DocumentInfo::docId)
                    .containsExactlyInAnyOrderElementsOf(Seeds.list().stream()
                            .map(s -> DocumentIds.forPath(s.fileName())).toList());
        }
    }

    @Test
    void everyDocumentHasTheUnitTextFieldsSoTheirNormsAreAPlainArray() throws IOException {
        Path corpus = dir.resolve("corpus");
        Seeds.copyAll(corpus);
        index(corpus, dir.resolve("index"));
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir.resolve("index")))) {
            assertThat(reader.maxDoc()).as("units, texts, measures and documents").isGreaterThan(200);
            for (String field : List.of(Fields.UNIT_TEXT, Fields.bigram(Fields.UNIT_TEXT), Fields.unigram(Fields.UNIT_TEXT))) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    NumericDocValues norms = leaf.reader().getNormValues(field);
                    for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                        assertThat(norms.advanceExact(doc)).as("%s of document %d", field, doc).isTrue();
                    }
                }
            }
        }
    }

    /**
     * Files are analysed on many threads but written by one, so a run adds one segment (a search
     * then looks each term up once); a text too long to record its tokens is analysed by the
     * writer and found all the same.
     */
    @Test
    void aRunOnManyThreadsWritesOneSegmentAndALongTextIsFoundToo() throws IOException {
        Path corpus = dir.resolve("corpus");
        Seeds.copyAll(corpus);
        for (int d = 0; d < 24; d++) {
            StringBuilder law = new StringBuilder("测试管理条例第" + d + "号\n\n");
            for (int a = 1; a <= 30; a++) {
                law.append("第").append(a).append("条 各单位应当按照规定落实整改举措，编号").append(d * 100 + a).append("。\n\n");
            }
            Files.writeString(corpus.resolve("条例" + d + ".txt"), law, StandardCharsets.UTF_8);
        }
        String paragraph = "巡视整改工作应当坚持问题导向，压实主体责任，建立长效机制。".repeat(20) + "\n\n";
        Files.writeString(corpus.resolve("长文.txt"), "长文\n\n" + paragraph.repeat(1_000_000 / paragraph.length() + 1)
                + "结尾提到独角兽。\n", StandardCharsets.UTF_8);

        IndexSummary summary = new CorpusIndexer(new DocumentReader(10_000_000), 4)
                .index(corpus, dir.resolve("index"), IndexProgress.NONE);

        assertThat(summary.indexed()).isEqualTo(30);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir.resolve("index")))) {
            assertThat(reader.leaves()).as("segments").hasSize(1);
        }
        try (Snapshots snapshots = new Snapshots(dir.resolve("index"))) {
            SearchService search = new SearchService(snapshots);
            assertThat(search.search(new SearchRequest("独角兽", Map.of(), 1, 10, SearchRequest.Sort.RELEVANCE)).hits())
                    .extracting(h -> h.document().path()).containsExactly("长文.txt");
            assertThat(search.search(new SearchRequest("编号1730", Map.of(), 1, 10, SearchRequest.Sort.RELEVANCE)).hits())
                    .extracting(h -> h.document().path()).containsExactly("条例17.txt");
        }
    }

    @Test
    void aSecondRunSkipsUnchangedFilesReindexesChangedOnesAndDropsRemovedOnes() throws IOException {
        Path corpus = dir.resolve("corpus");
        Path index = dir.resolve("index");
        Seeds.copyAll(corpus);
        index(corpus, index);

        IndexSummary unchanged = index(corpus, index);
        assertThat(unchanged.indexed()).isZero();
        assertThat(unchanged.skipped()).isEqualTo(5);

        Files.writeString(corpus.resolve(Seeds.SUPERVISION_RULES.fileName()),
                Seeds.SUPERVISION_RULES.text() + "\n附：新增的测试段落，提及独角兽词汇。\n");
        Files.delete(corpus.resolve(Seeds.MOST_REPORT.fileName()));
        IndexSummary changed = index(corpus, index);
        assertThat(changed.indexed()).isEqualTo(1);
        assertThat(changed.skipped()).isEqualTo(3);
        assertThat(changed.removed()).isEqualTo(1);

        assertThat(indexedPaths(index)).hasSize(4).doesNotContain(Seeds.MOST_REPORT.fileName());
        try (Snapshots snapshots = new Snapshots(index)) {
            SearchService search = new SearchService(snapshots);
            var hits = search.search(new SearchRequest("独角兽", Map.of(), 1, 10, SearchRequest.Sort.RELEVANCE));
            assertThat(hits.total()).isEqualTo(1);
            assertThat(hits.hits().get(0).document().docId())
                    .isEqualTo(DocumentIds.forPath(Seeds.SUPERVISION_RULES.fileName()));
        }
    }

    @Test
    void badFilesAreReportedWithTheirReasonAndEveryOtherFileIsIndexed() throws IOException {
        Path corpus = dir.resolve("corpus");
        Seeds.copyAll(corpus);
        Files.write(corpus.resolve("空文件.txt"), new byte[0]);
        byte[] junk = new byte[2048];
        new Random(1).nextBytes(junk);
        Files.write(corpus.resolve("损坏.pdf"), junk);
        FixtureFiles.pdf(corpus.resolve("加密.pdf"), List.of("内部资料"), false, "pw");
        Files.writeString(corpus.resolve("超大.txt"), "巡视".repeat(6_000_000), StandardCharsets.UTF_8);
        Path sub = Files.createDirectories(corpus.resolve("子目录"));
        FixtureFiles.docx(sub.resolve("分工表.docx"), List.of("任务分工表", "牵头单位：人事局。"), List.of());

        IndexSummary summary = index(corpus, dir.resolve("index"));

        assertThat(summary.indexed()).isEqualTo(6);
        Map<String, String> reasons = summary.failures().stream()
                .collect(Collectors.toMap(IndexSummary.Failure::path, IndexSummary.Failure::reason));
        assertThat(reasons).containsEntry("空文件.txt", "empty")
                .containsEntry("加密.pdf", "encrypted")
                .containsEntry("超大.txt", "too_large")
                .containsKey("损坏.pdf")
                .hasSize(4);
        assertThat(summary.failures()).allSatisfy(f -> assertThat(f.message()).isNotBlank());
        assertThat(indexedPaths(dir.resolve("index"))).contains("子目录/分工表.docx");
        assertThat(IndexStatus.read(dir.resolve("index")).orElseThrow().failures())
                .as("the report is kept with the commit").isEqualTo(summary.failures());
    }

    @Test
    void linksThatLeadNowhereAreReportedAndOddFileNamesAreIndexed() throws IOException {
        Path corpus = dir.resolve("corpus");
        Seeds.copyAll(corpus);
        String odd = "带 空格的 \"引号\" ..与中文.txt";
        Files.writeString(corpus.resolve(odd), "关于文件名的说明\n\n第一条 文件名里的空格、引号和两个点都不影响检索。\n");
        Files.createSymbolicLink(corpus.resolve("循环甲.txt"), corpus.resolve("循环乙.txt"));
        Files.createSymbolicLink(corpus.resolve("循环乙.txt"), corpus.resolve("循环甲.txt"));
        Files.createSymbolicLink(corpus.resolve("断链.pdf"), corpus.resolve("不存在.pdf"));
        Files.createSymbolicLink(corpus.resolve("上级目录"), corpus);
        Files.createSymbolicLink(corpus.resolve("方案链接.txt"), corpus.resolve(Seeds.WORK_PLAN.fileName()));
        Path outside = Files.writeString(dir.resolve("语料外.txt"), "语料外的说明\n\n第一条 链接到语料外的文件照常检索。\n");
        Files.createSymbolicLink(corpus.resolve("外部链接一.txt"), outside);
        Files.createSymbolicLink(corpus.resolve("外部链接二.txt"), outside);

        IndexSummary summary = index(corpus, dir.resolve("index"));

        Map<String, String> messages = summary.failures().stream()
                .collect(Collectors.toMap(IndexSummary.Failure::path, IndexSummary.Failure::message));
        assertThat(messages).containsOnlyKeys("循环甲.txt", "循环乙.txt", "断链.pdf", "上级目录");
        assertThat(messages.get("循环甲.txt")).contains("循环");
        assertThat(messages.get("断链.pdf")).contains("不存在");
        assertThat(messages.get("上级目录")).contains("文件夹");
        assertThat(summary.failures()).allSatisfy(f -> assertThat(f.reason()).isEqualTo("unreadable"));
        assertThat(indexedPaths(dir.resolve("index")))
                .as("a link to a corpus file, or to a file an earlier link leads to, is not a second document")
                .contains(odd, Seeds.WORK_PLAN.fileName(), "外部链接一.txt")
                .doesNotContain("方案链接.txt", "外部链接二.txt")
                .hasSize(Seeds.values().length + 2);
    }

    @Test
    void aDocumentAlreadyReadIsTakenAsItIsOnlyWhileItsFileStillHasTheContentItWasReadFrom() throws Exception {
        Path corpus = dir.resolve("corpus");
        Seeds.copyAll(corpus);
        byte[] onDisk = "磁盘上的通知\n\n第一条 本文件写在磁盘上，词语为青鸾。\n".getBytes(StandardCharsets.UTF_8);
        byte[] read = "读过的通知\n\n第一条 本文件已经读过，词语为白泽。\n".getBytes(StandardCharsets.UTF_8);
        Files.write(corpus.resolve("上传.txt"), onDisk);
        DocumentReader reader = new DocumentReader(10_000_000);

        IndexSummary taken = indexer.index(corpus, dir.resolve("taken"), IndexProgress.NONE,
                Map.of("上传.txt", reader.fromBytes("上传.txt", read, DocumentIds.sha256(onDisk))));
        IndexSummary readAgain = indexer.index(corpus, dir.resolve("again"), IndexProgress.NONE,
                Map.of("上传.txt", reader.fromBytes("上传.txt", read)));

        assertThat(taken.indexed()).isEqualTo(readAgain.indexed()).isEqualTo(Seeds.values().length + 1);
        assertThat(hitsFor(dir.resolve("taken"), "白泽")).as("the reading passed in, not the file").isEqualTo(1);
        assertThat(hitsFor(dir.resolve("taken"), "青鸾")).isZero();
        assertThat(hitsFor(dir.resolve("again"), "青鸾")).as("a reading of other content is not used").isEqualTo(1);
        assertThat(hitsFor(dir.resolve("again"), "白泽")).isZero();
    }

    private static long hitsFor(Path index, String query) throws IOException {
        try (Snapshots snapshots = new Snapshots(index)) {
            SearchService search = new SearchService(snapshots);
            return search.search(new SearchRequest(query, Map.of(), 1, 10, SearchRequest.Sort.RELEVANCE)).total();
        }
    }

    @Test
    void aFileWithoutReadPermissionIsReported() throws IOException {
        Path corpus = dir.resolve("corpus");
        Seeds.copyAll(corpus);
        Path locked = corpus.resolve("无权限.txt");
        Files.writeString(locked, "无权读取的文件\n");
        Files.setPosixFilePermissions(locked, Set.of());
        assumeFalse(Files.isReadable(locked), "the superuser reads every file");

        IndexSummary summary = index(corpus, dir.resolve("index"));

        assertThat(summary.failures()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("无权限.txt");
            assertThat(f.message()).contains("没有读取权限");
        });
        assertThat(summary.indexed()).isEqualTo(Seeds.values().length);
    }

    @Test
    void aFileThatBecomesUnreadableKeepsItsPreviousVersionSearchable() throws IOException {
        Path corpus = dir.resolve("corpus");
        Path index = dir.resolve("index");
        Seeds.copyAll(corpus);
        index(corpus, index);
        Files.write(corpus.resolve(Seeds.WORK_PLAN.fileName()), new byte[0]);

        IndexSummary summary = index(corpus, index);

        assertThat(summary.failures()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo(Seeds.WORK_PLAN.fileName());
            assertThat(f.keptPrevious()).isTrue();
        });
        assertThat(indexedPaths(index)).contains(Seeds.WORK_PLAN.fileName());
    }

    @Test
    void anIndexWrittenWithAnOlderSchemaIsRebuiltWhole() throws Exception {
        Path corpus = dir.resolve("corpus");
        Path index = dir.resolve("index");
        Seeds.copyAll(corpus);
        index(corpus, index);
        try (var directory = org.apache.lucene.store.FSDirectory.open(index);
             var writer = new org.apache.lucene.index.IndexWriter(directory,
                     new org.apache.lucene.index.IndexWriterConfig(Analyzers.indexing()))) {
            Map<String, String> data = new java.util.HashMap<>();
            writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
            data.put("schema", "1");
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        }
        assertThat(IndexStatus.isStale(corpus, index)).isTrue();
        IndexSummary rebuilt = index(corpus, index);
        assertThat(rebuilt.indexed()).isEqualTo(5);
        assertThat(rebuilt.skipped()).isZero();
        assertThat(IndexStatus.read(index).orElseThrow().schema()).isEqualTo(IndexStatus.SCHEMA);
        assertThat(indexedPaths(index)).hasSize(5);
    }

    @Test
    void theIndexIsStaleUntilIndexedAndAgainAfterTheCorpusChanges() throws Exception {
        Path corpus = dir.resolve("corpus");
        Path index = dir.resolve("index");
        Seeds.copyAll(corpus);
        assertThat(IndexStatus.isStale(corpus, index)).isTrue();
        index(corpus, index);
        assertThat(IndexStatus.isStale(corpus, index)).isFalse();
        Thread.sleep(20);
        Files.writeString(corpus.resolve("新增.txt"), "新增的通知全文。");
        assertThat(IndexStatus.isStale(corpus, index)).isTrue();
    }
}
