package cn.policyportal.versions;

import static cn.policyportal.RuleFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.policyportal.RuleFixtures;
import cn.policyportal.SeedPortal;
import cn.policyportal.TestPortal;

/** Clause lookup that knows versions, the three lookups that used to miss, and 新旧对照 over HTTP. */
class ClauseOverVersionsEndToEndTest {

    @RegisterExtension
    static final SeedPortal SERVER = SeedPortal.withFiles(RuleFixtures.all());

    private static JsonNode clause(String q) throws Exception {
        return SERVER.portal().getJson("/api/clause?q=" + TestPortal.encode(q), 200);
    }

    @Test
    void aRuleAnswersFromTheVersionInForceAndListsTheOthers() throws Exception {
        JsonNode answer = clause("公司法第二十条");
        assertThat(answer.path("matches")).hasSize(1);
        assertThat(answer.path("matches").get(0).path("doc_id").asText()).isEqualTo(id("公司法(2023-12-29).txt"));
        assertThat(answer.path("matches").get(0).path("text").asText()).contains("社会责任");
        assertThat(answer.path("validity").path("status").asText()).isEqualTo("现行有效");
        assertThat(answer.has("notice")).isFalse();
        assertThat(answer.path("versions")).hasSize(1);
        assertThat(answer.path("versions").get(0).path("doc_id").asText()).isEqualTo(id("公司法(2018-10-26).txt"));
        assertThat(answer.path("versions").get(0).path("status").asText()).isEqualTo("已修改");
    }

    @ParameterizedTest
    @CsvSource({"2018年公司法第二十条", "公司法（2018年修正）第二十条", "《中华人民共和国公司法（2018年修正）》第二十条"})
    void aYearNamedPicksThatVersionWithANotice(String q) throws Exception {
        JsonNode answer = clause(q);
        assertThat(answer.path("matches").get(0).path("doc_id").asText()).isEqualTo(id("公司法(2018-10-26).txt"));
        assertThat(answer.path("matches").get(0).path("text").asText()).contains("滥用股东权利");
        assertThat(answer.path("notice").asText()).contains("已修改", "2023年修订");
    }

    @Test
    void anArticleTheVersionInForceDroppedIsQuotedFromTheNewestVersionThatHasIt() throws Exception {
        JsonNode answer = clause("公司法第二十七条");
        assertThat(answer.path("matches").get(0).path("doc_id").asText()).isEqualTo(id("公司法(2018-10-26).txt"));
        assertThat(answer.path("notice").asText()).contains("已修改");
    }

    @Test
    void aRepealedRuleAnswersWithANoticeOfWhatRepealedIt() throws Exception {
        JsonNode answer = clause("预备役军官法第一条");
        assertThat(answer.path("matches").get(0).path("doc_id").asText()).isEqualTo(id("预备役军官法(2010-08-28).txt"));
        assertThat(answer.path("validity").path("status").asText()).isEqualTo("已废止");
        assertThat(answer.path("notice").asText()).contains("已废止", "预备役人员法");
    }

    @Test
    void missOneTheFullNameInsideTheBracketsFindsTheTitleWithTheShortNameAndTheReverse() throws Exception {
        // （三）'s own title line has the short name inside 《》, （四）'s the full one.
        JsonNode full = clause("最高人民法院关于适用《中华人民共和国保险法》若干问题的解释（三）第三条");
        assertThat(full.path("matches").get(0).path("doc_id").asText())
                .isEqualTo(id("最高人民法院关于适用《保险法》若干问题的解释（三）(2020-12-29).txt"));
        JsonNode shortName = clause("最高人民法院关于适用《保险法》若干问题的解释（四）第二条");
        assertThat(shortName.path("matches").get(0).path("doc_id").asText())
                .isEqualTo(id("最高人民法院关于适用《保险法》若干问题的解释（四）(2018-05-14).txt"));
    }

    @ParameterizedTest
    @CsvSource({"民法典第一千零九十三条, 民法典婚姻家庭编.txt, 丧失父母的孤儿", "民法典第三条, 民法典总则编.txt, 受法律保护"})
    void missTwoACodeInOneFilePerPartIsOneRule(String q, String file, String words) throws Exception {
        JsonNode answer = clause(q);
        assertThat(answer.path("ambiguous").asBoolean()).isFalse();
        assertThat(answer.path("matches").get(0).path("doc_id").asText()).isEqualTo(id(file));
        assertThat(answer.path("matches").get(0).path("text").asText()).contains(words);
    }

    @Test
    void missThreeTheTitleIsTheTextsOwnTitleLineNotTheFileName() throws Exception {
        JsonNode doc = SERVER.portal().getJson("/api/documents/"
                + id("最高人民法院关于适用《保险法》若干问题的解释（四）(2018-05-14).txt"), 200);
        assertThat(doc.path("title").asText()).isEqualTo("最高人民法院关于适用《中华人民共和国保险法》若干问题的解释（四）");
    }

    @Test
    void compareShowsTheAddedRemovedAndChangedArticlesOfTheCharityLaw() throws Exception {
        String older = id("慈善法(2016-03-16).txt");
        String newer = id("慈善法(2023-12-29).txt");
        JsonNode cmp = SERVER.portal().getJson("/api/compare?a=" + older + "&b=" + newer, 200);
        List<String> a = articleTexts(older);
        List<String> b = articleTexts(newer);
        JsonNode summary = cmp.path("summary");
        int paired = summary.path("unchanged").asInt() + summary.path("changed").asInt() + summary.path("renumbered").asInt();
        assertThat(paired + summary.path("removed").asInt()).isEqualTo(a.size());
        assertThat(paired + summary.path("added").asInt()).isEqualTo(b.size());
        assertThat(cmp.path("rows")).hasSize(paired + summary.path("removed").asInt() + summary.path("added").asInt());
        // Independently: every text found in both versions is a pair whose text did not change.
        assertThat(unchangedPairs(cmp)).isEqualTo(sharedTexts(a, b));
        assertThat(summary.path("added").asInt()).isPositive();
        assertThat(summary.path("changed").asInt()).isPositive();
        JsonNode second = cmp.path("rows").get(1);
        assertThat(second.path("kind").asText()).isEqualTo("changed");
        assertThat(second.path("a_html").asText()).contains("<del>其他</del>");
        assertThat(second.path("b_html").asText()).contains("<ins>非法人</ins>");
    }

    @Test
    void compareRefusesAMissingParameterInWords() throws Exception {
        JsonNode error = SERVER.portal().getJson("/api/compare?a=" + id("慈善法(2016-03-16).txt"), 400);
        assertThat(error.path("error").path("message").asText()).contains("参数 b");
    }

    private static List<String> articleTexts(String docId) throws Exception {
        JsonNode doc = SERVER.portal().getJson("/api/documents/" + docId, 200);
        List<String> texts = new java.util.ArrayList<>();
        doc.path("units").forEach(u -> {
            if ("article".equals(u.path("kind").asText())) {
                texts.add(u.path("text").asText());
            }
        });
        return texts;
    }

    private static long unchangedPairs(JsonNode cmp) {
        long n = 0;
        for (JsonNode row : cmp.path("rows")) {
            n += row.has("a_label") && row.has("b_label") && !row.path("text_changed").asBoolean()
                    && !"changed".equals(row.path("kind").asText()) ? 1 : 0;
        }
        return n;
    }

    /** How many article texts the two lists share, each counted as often as both hold it. */
    private static long sharedTexts(List<String> a, List<String> b) {
        Map<String, Integer> counts = new HashMap<>();
        a.forEach(t -> counts.merge(t, 1, Integer::sum));
        long shared = 0;
        for (String t : b) {
            Integer left = counts.get(t);
            if (left != null && left > 0) {
                counts.put(t, left - 1);
                shared++;
            }
        }
        return shared;
    }
}
