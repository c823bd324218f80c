package cn.policyportal.versions;

import static cn.policyportal.RuleFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.policyportal.RuleFixtures;
import cn.policyportal.SeedPortal;
import cn.policyportal.Seeds;
import cn.policyportal.TestPortal;

/** Versions, validity, the validity filter and its override, over HTTP on the seeds and the rule fixtures. */
class RulesOverTimeEndToEndTest {

    @RegisterExtension
    static final SeedPortal SERVER = SeedPortal.withFiles(RuleFixtures.all());

    private static JsonNode get(String path) throws Exception {
        return SERVER.portal().getJson(path, 200);
    }

    private static List<String> ids(JsonNode versions) {
        List<String> ids = new ArrayList<>();
        versions.forEach(v -> ids.add(v.path("doc_id").asText()));
        return ids;
    }

    /** Ten rules with their versions in the order of their own dates, oldest first; the last is in force. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            慈善法 | 慈善法(2016-03-16).txt, 慈善法(2023-12-29).txt
            道路运输条例 | 道路运输条例(2019-03-02).txt, 道路运输条例(2022-03-29).txt, 道路运输条例(2023-07-20).txt
            放假办法 | 全国年节及纪念日放假办法(2013-12-11).txt, 全国年节及纪念日放假办法(2024-11-10).txt
            申报标准 | 国务院关于经营者集中申报标准的规定(2018-09-18).txt, 国务院关于经营者集中申报标准的规定(2024-01-22).txt
            知识产权法庭 | 最高人民法院关于知识产权法庭若干问题的规定(2018-12-28).txt, 最高人民法院关于知识产权法庭若干问题的规定(2023-10-21).txt
            国际商事法庭 | 最高人民法院关于设立国际商事法庭若干问题的规定(2018-06-27).txt, 最高人民法院关于设立国际商事法庭若干问题的规定(2023-12-18).txt
            殡葬 (undated file, dated by its 施行) | 上海市殡葬管理条例.txt, 上海市殡葬管理条例(2024-08-22).txt
            会计法 | 会计法(2017-11-04).txt, 会计法(2024-06-28).txt
            商用密码 | 商用密码管理条例(1999-10-07).txt, 商用密码管理条例(2023-04-27).txt
            公司法 (made) | 公司法(2018-10-26).txt, 公司法(2023-12-29).txt
            """)
    void versionsAreGroupedAndOrderedAndTheNewestIsInForce(String rule, String files) throws Exception {
        List<String> expected = List.of(files.split(",\\s*")).stream().map(String::strip).map(RuleFixtures::id).toList();
        for (String docId : expected) {
            JsonNode doc = get("/api/documents/" + docId);
            assertThat(ids(doc.path("versions"))).as(rule).containsExactlyElementsOf(expected);
            boolean newest = docId.equals(expected.get(expected.size() - 1));
            assertThat(doc.path("validity").path("status").asText()).as(rule + " " + docId)
                    .isEqualTo(newest ? "现行有效" : "已修改");
            assertThat(doc.path("validity").path("source").asText()).isEqualTo("text");
            if (!newest) {
                assertThat(doc.path("validity").path("superseded_by").path("doc_id").asText())
                        .isEqualTo(expected.get(expected.size() - 1));
            }
        }
    }

    @Test
    void aVersionListNamesEachVersionByItsDateAndLabel() throws Exception {
        JsonNode versions = get("/api/documents/" + id("慈善法(2023-12-29).txt")).path("versions");
        assertThat(versions.get(0).path("date").asText()).isEqualTo("2016-03-16");
        assertThat(versions.get(0).path("label").asText()).isEqualTo("2016年通过");
        assertThat(versions.get(1).path("label").asText()).isEqualTo("2023年修正");
        assertThat(versions.get(1).path("status").asText()).isEqualTo("现行有效");
    }

    @ParameterizedTest(name = "{0} repealed by {1}")
    @CsvSource(delimiter = '|', textBlock = """
            预备役军官法(2010-08-28).txt | 预备役人员法(2022-12-30).txt
            人体器官移植条例(2007-03-31).txt | 人体器官捐献和移植条例(2023-12-04).txt
            最高人民法院、最高人民检察院关于办理危害食品安全刑事案件适用法律若干问题的解释(2013-05-02).txt | 最高人民法院、最高人民检察院关于办理危害食品安全刑事案件适用法律若干问题的解释(2021-12-30).txt
            """)
    void aRuleALaterDocumentDeclaresRepealedIsRepealed(String repealed, String by) throws Exception {
        JsonNode validity = get("/api/documents/" + id(repealed)).path("validity");
        assertThat(validity.path("status").asText()).isEqualTo("已废止");
        assertThat(validity.path("repealed_by").path("doc_id").asText()).isEqualTo(id(by));
        assertThat(get("/api/documents/" + id(by)).path("validity").path("status").asText()).isEqualTo("现行有效");
    }

    @Test
    void amendmentsToTheConstitutionAreActsOfTheirOwnNotVersions() throws Exception {
        for (String file : List.of("宪法修正案（1993年）.txt", "宪法修正案（1999年）.txt")) {
            JsonNode doc = get("/api/documents/" + id(file));
            assertThat(doc.path("validity").path("status").asText()).isEqualTo("现行有效");
            assertThat(ids(doc.path("versions"))).containsExactly(id(file));
        }
    }

    @Test
    void aRuleBeforeItsInForceDateIsNotYetInForceAsOfThatDay() throws Exception {
        String rule = id("某市数据条例(2026-11-30).txt");
        JsonNode validity = get("/api/documents/" + rule).path("validity");
        assertThat(validity.path("status").asText()).isEqualTo("尚未生效");
        assertThat(validity.path("effective_date").asText()).isEqualTo("2099-01-01");
        assertThat(get("/api/documents/" + rule + "?as_of=2099-01-01").path("validity").path("status").asText())
                .isEqualTo("现行有效");
    }

    @Test
    void theSeedsProvisionalRulesAreInForceWithTheirProvisionalFlag() throws Exception {
        for (Seeds seed : List.of(Seeds.INSPECTION_RULES, Seeds.SUPERVISION_RULES)) {
            JsonNode validity = get("/api/documents/" + TestPortal.idOf(seed)).path("validity");
            assertThat(validity.path("status").asText()).as(seed.name()).isEqualTo("现行有效");
            assertThat(validity.path("provisional").asBoolean()).as(seed.name()).isTrue();
        }
    }

    @Test
    void searchCountsHitsByValidityFiltersByItAndBadgesEveryHit() throws Exception {
        JsonNode all = get("/api/search?q=" + TestPortal.encode("慈善") + "&size=50");
        assertThat(all.path("facets").path("validity").path("现行有效").asLong()).isPositive();
        assertThat(all.path("facets").path("validity").path("已修改").asLong()).isPositive();
        all.path("hits").forEach(h -> assertThat(h.path("validity").path("status").asText()).isNotEmpty());
        JsonNode inForce = get("/api/search?q=" + TestPortal.encode("慈善") + "&size=50&validity="
                + TestPortal.encode("现行有效"));
        assertThat(inForce.path("total").asLong()).isEqualTo(all.path("facets").path("validity").path("现行有效").asLong());
        assertThat(ids(inForce.path("hits"))).contains(id("慈善法(2023-12-29).txt"))
                .doesNotContain(id("慈善法(2016-03-16).txt"));
        inForce.path("hits").forEach(h -> assertThat(h.path("validity").path("status").asText()).isEqualTo("现行有效"));
    }

    @Test
    void anUnknownValidityIsRefusedInWords() throws Exception {
        JsonNode error = SERVER.portal().getJson("/api/search?q=x&validity=" + TestPortal.encode("有效"), 400);
        assertThat(error.path("error").path("message").asText()).contains("现行有效", "已废止");
    }

    @Test
    void anAdminOverridesAValidityWithAReasonAndTheHistoryIsKept() throws Exception {
        TestPortal portal = SERVER.portal();
        String rule = id("商用密码管理条例(2023-04-27).txt");
        String path = "/api/documents/" + rule + "/validity";
        assertThat(portal.post(path, "{\"status\":\"已废止\",\"reason\":\"测试\"}", null).statusCode()).isEqualTo(401);
        assertThat(portal.post(path, "{\"status\":\"失效\",\"reason\":\"测试\"}", TestPortal.ADMIN_TOKEN).body())
                .contains("现行有效、已修改、已废止、尚未生效");
        assertThat(portal.post(path, "{\"status\":\"已废止\"}", TestPortal.ADMIN_TOKEN).body()).contains("请填写");

        assertThat(portal.post(path, "{\"status\":\"已废止\",\"reason\":\"国务院决定废止\"}", TestPortal.ADMIN_TOKEN)
                .statusCode()).isEqualTo(201);
        JsonNode validity = get("/api/documents/" + rule).path("validity");
        assertThat(validity.path("status").asText()).isEqualTo("已废止");
        assertThat(validity.path("source").asText()).isEqualTo("admin");
        assertThat(validity.path("reason").asText()).isEqualTo("国务院决定废止");

        portal.post(path, "{\"status\":\"\",\"reason\":\"误操作，恢复\"}", TestPortal.ADMIN_TOKEN);
        JsonNode after = get(path);
        assertThat(after.path("validity").path("status").asText()).isEqualTo("现行有效");
        assertThat(after.path("validity").path("source").asText()).isEqualTo("text");
        assertThat(after.path("history")).hasSize(2);
        assertThat(after.path("history").get(0).path("status").asText()).isEqualTo("已废止");
        JsonNode audit = portal.parse(portal.send(java.net.http.HttpRequest.newBuilder(
                portal.uri("/api/audit?action=document.validity")).GET(), TestPortal.ADMIN_TOKEN).body());
        assertThat(audit.path("entries")).extracting(e -> e.path("target").asText()).containsExactly(rule, rule);
    }
}
