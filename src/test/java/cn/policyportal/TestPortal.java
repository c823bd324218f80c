package cn.policyportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.Javalin;

import cn.policyportal.index.CorpusIndexer;
import cn.policyportal.index.IndexProgress;
import cn.policyportal.ingest.DocumentIds;
import cn.policyportal.ingest.DocumentReader;
import cn.policyportal.search.SearchService;
import cn.policyportal.web.PortalServer;

/** A real portal for end-to-end tests: a corpus indexed into a folder, served on a free port. */
public final class TestPortal implements AutoCloseable {

    private final SearchService search;
    private final Javalin app;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    /** Indexes {@code corpus} into {@code index} and starts the server. */
    public TestPortal(Path corpus, Path index) throws IOException {
        new CorpusIndexer(new DocumentReader(10_000_000), 2).index(corpus, index, IndexProgress.NONE);
        search = new SearchService(index);
        app = PortalServer.create(search).start("127.0.0.1", 0);
    }

    public int port() {
        return app.port();
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + app.port() + path);
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
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
        search.close();
    }
}
