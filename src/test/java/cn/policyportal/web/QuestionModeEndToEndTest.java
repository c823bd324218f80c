package cn.policyportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cn.policyportal.SeedPortal;
import cn.policyportal.TestPortal;

/** Question mode by words over the seeds (semantic search off): what the answer says and that it is never empty. */
class QuestionModeEndToEndTest {

    @RegisterExtension
    static final SeedPortal SERVER = new SeedPortal();

    private static JsonNode search(String q) throws Exception {
        return SERVER.portal().getJson("/api/search?q=" + TestPortal.encode(q), 200);
    }

    @Test
    void aQuestionSaysItsModeAndMarksTheWordsItSearched() throws Exception {
        JsonNode result = search("巡视发现的问题线索应该怎么移交");
        assertThat(result.path("mode").asText()).isEqualTo("question");
        assertThat(result.path("ranking").asText()).isEqualTo("words");
        assertThat(result.path("question_words")).extracting(JsonNode::asText).contains("巡视", "问题", "线索", "移交")
                .doesNotContain("怎么", "应该", "的");
        assertThat(result.path("total").asInt()).isPositive();
        assertThat(result.path("hits").get(0).path("snippet").asText()).contains("<mark>");
        assertThat(result.path("hits").get(0).path("unit").path("label").asText()).isNotEmpty();
    }

    /** The same words as keywords would need 的 and 怎么 too, and find nothing. */
    @Test
    void aQuestionNeverEndsEmptyWhileTheCorpusHoldsOneOfItsWords() throws Exception {
        assertThat(search("独角兽 飞船 巡视").path("total").asInt()).isZero();
        JsonNode result = search("独角兽的飞船在巡视时会去哪里");
        assertThat(result.path("mode").asText()).isEqualTo("question");
        assertThat(result.path("total").asInt()).isPositive();
    }

    @Test
    void keywordsAndOperatorsAreNotQuestions() throws Exception {
        assertThat(search("巡视 整改").has("mode")).isFalse();
        assertThat(search("巡视 -督查").has("mode")).isFalse();
        assertThat(search("巡视工作协作配合实施办法第十六条").has("mode")).isFalse();
    }

    @Test
    void theVectorsAreOffAndTheStatusSaysSo() throws Exception {
        JsonNode vectors = SERVER.portal().getJson("/api/index/status", 200).path("vectors");
        assertThat(vectors.path("state").asText()).isEqualTo("off");
        assertThat(vectors.path("message").asText()).contains("语义检索已关闭");
        JsonNode related = SERVER.portal().getJson("/api/documents/" + TestPortal.idOf(cn.policyportal.Seeds.INSPECTION_RULES)
                + "/articles/16/related", 200);
        assertThat(related.path("ready").asBoolean()).isFalse();
        assertThat(related.path("related")).isEmpty();
    }
}
