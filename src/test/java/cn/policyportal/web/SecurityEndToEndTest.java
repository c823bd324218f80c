package cn.policyportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.policyportal.Seeds;
import cn.policyportal.TestPortal;
import cn.policyportal.index.CorpusIndexer;
import cn.policyportal.index.IndexProgress;
import cn.policyportal.ingest.DocumentReader;

/** Abuse of the HTTP interface: hostile queries, traversal, encodings, headers, re-indexing under load. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityEndToEndTest {

    @TempDir
    static Path dir;

    private TestPortal portal;

    @BeforeAll
    void start() throws IOException {
        Path corpus = dir.resolve("corpus");
        Seeds.copyAll(corpus);
        Files.writeString(corpus.resolve("<script>alert(1)<:script>.txt"),
                "<script>alert('标题')</script>\n文件名和正文都带有\"onerror=alert(1)\"字样的测试文件。\n");
        Files.write(corpus.resolve("空文件.txt"), new byte[0]);
        portal = new TestPortal(corpus, dir.resolve("index"));
    }

    @AfterAll
    void stop() throws IOException {
        portal.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/search?q=x", "/doc/" + "000000000000", "/stats", "/nothing"})
    void everyAnswerCarriesTheSecurityHeaders(String path) throws Exception {
        HttpResponse<String> response = portal.get(path);
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
    }

    @Test
    void hostileQueriesAreAnsweredQuicklyWithoutAServerError() throws Exception {
        List<String> queries = new ArrayList<>(List.of("(".repeat(500) + "巡视" + ")".repeat(500), "*", "*视", "?巡视",
                "/巡.*视/", "巡视~2", "title:*", "\"" + "巡视 ".repeat(200) + "\"", "OR OR OR", "-巡视", "-"));
        queries.add("巡".repeat(499));
        for (String q : queries) {
            long start = System.nanoTime();
            HttpResponse<String> response = portal.get("/api/search?q=" + TestPortal.encode(q));
            assertThat(response.statusCode()).as(q).isIn(200, 400);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as(q).isLessThan(Duration.ofSeconds(10));
        }
        assertThat(portal.getJson("/api/search?q=" + TestPortal.encode("巡".repeat(10_000)), 400)
                .get("error").get("message").asText()).contains("过长");
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=1000000000", "size=1000000", "page=-1", "size=0", "page=99999999999999999999"})
    void outOfRangePagesAnswer400(String param) throws Exception {
        assertThat(portal.getJson("/api/search?q=x&" + param, 400).get("error").get("code").asText()).isEqualTo("invalid_query");
    }

    @Test
    void brokenPercentEncodingAndUtf8Answer400() throws Exception {
        for (String raw : List.of("/api/search?q=%E4%B8", "/api/search?q=%ZZ", "/api/search?q=%C0%AF")) {
            String answer = rawRequest(raw);
            assertThat(answer).as(raw).startsWith("HTTP/1.1 400");
            assertThat(answer).as(raw).doesNotContain("Exception").doesNotContain("at org.");
        }
    }

    /** Sends a request line as written, bypassing the client's own encoding. */
    private String rawRequest(String target) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", portal.port())) {
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/..%2F..%2Fetc%2Fpasswd", "/api/documents/..%2F..%2Fetc%2Fpasswd", "/doc/..%2F..%2Fetc%2Fpasswd",
            "/web/../../pom.xml", "/%2e%2e/%2e%2e/etc/passwd", "/webjars/", "/webjars/chart.js/"})
    void traversalAndDirectoriesRevealNothing(String path) throws Exception {
        String answer = rawRequest(path);
        assertThat(answer).doesNotContain("root:x:0").doesNotContain("<artifactId>").doesNotContain("Index of")
                .doesNotContain("<li><a href=");
        assertThat(answer).as("nothing but an error or the search page").matches("(?s)HTTP/1.1 (400|404).*|(?s)HTTP/1.1 200.*政策文件检索.*");
    }

    @Test
    void markupInTitlesAndTextComesBackAsText() throws Exception {
        JsonNode hit = portal.getJson("/api/search?q=" + TestPortal.encode("onerror"), 200).get("hits").get(0);
        assertThat(hit.get("snippet").asText()).doesNotContain("<script")
                .contains("&lt;script&gt;", "&quot;<mark>onerror</mark>=alert(1)&quot;");
        assertThat(hit.get("path").asText()).isEqualTo("<script>alert(1)<:script>.txt");
    }

    @Test
    void theIngestReportNamesTheFileThatFailed() throws Exception {
        JsonNode report = portal.getJson("/api/ingest/report", 200);
        assertThat(report.get("indexed_at").asText()).isNotBlank();
        assertThat(report.get("failures")).anySatisfy(f -> {
            assertThat(f.get("path").asText()).isEqualTo("空文件.txt");
            assertThat(f.get("reason").asText()).isEqualTo("empty");
            assertThat(f.get("message").asText()).isEqualTo("文件为空");
        });
    }

    @Test
    void reindexingWhileSearchesRunLosesNoRequestAndSwitchesAtOnce() throws Exception {
        Path corpus = dir.resolve("corpus");
        int before = portal.getJson("/api/documents", 200).get("documents").size();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        ExecutorService load = Executors.newFixedThreadPool(4);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            clients.add(load.submit(() -> {
                while (running.get()) {
                    try {
                        HttpResponse<String> r = portal.get("/api/search?q=" + TestPortal.encode("巡视"));
                        if (r.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                        answered.incrementAndGet();
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        Files.writeString(corpus.resolve("新增通知.txt"), "关于开展巡视整改回头看的通知\n各单位要认真开展巡视整改回头看工作。\n");
        new CorpusIndexer(new DocumentReader(10_000_000), 2).index(corpus, dir.resolve("index"), IndexProgress.NONE);
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (portal.getJson("/api/documents", 200).get("documents").size() == before && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        Thread.sleep(500);
        running.set(false);
        for (Future<?> f : clients) {
            f.get();
        }
        load.shutdown();
        assertThat(portal.getJson("/api/documents", 200).get("documents").size()).isEqualTo(before + 1);
        assertThat(answered.get()).isPositive();
        assertThat(failures.get()).isZero();
    }
}
