package cn.policyportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.policyportal.TestPortal;

/**
 * Questions typed as people ask them (issue 19), over excerpts of the laws that answer them beside
 * the seeds, with the sentence model from the jar: each finds an article that answers it, by words
 * and meaning fused once the vectors are ready; keyword searches keep their AND answers.
 */
@Tag("slow")
class QuestionSearchEndToEndTest {

    @TempDir
    static Path dir;
    private static TestPortal portal;

    @BeforeAll
    static void start() throws Exception {
        portal = TestPortal.withVectors(dir);
    }

    @AfterAll
    static void stop() throws IOException {
        portal.close();
    }

    /** The six questions of issue 19 that found nothing: each finds an article that answers it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "遭受家庭暴力可以向法院申请什么保护 | 反家庭暴力法 | 第二十三条,第二十九条",
            "老人的子女不尽赡养义务怎么办 | 老年人权益保障法 | 第十九条,第二十四条,第七十五条",
            "劳动争议仲裁的时效是多久 | 劳动争议调解仲裁法 | 第二十七条",
            "慈善组织募捐需要什么条件 | 慈善法 | 第二十二条",
            "孩子在学校被欺负学校有责任吗 | 未成年人保护法 | 第三十九条",
            "公司不给缴纳工伤保险怎么办 | 浙江省工伤保险条例 | 第十条,第三十三条",
    })
    void theQuestionsOfIssue19FindAnArticleThatAnswersThem(String question, String law, String articles)
            throws Exception {
        JsonNode result = portal.getJson("/api/search?q=" + TestPortal.encode(question), 200);
        assertThat(result.path("mode").asText()).isEqualTo("question");
        assertThat(result.path("ranking").asText()).isEqualTo("hybrid");
        List<String> found = new ArrayList<>();
        for (JsonNode hit : result.path("hits")) {
            found.add(hit.path("title").asText() + " " + hit.path("unit").path("label").asText());
            hit.path("more_units").forEach(u -> found.add(hit.path("title").asText() + " " + u.path("unit").path("label").asText()));
        }
        assertThat(found.subList(0, Math.min(10, found.size())))
                .anySatisfy(f -> assertThat(f).contains(law).containsAnyOf(articles.split(",")));
    }

    /**
     * 上海市慈善条例 restates 慈善法's rule on 公开募捐资格 almost word for word: asked without a place,
     * the national law answers first; asked about 上海, the city's rule does.
     */
    @Test
    void aQuestionWithoutAPlaceIsAnsweredByTheNationalLawAndOneThatNamesAPlaceByItsRule() throws Exception {
        List<String> anywhere = titles(portal.getJson("/api/search?q=" + TestPortal.encode("慈善组织开展公开募捐要有什么资格"), 200));
        assertThat(anywhere).contains("中华人民共和国慈善法", "上海市慈善条例");
        assertThat(anywhere.indexOf("中华人民共和国慈善法")).isLessThan(anywhere.indexOf("上海市慈善条例"));
        List<String> inShanghai = titles(portal.getJson("/api/search?q=" + TestPortal.encode("在上海慈善组织开展公开募捐要有什么资格"), 200));
        assertThat(inShanghai.get(0)).isEqualTo("上海市慈善条例");
        JsonNode documents = portal.getJson("/api/documents", 200).path("documents");
        List<String> places = new ArrayList<>();
        documents.forEach(d -> places.add(d.path("title").asText() + "=" + d.path("place").asText("")));
        assertThat(places).contains("上海市慈善条例=上海市", "中华人民共和国慈善法=");
    }

    private static List<String> titles(JsonNode result) {
        List<String> titles = new ArrayList<>();
        result.path("hits").forEach(h -> titles.add(h.path("title").asText()));
        return titles;
    }

    @Test
    void keywordsKeepTheirAndAnswersAndSayNoMode() throws Exception {
        JsonNode result = portal.getJson("/api/search?q=" + TestPortal.encode("赡养 老年人"), 200);
        assertThat(result.has("mode")).isFalse();
        assertThat(result.path("hits").get(0).path("title").asText()).contains("老年人权益保障法");
    }

    @Test
    void anArticleListsTheNearestArticlesOfOtherDocuments() throws Exception {
        String id = null;
        for (JsonNode doc : portal.getJson("/api/documents", 200).path("documents")) {
            if (doc.path("title").asText().contains("反家庭暴力法")) {
                id = doc.path("doc_id").asText();
            }
        }
        JsonNode related = portal.getJson("/api/documents/" + id + "/articles/13/related", 200);
        assertThat(related.path("ready").asBoolean()).isTrue();
        assertThat(related.path("related")).isNotEmpty().allSatisfy(r -> {
            assertThat(r.path("doc_id").asText()).isNotEqualTo(related.path("doc_id").asText());
            assertThat(r.path("url").asText()).startsWith("/doc/");
        });
        portal.getJson("/api/documents/" + id + "/articles/999/related", 404);
    }

    @Test
    void theStatusSaysTheVectorsAreReady() throws Exception {
        JsonNode status = portal.getJson("/api/index/status", 200);
        assertThat(status.path("documents").asInt()).isGreaterThan(5);
        assertThat(status.path("vectors").path("total").asInt()).isEqualTo(status.path("vectors").path("done").asInt());
        assertThat(status.path("vectors").path("message").asText()).contains("语义");
    }
}
