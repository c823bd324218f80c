package cn.policyportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.Javalin;

import cn.policyportal.accounts.Database;
import cn.policyportal.index.CorpusIndexer;
import cn.policyportal.index.CorpusLibrary;
import cn.policyportal.index.IndexProgress;
import cn.policyportal.ingest.DocumentIds;
import cn.policyportal.ingest.DocumentReader;
import cn.policyportal.semantic.Semantic;
import cn.policyportal.web.AdminToken;
import cn.policyportal.web.PortalServer;
import cn.policyportal.web.Services;

/** A real portal for end-to-end tests: a corpus indexed into a folder, served on a free port. */
public final class TestPortal implements AutoCloseable {

    /** The admin token the test portal accepts. */
    public static final String ADMIN_TOKEN = "test-admin-token";
    /** The largest file the test portal indexes or accepts as an upload. */
    public static final long MAX_UPLOAD_BYTES = 10_000_000;

    private final Services services;
    private final Database database;
    private final Javalin app;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    /** Indexes {@code corpus} into {@code index} and starts the server, with its data folder beside the index. */
    public TestPortal(Path corpus, Path index) throws IOException {
        this(corpus, index, index.resolveSibling(index.getFileName() + "-data"), true);
    }

    /**
     * Starts a portal.
     *
     * @param data      the data folder (measure statuses)
     * @param reindex   whether to index the corpus first
     */
    public TestPortal(Path corpus, Path index, Path data, boolean reindex) throws IOException {
        this(corpus, index, data, reindex, Semantic.off());
    }

    /**
     * Starts a portal that also answers questions by meaning once {@code semantic}'s vectors are
     * ready; the vectors are computed in the background, as {@code bin/portal serve} does.
     */
    public TestPortal(Path corpus, Path index, Path data, boolean reindex, Semantic semantic) throws IOException {
        DocumentReader reader = new DocumentReader(MAX_UPLOAD_BYTES);
        CorpusIndexer indexer = new CorpusIndexer(reader, 2);
        if (reindex) {
            indexer.index(corpus, index, IndexProgress.NONE);
        }
        database = new Database(data);
        services = Services.open(index, database, MAX_UPLOAD_BYTES, semantic);
        semantic.watch(services.snapshots());
        app = PortalServer.create(services, new CorpusLibrary(corpus, index, reader, indexer), new AdminToken(ADMIN_TOKEN),
                MAX_UPLOAD_BYTES).start("127.0.0.1", 0);
    }

    /** Copies the law excerpts the question tests ask about into {@code corpus}, which must exist. */
    public static void copyQuestionLaws(Path corpus) throws IOException {
        try (Stream<Path> laws = Files.list(Path.of("src/test/resources/questions"))) {
            for (Path law : laws.toList()) {
                Files.copy(law, corpus.resolve(law.getFileName()));
            }
        }
    }

    /**
     * A portal on the seeds and the law excerpts of {@code src/test/resources/questions}, indexed in
     * {@code dir}, that answers questions by meaning: returned once its vectors are ready.
     */
    public static TestPortal withVectors(Path dir) throws IOException, InterruptedException {
        Path corpus = dir.resolve("corpus");
        Seeds.copyAll(corpus);
        copyQuestionLaws(corpus);
        Path index = dir.resolve("index");
        TestPortal portal = new TestPortal(corpus, index, dir.resolve("data"), true,
                Semantic.open(index, new Semantic.Settings(true, null, 2)));
        long deadline = System.currentTimeMillis() + 180_000;
        while (!portal.getJson("/api/index/status", 200).path("vectors").path("state").asText().equals("ready")) {
            assertThat(System.currentTimeMillis()).as("vectors ready within 3 minutes").isLessThan(deadline);
            Thread.sleep(200);
        }
        return portal;
    }

    /** POSTs {@code json} to {@code path}, with the admin token when {@code token} is not null. */
    public HttpResponse<String> post(String path, String json, String token) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json"), token);
    }

    /** Sends {@code request}, with the admin token when {@code token} is not null. */
    public HttpResponse<String> send(HttpRequest.Builder request, String token) throws IOException, InterruptedException {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The address of {@code path} (with its query string) on this portal. */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }

    public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public JsonNode parse(String body) throws IOException {
        return json.readTree(body);
    }

    /** The client the test portal's helpers send with, for requests they do not cover. */
    public HttpClient http() {
        return http;
    }

    public int port() {
        return app.port();
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET(), null);
    }

    /** GETs {@code path}, checks the status and that the answer is JSON, and parses it. */
    public JsonNode getJson(String path, int expectedStatus) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(expectedStatus);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        return json.readTree(response.body());
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    public static String idOf(Seeds seed) {
        return DocumentIds.forPath(seed.fileName());
    }

    @Override
    public void close() throws IOException {
        app.stop();
        services.close();
        database.close();
    }
}
