package cn.policyportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.policyportal.Seeds;
import cn.policyportal.TestPortal;
import cn.policyportal.semantic.Semantic;

/** A model path that holds garbage: keyword and question search by words keep working, and the status says why. */
class BrokenModelEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void aCorruptModelLeavesSearchByWordsWorkingAndSaysSo() throws Exception {
        Path model = dir.resolve("model/model.onnx");
        Files.createDirectories(model.getParent());
        Files.writeString(model, "这不是一个模型文件");
        // The real tokenizer beside a model file of garbage: the model itself is what fails to load.
        try (var tokenizer = getClass().getResourceAsStream("/bge-small-zh-v1.5-q-tokenizer.json")) {
            Files.copy(tokenizer, model.resolveSibling("tokenizer.json"));
        }
        Seeds.copyAll(dir.resolve("corpus"));
        Path index = dir.resolve("index");
        try (TestPortal portal = new TestPortal(dir.resolve("corpus"), index, dir.resolve("data"), true,
                Semantic.open(index, new Semantic.Settings(true, model, 1)))) {
            long deadline = System.currentTimeMillis() + 30_000;
            JsonNode vectors = portal.getJson("/api/index/status", 200).path("vectors");
            while (!vectors.path("state").asText().equals("unavailable")) {
                assertThat(System.currentTimeMillis()).isLessThan(deadline);
                Thread.sleep(100);
                vectors = portal.getJson("/api/index/status", 200).path("vectors");
            }
            assertThat(vectors.path("message").asText()).contains("语义检索不可用").contains("关键词检索");

            JsonNode keywords = portal.getJson("/api/search?q=" + TestPortal.encode("巡视 整改"), 200);
            assertThat(keywords.path("total").asInt()).isPositive();
            JsonNode question = portal.getJson("/api/search?q=" + TestPortal.encode("巡视整改的问题线索由谁来处理"), 200);
            assertThat(question.path("mode").asText()).isEqualTo("question");
            assertThat(question.path("ranking").asText()).isEqualTo("words");
            assertThat(question.path("total").asInt()).isPositive();
            assertThat(portal.get("/admin").statusCode()).isEqualTo(200);
        }
    }
}
