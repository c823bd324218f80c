package cn.policyportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import cn.policyportal.Seeds;
import cn.policyportal.TestPortal;
import cn.policyportal.ingest.DocumentIds;

/**
 * Clause lookup, articles, outlines and citations over HTTP, on the seeds plus two versions of a
 * law that the test writes (to check that the newest version wins and the others are listed).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClauseLookupEndToEndTest {

    @TempDir
    static Path dir;

    private static final String PATENT_NOTICE = "专利申请通知.txt";

    private TestPortal portal;

    @BeforeAll
    void start() throws IOException {
        Path corpus = dir.resolve("corpus");
        Seeds.copyAll(corpus);
        Path laws = Files.createDirectories(corpus.resolve("法律"));
        Files.writeString(laws.resolve("专利法(2008).txt"), law("2008年12月27日", "旧版第二十条的内容。"));
        Files.writeString(laws.resolve("专利法(2020).txt"), law("2020年10月17日", "新版第二十条的内容。"));
        Files.writeString(corpus.resolve("评审办法.txt"),
                "课题评审办法\n\n第一条 本院设立课题评审专家委员会（以下简称“评审会”），负责课题评审。\n\n第二条 评审会每年开会一次。\n");
        Files.writeString(corpus.resolve("评审通知.txt"), "关于年度评审的通知\n\n课题评审专家委员会将于十月开展年度评审工作。\n");
        Files.writeString(corpus.resolve(PATENT_NOTICE), "关于做好专利申请工作的通知\n\n各单位应当依照《中华人民共和国专利法》做好专利申请工作。\n");
        portal = new TestPortal(corpus, dir.resolve("index"));
    }

    private static String law(String date, String article20) {
        StringBuilder text = new StringBuilder("中华人民共和国专利法\n\n第一章 总则\n\n");
        for (int n = 1; n <= 25; n++) {
            String body = n == 20 ? article20 : "第" + n + "条的内容。";
            text.append("第").append(cn.policyportal.text.ChineseNumerals.format(n)).append("条 ").append(body).append("\n\n");
        }
        return text.append("全国人民代表大会常务委员会\n\n").append(date).append("\n").toString();
    }

    @AfterAll
    void stop() throws IOException {
        portal.close();
    }

    private JsonNode clause(String q, int status) throws Exception {
        return portal.getJson("/api/clause?q=" + TestPortal.encode(q), status);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "巡视工作协作配合实施办法第十六条 | INSPECTION_RULES | 第十六条 | ch4/a16",
        "《党建工作督查实施办法（试行）》第九条 | SUPERVISION_RULES | 第九条 | ch3/a9",
        "督查办法 第9条 | SUPERVISION_RULES | 第九条 | ch3/a9",
        "中共中国科学院党组巡视工作协作配合实施办法第三十一条 | INSPECTION_RULES | 第三十一条 | ch6/a31",
        "党建工作督查实施办法第二章 | SUPERVISION_RULES | 第二章 | ch2",
    })
    void resolvesTheFormsPeopleType(String query, Seeds seed, String label, String path) throws Exception {
        JsonNode answer = clause(query, 200);
        assertThat(answer.get("ambiguous").asBoolean()).isFalse();
        JsonNode match = answer.get("matches").get(0);
        assertThat(match.get("doc_id").asText()).isEqualTo(TestPortal.idOf(seed));
        assertThat(match.get("unit").get("label").asText()).isEqualTo(label);
        assertThat(match.get("unit").get("path").asText()).isEqualTo(path);
        assertThat(match.get("url").asText()).startsWith("/doc/" + TestPortal.idOf(seed));
    }

    @Test
    void theArticleTextComesWithTheMatch() throws Exception {
        JsonNode match = clause("巡视工作协作配合实施办法第十六条", 200).get("matches").get(0);
        assertThat(match.get("text").asText()).isEqualTo(
                "相关纪检等部门收到巡视移交的问题线索、转送的信访件后，应当及时办理。问题线索办理结果应于3个月内反馈巡视办。");
        assertThat(match.get("unit").get("parents").get(0).asText()).isEqualTo("第四章 整改督办");
        assertThat(match.get("url").asText()).isEqualTo("/doc/" + TestPortal.idOf(Seeds.INSPECTION_RULES) + "/a/16");
    }

    @Test
    void anArticleThatSeveralDocumentsHaveGivesCandidates() throws Exception {
        JsonNode answer = clause("第十六条", 200);
        assertThat(answer.get("ambiguous").asBoolean()).isTrue();
        assertThat(answer.get("matches").findValuesAsText("doc_id"))
                .contains(TestPortal.idOf(Seeds.INSPECTION_RULES), TestPortal.idOf(Seeds.SUPERVISION_RULES));
        JsonNode chapter = clause("实施办法第四章", 200);
        assertThat(chapter.get("ambiguous").asBoolean()).isTrue();
        assertThat(chapter.get("matches")).hasSize(2);
    }

    @Test
    void anArticleOnlyOneDocumentHasIsFoundWithoutATitle() throws Exception {
        JsonNode answer = clause("第三十一条", 200);
        assertThat(answer.get("ambiguous").asBoolean()).isFalse();
        assertThat(answer.get("matches").get(0).get("doc_id").asText()).isEqualTo(TestPortal.idOf(Seeds.INSPECTION_RULES));
    }

    @Test
    void theNewestVersionOfALawWinsAndTheOthersAreListed() throws Exception {
        JsonNode answer = clause("专利法第二十条", 200);
        JsonNode match = answer.get("matches").get(0);
        assertThat(match.get("title").asText()).isEqualTo("中华人民共和国专利法");
        assertThat(match.get("text").asText()).isEqualTo("新版第二十条的内容。");
        assertThat(answer.get("versions")).hasSize(1);
        assertThat(answer.get("versions").get(0).get("date").asText()).isEqualTo("2008-12-27");
        JsonNode older = clause("2008年专利法第二十条", 200);
        assertThat(older.get("matches").get(0).get("text").asText()).isEqualTo("旧版第二十条的内容。");
    }

    @Test
    void unknownTitlesAndMissingArticlesAnswer404WithSuggestions() throws Exception {
        JsonNode unknown = clause("巡视协作办法实施细则第三条", 404).get("error");
        assertThat(unknown.get("message").asText()).contains("没有找到");
        assertThat(unknown.get("suggestions").get(0).asText()).isEqualTo("中共中国科学院党组巡视工作协作配合实施办法（试行）");
        JsonNode missing = clause("巡视工作协作配合实施办法第九十九条", 404).get("error");
        assertThat(missing.get("message").asText()).contains("没有第九十九条", "共 31 条");
        assertThat(clause("巡视整改", 400).get("error").get("code").asText()).isEqualTo("invalid_query");
    }

    @ParameterizedTest
    @ValueSource(strings = {"16", "十六", "第十六条"})
    void anArticleByNumberInAnyForm(String n) throws Exception {
        JsonNode article = portal.getJson("/api/documents/" + TestPortal.idOf(Seeds.INSPECTION_RULES) + "/articles/"
                + TestPortal.encode(n), 200);
        assertThat(article.get("number").asInt()).isEqualTo(16);
        assertThat(article.get("label").asText()).isEqualTo("第十六条");
        assertThat(article.get("parents").get(0).asText()).isEqualTo("第四章 整改督办");
        assertThat(article.get("text").asText()).startsWith("相关纪检等部门收到巡视移交的问题线索");
        assertThat(article.has("cites")).isTrue();
    }

    @Test
    void articleTitlesAndMissingArticles() throws Exception {
        String id = TestPortal.idOf(Seeds.SUPERVISION_RULES);
        assertThat(portal.getJson("/api/documents/" + id + "/articles/1", 200).get("title").asText()).isEqualTo("目的依据");
        assertThat(portal.getJson("/api/documents/" + id + "/articles/10", 200).has("title")).isFalse();
        assertThat(portal.getJson("/api/documents/" + id + "/articles/19", 404).get("error").get("message").asText())
                .contains("第十九条");
        assertThat(portal.getJson("/api/documents/" + id + "/articles/abc", 400).get("error").get("code").asText())
                .isEqualTo("invalid_query");
    }

    @Test
    void articlesLinkTheDocumentsTheyCite() throws Exception {
        JsonNode cites = portal.getJson("/api/documents/" + TestPortal.idOf(Seeds.INSPECTION_RULES) + "/articles/1", 200)
                .get("cites");
        assertThat(cites.findValuesAsText("text")).contains("《中国共产党巡视工作条例》");
        assertThat(cites).allSatisfy(c -> assertThat(c.get("kind").asText()).isEqualTo("document"));
        JsonNode plan = portal.getJson("/api/documents/" + TestPortal.idOf(Seeds.INSPECTION_RULES) + "/citations", 200);
        assertThat(plan.get("cites")).anySatisfy(c -> {
            assertThat(c.get("title").asText()).isEqualTo("中国共产党巡视工作条例");
            assertThat(c.has("doc_id")).as("external citation").isFalse();
        });
    }

    @Test
    void aTitleCitedInTheCorpusLinksToItsNewestVersionWhichListsTheCiterInReverse() throws Exception {
        String notice = DocumentIds.forPath(PATENT_NOTICE);
        String newest = DocumentIds.forPath("法律/专利法(2020).txt");
        JsonNode cites = portal.getJson("/api/documents/" + notice + "/citations", 200).get("cites");
        assertThat(cites).anySatisfy(c -> {
            assertThat(c.get("title").asText()).isEqualTo("中华人民共和国专利法");
            assertThat(c.get("doc_id").asText()).isEqualTo(newest);
        });
        JsonNode citedBy = portal.getJson("/api/documents/" + newest + "/citations", 200).get("cited_by");
        assertThat(citedBy.findValuesAsText("doc_id")).containsExactly(notice);
        JsonNode older = portal.getJson("/api/documents/" + DocumentIds.forPath("法律/专利法(2008).txt") + "/citations", 200);
        assertThat(older.get("cited_by").findValuesAsText("doc_id")).isEmpty();
    }

    @Test
    void aDocumentCitedByAnotherListsItInReverse() throws Exception {
        JsonNode citations = portal.getJson("/api/documents/" + TestPortal.idOf(Seeds.WORK_PLAN) + "/citations", 200);
        assertThat(citations.get("cited_by").findValuesAsText("doc_id")).isEmpty();
        JsonNode notice = portal.getJson("/api/documents/" + TestPortal.idOf(Seeds.SUPERVISION_RULES), 200);
        assertThat(notice.get("citations").findValuesAsText("title")).contains("中国共产党党内监督条例");
    }

    @Test
    void theDocumentCarriesItsOutlineAndAbbreviations() throws Exception {
        JsonNode doc = portal.getJson("/api/documents/" + TestPortal.idOf(Seeds.INSPECTION_RULES), 200);
        assertThat(doc.get("form").asText()).isEqualTo("regulation");
        JsonNode outline = doc.get("outline");
        assertThat(outline.findValuesAsText("label")).contains("第一章", "第六章", "第十六条");
        JsonNode chapter4 = outline.get(4);
        assertThat(chapter4.get("label").asText()).isEqualTo("第四章");
        assertThat(chapter4.get("title").asText()).isEqualTo("整改督办");
        assertThat(chapter4.get("children").findValuesAsText("anchor")).contains("a16");
        assertThat(doc.get("abbreviations")).anySatisfy(a -> {
            assertThat(a.get("short_form").asText()).isEqualTo("巡视办");
            assertThat(a.get("full_form").asText()).isEqualTo("院党组巡视工作领导小组办公室");
        });
    }

    @Test
    void aSearchForAnAbbreviationAlsoFindsItsFullForm() throws Exception {
        JsonNode result = portal.getJson("/api/search?q=" + TestPortal.encode("评审会"), 200);
        assertThat(result.get("hits").findValuesAsText("title")).contains("课题评审办法", "关于年度评审的通知");
        JsonNode notice = result.get("hits").findParents("title").stream()
                .filter(h -> h.get("title").asText().equals("关于年度评审的通知")).findFirst().orElseThrow();
        assertThat(notice.get("snippet").asText()).contains("<mark>课题评审专家委员会</mark>");
    }

    @Test
    void aSearchHitNamesTheUnitItMatched() throws Exception {
        JsonNode hit = portal.getJson("/api/search?q=" + TestPortal.encode("问题线索"), 200).get("hits").get(0);
        assertThat(hit.get("unit").get("path").asText()).isEqualTo("ch4/a16");
        assertThat(hit.get("unit").get("label").asText()).isEqualTo("第十六条");
        assertThat(hit.get("unit").get("parents").get(0).asText()).isEqualTo("第四章 整改督办");
        assertThat(hit.get("url").asText()).endsWith("/a/16");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "第十六条 | 第十六条",
        "巡视工作协作配合实施办法第二十条 | 第二十条",
        "督查办法第9条 | 第九条",
    })
    void aClauseTypedIntoTheSearchBoxIsTheFirstHit(String query, String label) throws Exception {
        JsonNode first = portal.getJson("/api/search?q=" + TestPortal.encode(query), 200).get("hits").get(0);
        assertThat(first.get("unit").get("label").asText()).isEqualTo(label);
    }

    @Test
    void theDocumentPageIsServedForItsPermanentLinks() throws Exception {
        String id = TestPortal.idOf(Seeds.INSPECTION_RULES);
        for (String path : new String[] {"/doc/" + id, "/doc/" + id + "/a/16"}) {
            var page = portal.get(path);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("/doc.js", "跳转到条款");
        }
    }
}
