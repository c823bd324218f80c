package cn.policyportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.policyportal.FixtureFiles;
import cn.policyportal.Seeds;
import cn.policyportal.TestPortal;

/**
 * A corpus with every kind of bad file the tests can make beside the seeds: each bad file is named
 * in {@code GET /api/ingest/report} with its reason, and every good file is indexed.
 */
class BadInputCorpusEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void everyBadFileIsReportedByNameAndEveryGoodOneIsIndexed() throws Exception {
        Path corpus = dir.resolve("corpus");
        Seeds.copyAll(corpus);
        Path bad = Files.createDirectories(corpus.resolve("坏文件"));
        Files.write(bad.resolve("零字节.txt"), new byte[0]);
        byte[] junk = new byte[4096];
        new Random(3).nextBytes(junk);
        Files.write(bad.resolve("随机字节.pdf"), junk);
        byte[] pdf = Files.readAllBytes(FixtureFiles.pdf(dir.resolve("whole.pdf"), List.of("巡视整改"), false, null));
        Files.write(bad.resolve("截断.pdf"), Arrays.copyOf(pdf, pdf.length / 3));
        FixtureFiles.pdf(bad.resolve("加密.pdf"), List.of("内部资料"), false, "pw");
        FixtureFiles.scannedPdf(bad.resolve("扫描件.pdf"), "第一条");
        FixtureFiles.bombDocx(bad.resolve("炸弹.docx"), 12_000);
        FixtureFiles.nestedDocx(bad.resolve("深层嵌套.docx"), 500);
        Files.write(bad.resolve("超大.txt"), new byte[(int) TestPortal.MAX_UPLOAD_BYTES + 1]);
        Files.createSymbolicLink(bad.resolve("循环1.txt"), bad.resolve("循环2.txt"));
        Files.createSymbolicLink(bad.resolve("循环2.txt"), bad.resolve("循环1.txt"));
        Files.write(corpus.resolve("无BOM的GBK通知.txt"),
                "关于加强科研经费管理的通知\n各单位要严格执行经费预算。\n".getBytes(Charset.forName("GBK")));
        String odd = "名字 带\"引号\" 和..点.txt";
        Files.writeString(corpus.resolve(odd), "关于文件命名的说明\n文件名不影响检索。\n");

        try (TestPortal portal = new TestPortal(corpus, dir.resolve("index"))) {
            JsonNode report = portal.getJson("/api/ingest/report", 200);
            Map<String, String> reasons = new HashMap<>();
            report.get("failures").forEach(f -> {
                assertThat(f.get("message").asText()).as(f.toString()).isNotBlank();
                reasons.put(f.get("path").asText(), f.get("reason").asText());
            });
            assertThat(reasons).containsEntry("坏文件/零字节.txt", "empty")
                    .containsEntry("坏文件/截断.pdf", "corrupt")
                    .containsEntry("坏文件/加密.pdf", "encrypted")
                    .containsEntry("坏文件/扫描件.pdf", "no_text")
                    .containsEntry("坏文件/炸弹.docx", "too_large")
                    .containsEntry("坏文件/深层嵌套.docx", "corrupt")
                    .containsEntry("坏文件/超大.txt", "too_large")
                    .containsEntry("坏文件/循环1.txt", "unreadable")
                    .containsEntry("坏文件/循环2.txt", "unreadable")
                    .containsKey("坏文件/随机字节.pdf")
                    .hasSize(10);
            assertThat(report.get("failures").findValuesAsText("message")).anyMatch(m -> m.contains("OCR"));

            Set<String> indexed = portal.getJson("/api/documents", 200).get("documents").findValuesAsText("path")
                    .stream().collect(Collectors.toSet());
            assertThat(indexed).contains("无BOM的GBK通知.txt", odd).hasSize(Seeds.values().length + 2);
            assertThat(portal.getJson("/api/search?q=" + TestPortal.encode("经费预算"), 200).get("total").asInt())
                    .isPositive();
        }
    }
}
