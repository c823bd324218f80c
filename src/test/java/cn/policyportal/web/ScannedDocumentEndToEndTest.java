package cn.policyportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.policyportal.FixtureFiles;
import cn.policyportal.Seeds;
import cn.policyportal.TestPortal;
import cn.policyportal.ingest.DocumentIds;

/**
 * A scan in the corpus beside a text file: the scan says it was read by OCR, with its pages and mean
 * confidence, wherever its metadata is shown; the text file says nothing of OCR.
 */
class ScannedDocumentEndToEndTest {

    private static final String SCAN = "扫描件第一页.png";

    @TempDir
    static Path dir;
    private static TestPortal portal;

    @BeforeAll
    static void start() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        BufferedImage first = FixtureFiles.pageImages(FixtureFiles.libreOfficePdf(Seeds.INSPECTION_RULES), 200).get(0);
        ImageIO.write(first, "png", corpus.resolve(SCAN).toFile());
        Files.copy(Seeds.SUPERVISION_RULES.path(), corpus.resolve(Seeds.SUPERVISION_RULES.fileName()));
        portal = new TestPortal(corpus, dir.resolve("index"));
    }

    @AfterAll
    static void stop() throws Exception {
        portal.close();
    }

    @Test
    void theScanCarriesItsOcrPagesAndConfidenceInTheDocumentListHitsAndItsPage() throws Exception {
        String id = DocumentIds.forPath(SCAN);
        JsonNode doc = portal.getJson("/api/documents/" + id, 200);
        assertThat(doc.path("ocr").path("pages").asInt()).isEqualTo(1);
        assertThat(doc.path("ocr").path("confidence").asDouble()).isBetween(0.8, 1.0);

        JsonNode listed = portal.getJson("/api/documents", 200).path("documents");
        assertThat(listed).filteredOn(d -> d.path("doc_id").asText().equals(id))
                .singleElement().satisfies(d -> assertThat(d.path("ocr")).isEqualTo(doc.path("ocr")));

        JsonNode hits = portal.getJson("/api/search?q=" + TestPortal.encode("巡视工作协作配合实施办法"), 200).path("hits");
        assertThat(hits).filteredOn(h -> h.path("doc_id").asText().equals(id))
                .singleElement().satisfies(h -> assertThat(h.path("ocr")).isEqualTo(doc.path("ocr")));
    }

    @Test
    void aFileWithATextOfItsOwnHasNoOcrField() throws Exception {
        JsonNode doc = portal.getJson("/api/documents/" + DocumentIds.forPath(Seeds.SUPERVISION_RULES.fileName()), 200);
        assertThat(doc.has("ocr")).isFalse();
        assertThat(doc.path("title").asText()).isNotEmpty();
    }

    @Test
    void theDocumentPageAndTheSearchPageDrawTheBadgeInChinese() throws Exception {
        String common = portal.get("/common.js").body();
        assertThat(common).contains("OCR识别 · 平均置信度 ${percent}%");
        assertThat(portal.get("/doc.js").body()).contains("Portal.ocrBadge(doc.ocr)");
        assertThat(portal.get("/search.js").body()).contains("ocrBadge(hit.ocr)");
    }
}
