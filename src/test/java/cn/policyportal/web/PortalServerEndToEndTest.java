package cn.policyportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.policyportal.SeedPortal;
import cn.policyportal.Seeds;
import cn.policyportal.TestPortal;

/** Indexes the bundled corpus, starts the real server on a free port and talks to it over HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalServerEndToEndTest {

    private static final String SCRIPT_DOC = "脚本测试.txt";

    @RegisterExtension
    static final SeedPortal SERVER = SeedPortal.withFiles(Map.of(SCRIPT_DOC,
            "关于防范网页注入的通知\n页面中出现<script>alert('x')</script>字样时，应当作为普通文字显示。\n"));

    private TestPortal portal;

    @BeforeEach
    void portal() {
        portal = SERVER.portal();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return portal.get(path);
    }

    private JsonNode getJson(String path, int expectedStatus) throws Exception {
        return portal.getJson(path, expectedStatus);
    }

    private JsonNode search(String query) throws Exception {
        return getJson("/api/search?q=" + TestPortal.encode(query), 200);
    }

    private static String idOf(Seeds seed) {
        return TestPortal.idOf(seed);
    }

    @Test
    void problemCluesFindTheInspectionRulesFirst() throws Exception {
        JsonNode result = search("问题线索");
        assertThat(result.get("hits").get(0).get("doc_id").asText()).isEqualTo(idOf(Seeds.INSPECTION_RULES));
        assertThat(result.get("hits").get(0).get("title").asText()).isEqualTo("中共中国科学院党组巡视工作协作配合实施办法（试行）");
        assertThat(result.get("hits").get(0).get("snippet").asText()).contains("<mark>问题线索</mark>");
    }

    @Test
    void vaccineFindsTheNewspaperReport() throws Exception {
        JsonNode result = search("疫苗");
        assertThat(result.get("hits").get(0).get("doc_id").asText()).isEqualTo(idOf(Seeds.MOST_REPORT));
    }

    @Test
    void supervisionFindsTheSupervisionRulesFirst() throws Exception {
        JsonNode result = search("督查");
        assertThat(result.get("hits").get(0).get("doc_id").asText()).isEqualTo(idOf(Seeds.SUPERVISION_RULES));
    }

    @Test
    void theTwoImplementingRulesCarryTheirExactNumbersAndDates() throws Exception {
        JsonNode inspection = getJson("/api/documents/" + idOf(Seeds.INSPECTION_RULES), 200);
        assertThat(inspection.get("doc_number").asText()).isEqualTo("科发党字〔2020〕62号");
        assertThat(inspection.get("date").asText()).isEqualTo("2020-12-07");
        JsonNode supervision = getJson("/api/documents/" + idOf(Seeds.SUPERVISION_RULES), 200);
        assertThat(supervision.get("doc_number").asText()).isEqualTo("直党字〔2021〕25号");
        assertThat(supervision.get("date").asText()).isEqualTo("2021-10-08");
        assertThat(supervision.get("paragraphs")).anySatisfy(p -> assertThat(p.asText()).isEqualTo("第一条 目的依据"));
    }

    @Test
    void hitsCarryTheirMetadataAndFacetsCountTheMatches() throws Exception {
        JsonNode result = search("巡视");
        assertThat(result.get("total").asInt()).isEqualTo(4);
        assertThat(result.get("took_ms").isNumber()).isTrue();
        JsonNode facets = result.get("facets");
        assertThat(facets.get("type").get("办法").asInt()).isEqualTo(2);
        assertThat(facets.get("type").get("通报").asInt()).isEqualTo(2);
        assertThat(facets.get("year").get("2020").asInt()).isEqualTo(3);
        JsonNode hit = result.get("hits").get(0);
        assertThat(hit.has("score")).isTrue();
        assertThat(hit.has("date")).isTrue();
    }

    @Test
    void filtersNarrowTheHitsAndTheFacets() throws Exception {
        JsonNode result = getJson("/api/search?q=" + URLEncoder.encode("巡视", StandardCharsets.UTF_8)
                + "&type=" + URLEncoder.encode("通报", StandardCharsets.UTF_8) + "&year=2020", 200);
        assertThat(result.get("total").asInt()).isEqualTo(2);
        assertThat(result.get("facets").get("type").size()).isEqualTo(1);
        assertThat(result.get("hits")).allSatisfy(h -> assertThat(h.get("type").asText()).isEqualTo("通报"));
    }

    @Test
    void pagingReturnsTheRequestedSlice() throws Exception {
        JsonNode first = getJson("/api/search?q=" + URLEncoder.encode("巡视", StandardCharsets.UTF_8) + "&size=3", 200);
        JsonNode second = getJson("/api/search?q=" + URLEncoder.encode("巡视", StandardCharsets.UTF_8) + "&size=3&page=2", 200);
        assertThat(first.get("hits").size()).isEqualTo(3);
        assertThat(second.get("hits").size()).isEqualTo(1);
        assertThat(second.get("hits").get(0).get("doc_id").asText())
                .isNotIn(first.get("hits").findValuesAsText("doc_id"));
    }

    @Test
    void aDocumentContainingScriptComesBackEscaped() throws Exception {
        JsonNode result = search("alert");
        String snippet = result.get("hits").get(0).get("snippet").asText();
        assertThat(snippet).contains("&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void theNewspaperReportHasNoInventedNumberOrNoticeTitle() throws Exception {
        JsonNode report = getJson("/api/documents/" + idOf(Seeds.CAS_REPORT), 200);
        assertThat(report.has("doc_number")).isFalse();
        assertThat(report.has("notice_title")).isFalse();
        assertThat(report.get("issuer").asText()).isEqualTo("中共中国科学院党组");
    }

    @Test
    void listsEveryDocument() throws Exception {
        JsonNode list = getJson("/api/documents", 200);
        assertThat(list.get("documents").size()).isEqualTo(6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/documents/000000000000", "/api/documents/..%2F..%2Fetc%2Fpasswd", "/api/nothing"})
    void unknownThingsAnswer404InTheErrorShape(String path) throws Exception {
        JsonNode error = getJson(path, 404).get("error");
        assertThat(error.get("code").asText()).isEqualTo("not_found");
        assertThat(error.get("message").asText()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"巡视)", "\"问题线索", "AND", "*视", "（试行）", "《》", "OR", "-", "title:", "巡视 OR", "\"\"", "( ) [ ] { } ~ ^ \\"})
    void ordinaryInputIsNeverAParseError(String input) throws Exception {
        JsonNode result = search(input);
        assertThat(result.get("total").isNumber()).isTrue();
        assertThat(result.get("hits").isArray()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=abc", "size=1000", "sort=random", "year=2020&page=0", "analysis=magic"})
    void malformedRequestsAnswer400WithAMessage(String input) throws Exception {
        JsonNode error = getJson("/api/search?q=x&" + input, 400).get("error");
        assertThat(error.get("code").asText()).isEqualTo("invalid_query");
        assertThat(error.get("message").asText()).matches(".*\\p{IsHan}.*");
    }

    @Test
    void theSearchPageIsServed() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("政策文件检索", "/search.js");
        assertThat(get("/search.js").statusCode()).isEqualTo(200);
        assertThat(get("/webjars/chart.js/4.5.1/dist/chart.umd.min.js").statusCode()).isEqualTo(200);
    }

    @Test
    void staticFilesCarryTheirTypeAndAreRevalidatedByTheirTag() throws Exception {
        HttpResponse<String> style = get("/style.css");
        assertThat(style.statusCode()).isEqualTo(200);
        assertThat(style.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(style.body()).isEqualTo(Files.readString(Path.of("web/style.css")));
        String tag = style.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = portal.send(HttpRequest.newBuilder(portal.uri("/style.css"))
                .header("If-None-Match", tag).GET(), null);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(get("/doc/abc/a/16").body()).isEqualTo(Files.readString(Path.of("web/doc.html")));
        assertThat(getJson("/nothing.js", 404).get("error").get("code").asText()).isEqualTo("not_found");
    }

    @Test
    void aHeadRequestIsAnsweredAsItsGetWouldBeWithoutTheBody() throws Exception {
        String existing = "/api/documents/" + idOf(Seeds.INSPECTION_RULES);
        HttpResponse<String> found = head(existing);
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(found.body()).isEmpty();
        assertThat(head("/api/documents/no-such-document").statusCode()).isEqualTo(404);
        assertThat(head("/no-such-page.html").statusCode()).isEqualTo(404);
        HttpResponse<String> page = head("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    }

    private HttpResponse<String> head(String path) throws Exception {
        return portal.send(HttpRequest.newBuilder(portal.uri(path)).HEAD(), null);
    }
}
