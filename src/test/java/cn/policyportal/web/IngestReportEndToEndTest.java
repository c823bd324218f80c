package cn.policyportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.policyportal.FixtureFiles;
import cn.policyportal.Seeds;
import cn.policyportal.TestPortal;

/**
 * {@code /api/ingest/report} over a corpus of a seed and a PDF whose digit font lacks ToUnicode: every
 * indexed file with its text-quality figures, the garbled one with a warning and still searchable.
 */
class IngestReportEndToEndTest {

    private static final String GARBLED = "部分字体无编码.pdf";

    @TempDir
    static Path dir;
    private static TestPortal portal;

    @BeforeAll
    static void start() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        FixtureFiles.withoutToUnicode(FixtureFiles.libreOfficePdf(Seeds.SUPERVISION_RULES), corpus.resolve(GARBLED),
                "LiberationMono");
        Files.copy(Seeds.INSPECTION_RULES.path(), corpus.resolve(Seeds.INSPECTION_RULES.fileName()));
        portal = new TestPortal(corpus, dir.resolve("index"));
    }

    @AfterAll
    static void stop() throws Exception {
        portal.close();
    }

    @Test
    void everyIndexedFileIsReportedWithItsFiguresAndOnlyTheGarbledOneWarns() throws Exception {
        JsonNode report = portal.getJson("/api/ingest/report", 200);
        assertThat(report.path("indexed_at").asText()).isNotEmpty();
        assertThat(report.path("failures")).isEmpty();
        JsonNode files = report.path("files");
        assertThat(files).extracting(f -> f.path("path").asText()).isSorted()
                .contains(Seeds.INSPECTION_RULES.fileName(), GARBLED);

        JsonNode seed = file(files, Seeds.INSPECTION_RULES.fileName());
        assertThat(seed.path("characters").asInt()).isGreaterThan(2000);
        assertThat(seed.path("chinese_share").asDouble()).isBetween(0.8, 1.0);
        assertThat(seed.path("suspicious").asInt()).isZero();
        assertThat(seed.has("warning")).isFalse();
        assertThat(seed.has("pages")).isFalse();

        JsonNode garbled = file(files, GARBLED);
        assertThat(garbled.path("pages").asInt()).isEqualTo(3);
        assertThat(garbled.path("pages_without_text").asInt()).isZero();
        assertThat(garbled.path("joined_lines").asInt()).isPositive();
        assertThat(garbled.path("suspicious").asInt()).isPositive();
        assertThat(garbled.path("ocr_pages").asInt()).isZero();
        assertThat(garbled.path("warning").asText()).startsWith("文字疑似乱码：");
    }

    private static JsonNode file(JsonNode files, String path) {
        for (JsonNode f : files) {
            if (f.path("path").asText().equals(path)) {
                return f;
            }
        }
        throw new AssertionError("not in the report: " + path);
    }

    @Test
    void theFileWithAWarningIsSearchable() throws Exception {
        JsonNode hits = portal.getJson("/api/search?q=" + TestPortal.encode("党建工作督查"), 200).path("hits");
        assertThat(hits).extracting(h -> h.path("path").asText()).contains(GARBLED);
    }

    @Test
    void anUploadAnswersWithTheFileTextQuality() throws Exception {
        Path file = FixtureFiles.docx(dir.resolve("质量.docx"),
                java.util.List.of("关于开展实验室安全检查的通知", "各单位要在十一月底前完成危化品台账核查。"), java.util.List.of());
        HttpResponse<String> answer = portal.send(HttpRequest.newBuilder(portal.uri("/api/documents?name="
                + TestPortal.encode("质量.docx"))).POST(HttpRequest.BodyPublishers.ofFile(file)), TestPortal.ADMIN_TOKEN);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        JsonNode quality = portal.parse(answer.body()).path("quality");
        assertThat(quality.path("characters").asInt()).isGreaterThan(20);
        assertThat(quality.has("warning")).isFalse();
    }

    @Test
    void theAdminListShowsEachFilesQualityAndWarning() throws Exception {
        assertThat(portal.get("/admin").body()).contains("<th>文字质量</th>");
        assertThat(portal.get("/admin.js").body()).contains("/api/ingest/report").contains("q.warning");
    }
}
