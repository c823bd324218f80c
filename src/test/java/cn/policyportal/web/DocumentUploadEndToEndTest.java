package cn.policyportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import cn.policyportal.FixtureFiles;
import cn.policyportal.SeedPortal;
import cn.policyportal.Seeds;
import cn.policyportal.TestPortal;
import cn.policyportal.index.CorpusLibrary;

/** Uploading documents through {@code POST /api/documents} and removing them, against a real server and index. */
class DocumentUploadEndToEndTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final SeedPortal server = new SeedPortal();

    private Path corpus;
    private TestPortal portal;

    @BeforeEach
    void portal() {
        corpus = server.corpus();
        portal = server.portal();
    }

    @Test
    void anUploadedDocxIsSearchableAtOnceAndARemovedOneIsGoneButKept() throws Exception {
        Path docx = FixtureFiles.docx(dir.resolve("x.docx"), List.of("关于科研诚信建设的通知", "各单位要落实科研诚信承诺制度。"), List.of());

        HttpResponse<String> added = upload("科研诚信 通知.docx", Files.readAllBytes(docx), TestPortal.ADMIN_TOKEN);

        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String id = portal.parse(added.body()).path("doc_id").asText();
        assertThat(Files.exists(corpus.resolve(CorpusLibrary.UPLOAD_FOLDER).resolve("科研诚信 通知.docx"))).isTrue();
        assertThat(hitIds("科研诚信承诺")).contains(id);

        HttpResponse<String> removed = portal.send(HttpRequest.newBuilder(portal.uri("/api/documents/" + id)).DELETE(), TestPortal.ADMIN_TOKEN);

        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
        assertThat(hitIds("科研诚信承诺")).doesNotContain(id);
        portal.getJson("/api/documents/" + id, 404);
        try (Stream<Path> kept = Files.walk(corpus.resolve(CorpusLibrary.REMOVED_FOLDER))) {
            assertThat(kept.map(p -> p.getFileName().toString())).contains("科研诚信 通知.docx");
        }
    }

    /** Each format added for 'every file a user has' is taken by the upload, as by the corpus folder. */
    @Test
    void uploadedMarkdownWpsAndOfdFilesAreSearchableAndAWpsThatIsNoWordFileIsRefused() throws Exception {
        Path md = FixtureFiles.markdown(dir.resolve("x.md"), Seeds.SUPERVISION_RULES);
        Path ofd = FixtureFiles.ofd(dir.resolve("x.ofd"), Seeds.SUPERVISION_RULES, "党建工作督查实施办法（试行）");
        for (var file : List.of(List.of("督查办法.md", md), List.of("督查办法.wps", FixtureFiles.SUPERVISION_RULES_DOC),
                List.of("督查办法.ofd", ofd))) {
            HttpResponse<String> added = upload((String) file.get(0), Files.readAllBytes((Path) file.get(1)),
                    TestPortal.ADMIN_TOKEN);
            assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
            assertThat(hitIds("督查结果与党建工作述职评议考核紧密结合")).as((String) file.get(0))
                    .contains(portal.parse(added.body()).path("doc_id").asText());
        }

        HttpResponse<String> refused = upload("伪装.wps", "第一条 这是文本".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                TestPortal.ADMIN_TOKEN);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(message(refused)).contains("WPS", ".doc");
        assertThat(corpusFiles()).doesNotContain(CorpusLibrary.UPLOAD_FOLDER + "/伪装.wps");
    }

    @Test
    void anUploadedWordDocGivesItsTableOfMeasuresToTheStatistics() throws Exception {
        HttpResponse<String> added = upload("分工表.doc", Files.readAllBytes(FixtureFiles.PLAN_TABLE_DOC),
                TestPortal.ADMIN_TOKEN);

        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String id = portal.parse(added.body()).path("doc_id").asText();
        JsonNode measures = portal.getJson("/api/measures?doc=" + id, 200);
        assertThat(measures.path("total").asInt()).isEqualTo(3);
        assertThat(measures.path("measures").findValuesAsText("task"))
                .containsExactly("修订科研经费管理办法", "建立特聘研究岗位制度", "举办青年干部培训班");
        assertThat(hitIds("特聘研究岗位")).contains(id);
    }

    @Test
    void refusedUploadsChangeNothing() throws Exception {
        Set<String> before = corpusFiles();
        byte[] text = "关于测试的通知\n正文。\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(upload("a.txt", text, null).statusCode()).isEqualTo(401);
        assertThat(upload("a.txt", text, "wrong").statusCode()).isEqualTo(401);
        HttpResponse<String> traversal = upload("../../逃逸.txt", text, TestPortal.ADMIN_TOKEN);
        HttpResponse<String> hidden = upload(".隐藏.txt", text, TestPortal.ADMIN_TOKEN);
        HttpResponse<String> corrupt = upload("损坏.pdf", new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 1, 2}, TestPortal.ADMIN_TOKEN);
        HttpResponse<String> empty = upload("空.txt", new byte[0], TestPortal.ADMIN_TOKEN);
        HttpResponse<String> huge = upload("超大.txt", new byte[(int) TestPortal.MAX_UPLOAD_BYTES + 1], TestPortal.ADMIN_TOKEN);
        HttpResponse<String> taken = upload(Seeds.WORK_PLAN.fileName(), text, TestPortal.ADMIN_TOKEN);
        upload("同名.txt", text, TestPortal.ADMIN_TOKEN);
        HttpResponse<String> twice = upload("同名.txt", text, TestPortal.ADMIN_TOKEN);

        assertThat(traversal.statusCode()).isEqualTo(400);
        assertThat(message(traversal)).contains("路径分隔符");
        assertThat(hidden.statusCode()).isEqualTo(400);
        assertThat(corrupt.statusCode()).as(corrupt.body()).isEqualTo(422);
        assertThat(message(corrupt)).startsWith("文件未保存");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(portal.parse(empty.body()).path("error").path("code").asText()).isEqualTo("empty");
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(taken.statusCode()).as("the seed lives in the corpus root, uploads in their own folder").isEqualTo(201);
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(message(twice)).contains("同名文件");
        assertThat(corpusFiles()).containsAll(before).hasSize(before.size() + 2);
        assertThat(Files.exists(corpus.getParent().resolve("逃逸.txt"))).isFalse();
    }

    @Test
    void anUploadWhileAnotherProcessIndexesIsSavedAndSaysSo() throws Exception {
        byte[] text = "关于锁的说明\n另一个进程正在建立索引。\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> response;
        try (Directory index = FSDirectory.open(server.dir().resolve("index"));
             IndexWriter other = new IndexWriter(index, new IndexWriterConfig())) {
            response = upload("锁.txt", text, TestPortal.ADMIN_TOKEN);
        }

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(message(response)).contains("文件已保存", "另一个索引进程");
        assertThat(Files.exists(corpus.resolve(CorpusLibrary.UPLOAD_FOLDER).resolve("锁.txt"))).isTrue();
    }

    @Test
    void removingNeedsTheTokenAndAnExistingDocument() throws Exception {
        String id = TestPortal.idOf(Seeds.WORK_PLAN);

        assertThat(portal.send(HttpRequest.newBuilder(portal.uri("/api/documents/" + id)).DELETE(), null).statusCode()).isEqualTo(401);
        assertThat(portal.send(HttpRequest.newBuilder(portal.uri("/api/documents/000000000000")).DELETE(), TestPortal.ADMIN_TOKEN)
                .statusCode()).isEqualTo(404);
        assertThat(portal.send(HttpRequest.newBuilder(portal.uri("/api/documents/..%2F..")).DELETE(), TestPortal.ADMIN_TOKEN)
                .statusCode()).isIn(400, 404);
        portal.getJson("/api/documents/" + id, 200);
        assertThat(Files.exists(corpus.resolve(Seeds.WORK_PLAN.fileName()))).isTrue();
    }

    private HttpResponse<String> upload(String name, byte[] bytes, String token) throws Exception {
        return portal.send(HttpRequest.newBuilder(portal.uri("/api/documents?name=" + TestPortal.encode(name)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).header("Content-Type", "application/octet-stream"), token);
    }

    private String message(HttpResponse<String> response) throws IOException {
        return portal.parse(response.body()).path("error").path("message").asText();
    }

    private List<String> hitIds(String query) throws Exception {
        JsonNode result = portal.getJson("/api/search?q=" + TestPortal.encode(query), 200);
        return result.path("hits").findValuesAsText("doc_id");
    }

    private Set<String> corpusFiles() throws IOException {
        try (Stream<Path> files = Files.walk(corpus)) {
            return files.filter(Files::isRegularFile).map(p -> corpus.relativize(p).toString()).collect(Collectors.toSet());
        }
    }
}
