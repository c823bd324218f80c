package cn.policyportal.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbedderTest {

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    @Test
    void aQuestionLandsNearTheArticleThatAnswersItInEverydayWords() throws IOException {
        try (Embedder embedder = Embedder.bundled(2)) {
            List<float[]> articles = embedder.embed(List.of(
                    "赡养人不得以放弃继承权或者其他理由，拒绝履行赡养义务。赡养人不履行赡养义务，老年人有要求赡养人付给赡养费等权利。",
                    "慈善组织开展公开募捐，应当取得公开募捐资格。",
                    "学校应当建立学生欺凌防控工作制度，对学生欺凌行为应当立即制止。"));
            float[] question = embedder.query("孩子在学校被欺负学校有责任吗");
            assertThat(articles).allSatisfy(v -> assertThat(v).hasSize(Embedder.DIMENSIONS));
            assertThat(cosine(question, articles.get(2))).isGreaterThan(cosine(question, articles.get(0)))
                    .isGreaterThan(cosine(question, articles.get(1)));
            assertThat(cosine(articles.get(0), articles.get(0))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        }
    }

    @Test
    void aModelFileOfGarbageIsRefusedWithAReason(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("model.onnx");
        Files.writeString(model, "这不是模型");
        Files.writeString(dir.resolve("tokenizer.json"), "{}");
        assertThatThrownBy(() -> Embedder.open(model, 1)).isInstanceOf(IOException.class).hasMessageContaining("语义模型");
        assertThatThrownBy(() -> Embedder.open(dir.resolve("missing.onnx"), 1)).isInstanceOf(IOException.class);
    }
}
