package cn.policyportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.policyportal.SeedPortal;
import cn.policyportal.Seeds;
import cn.policyportal.TestPortal;
import cn.policyportal.ledger.MeasureExport;

/** The measures API over HTTP on the seed plan: lists, statistics, exports and recorded statuses. */
class MeasuresEndToEndTest {

    /** A day after every deadline of the seed plan but the 十四五 ones. */
    private static final String AS_OF = "2024-01-01";

    @RegisterExtension
    final SeedPortal server = new SeedPortal();

    private TestPortal portal;

    @BeforeEach
    void portal() {
        portal = server.portal();
    }

    private JsonNode get(String path) throws Exception {
        return portal.getJson(path, 200);
    }

    private JsonNode stats(String by, String filters) throws Exception {
        return get("/api/stats/measures?by=" + by + "&then=status&as_of=" + AS_OF + filters);
    }

    @Test
    void listsAllFortySixMeasuresWithTheirFields() throws Exception {
        JsonNode page = get("/api/measures?as_of=" + AS_OF + "&size=100");
        assertThat(page.get("total").asInt()).isEqualTo(46);
        JsonNode first = page.get("measures").get(0);
        assertThat(first.get("task").asText()).isEqualTo("以党组文件形式印发通知，对全院传达学习和贯彻落实大会精神提出明确要求");
        assertThat(first.get("lead_depts").get(0).asText()).isEqualTo("办公厅");
        assertThat(first.get("deadline").get("text").asText()).isEqualTo("2021年9月底前完成。");
        assertThat(first.get("deadline").get("kind").asText()).isEqualTo("DATE");
        assertThat(first.get("deadline").get("milestones").get(0).asText()).isEqualTo("2021-09-30");
        assertThat(first.get("due").asText()).isEqualTo("2021-09-30");
        assertThat(first.get("status").asText()).isEqualTo("overdue");
        assertThat(first.get("status_label").asText()).isEqualTo("已逾期");
        assertThat(first.get("history")).isEmpty();
    }

    @Test
    void filtersCombine() throws Exception {
        assertThat(get("/api/measures?lead_dept=" + TestPortal.encode("人事局")).get("total").asInt()).isEqualTo(8);
        assertThat(get("/api/measures?leader=" + TestPortal.encode("高鸿钧")).get("total").asInt()).isEqualTo(6);
        assertThat(get("/api/measures?as_of=" + AS_OF + "&status=ongoing").get("measures"))
                .allSatisfy(m -> assertThat(m.get("status").asText()).isEqualTo("ongoing"));
        assertThat(get("/api/measures?due_from=2022-01-01&due_to=2022-12-31").get("measures"))
                .allSatisfy(m -> assertThat(m.get("due").asText()).startsWith("2022"));
        assertThat(get("/api/measures?q=" + TestPortal.encode("科研诚信")).get("total").asInt()).isEqualTo(1);
        assertThat(get("/api/measures?doc=" + TestPortal.idOf(Seeds.INSPECTION_RULES)).get("total").asInt()).isZero();
    }

    @Test
    void statisticsEqualTheListAndCountByStatus() throws Exception {
        JsonNode byDept = stats("lead_dept", "");
        assertThat(byDept.get("total").asInt()).isEqualTo(46);
        JsonNode top = byDept.get("buckets").get(0);
        assertThat(top.get("key").asText()).isEqualTo("人事局");
        assertThat(top.get("count").asInt()).isEqualTo(8);
        int sum = 0;
        for (JsonNode n : top.get("by_status")) {
            sum += n.asInt();
        }
        assertThat(sum).isEqualTo(8);
        for (JsonNode bucket : byDept.get("buckets")) {
            int listed = get("/api/measures?as_of=" + AS_OF + "&lead_dept=" + TestPortal.encode(bucket.get("key").asText()))
                    .get("total").asInt();
            assertThat(listed).as(bucket.get("key").asText()).isEqualTo(bucket.get("count").asInt());
        }
        JsonNode byStatus = stats("status", "");
        int total = 0;
        for (JsonNode b : byStatus.get("buckets")) {
            total += b.get("count").asInt();
        }
        assertThat(total).isEqualTo(46);
    }

    @Test
    void dueDatesCountByMonthQuarterAndYear() throws Exception {
        JsonNode years = stats("due_year", "");
        assertThat(years.get("buckets").findValuesAsText("key")).containsExactly("2021", "2022", "未定期限");
        JsonNode quarters = stats("due_quarter", "");
        assertThat(quarters.get("buckets").findValuesAsText("key")).contains("2021-Q3", "2021-Q4", "2022-Q1", "2022-Q2");
        JsonNode months = stats("due_month", "&lead_dept=" + TestPortal.encode("学部工作局"));
        assertThat(months.get("total").asInt()).isEqualTo(6);
        assertThat(months.get("buckets").findValuesAsText("key")).contains("2021-08", "2021-09", "2021-12");
    }

    @Test
    void aRecordedCompletionNeedsTheTokenAndShowsInStatusAndHistory() throws Exception {
        String id = get("/api/measures?size=1").get("measures").get(0).get("id").asText();
        String body = "{\"status\":\"completed\",\"note\":\"已印发通知\",\"date\":\"2021-09-20\"}";
        HttpResponse<String> noToken = portal.post("/api/measures/" + id + "/status", body, null);
        assertThat(noToken.statusCode()).isEqualTo(401);
        assertThat(portal.parse(noToken.body()).get("error").get("message").asText()).contains("口令");
        assertThat(portal.post("/api/measures/" + id + "/status", body, "wrong").statusCode()).isEqualTo(401);
        assertThat(get("/api/measures?status=completed&as_of=" + AS_OF).get("total").asInt()).as("refused writes change nothing").isZero();

        HttpResponse<String> ok = portal.post("/api/measures/" + id + "/status", body, TestPortal.ADMIN_TOKEN);
        assertThat(ok.statusCode()).isEqualTo(201);
        JsonNode measure = get("/api/measures?as_of=" + AS_OF + "&status=completed").get("measures").get(0);
        assertThat(measure.get("id").asText()).isEqualTo(id);
        assertThat(measure.get("history").get(0).get("note").asText()).isEqualTo("已印发通知");
        assertThat(measure.get("history").get(0).get("date").asText()).isEqualTo("2021-09-20");
        assertThat(get("/api/measures?as_of=2021-09-10&status=completed").get("total").asInt())
                .as("not completed before the day it was").isZero();
        JsonNode status = stats("status", "");
        assertThat(status.get("buckets")).anySatisfy(b -> {
            assertThat(b.get("key").asText()).isEqualTo("completed");
            assertThat(b.get("count").asInt()).isEqualTo(1);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"status\":\"done\"}", "not json", "{\"status\":\"completed\",\"date\":\"2021-13-40\"}",
            "{\"status\":\"completed\",\"date\":\"2999-01-01\"}"})
    void badStatusWritesAnswer400(String body) throws Exception {
        String id = get("/api/measures?size=1").get("measures").get(0).get("id").asText();
        HttpResponse<String> response = portal.post("/api/measures/" + id + "/status", body, TestPortal.ADMIN_TOKEN);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(portal.parse(response.body()).get("error").get("message").asText()).isNotBlank();
    }

    @Test
    void anUnknownMeasureAnswers404() throws Exception {
        HttpResponse<String> response = portal.post("/api/measures/nothing/status", "{\"status\":\"completed\"}",
                TestPortal.ADMIN_TOKEN);
        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void aRecordedCompletionSurvivesReindexingAndARestart() throws Exception {
        String id = get("/api/measures?size=1").get("measures").get(0).get("id").asText();
        portal.post("/api/measures/" + id + "/status", "{\"status\":\"completed\",\"date\":\"2021-09-01\"}",
                TestPortal.ADMIN_TOKEN);
        java.nio.file.Files.writeString(server.corpus().resolve(Seeds.WORK_PLAN.fileName()),
                Seeds.WORK_PLAN.text() + "\n附：本方案由办公厅负责解释。\n");
        portal = server.restart(true);
        JsonNode completed = get("/api/measures?as_of=" + AS_OF + "&status=completed");
        assertThat(completed.get("total").asInt()).isEqualTo(1);
        assertThat(completed.get("measures").get(0).get("id").asText()).isEqualTo(id);
        assertThat(stats("lead_dept", "&status=completed").get("buckets").get(0).get("key").asText()).isEqualTo("办公厅");
    }

    @Test
    void csvExportHasABomChineseHeadersAndTheFilteredRows() throws Exception {
        HttpResponse<byte[]> csv = portal.getBytes("/api/measures.csv?lead_dept=" + TestPortal.encode("人事局") + "&as_of=" + AS_OF);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).contains("text/csv");
        byte[] bytes = csv.body();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        // Records end with CRLF; a field may hold a bare LF (the sub-items of 具体举措).
        List<String> lines = List.of(new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n"));
        assertThat(lines.get(0)).contains("\"牵头部门\"", "\"时间期限\"", "\"状态\"");
        assertThat(lines).hasSize(9);
        JsonNode api = get("/api/measures?lead_dept=" + TestPortal.encode("人事局") + "&as_of=" + AS_OF);
        for (int i = 0; i < 8; i++) {
            assertThat(lines.get(i + 1)).startsWith("\"" + api.get("measures").get(i).get("id").asText() + "\"");
        }
    }

    @Test
    void excelExportOpensWithTheSameRows() throws Exception {
        HttpResponse<byte[]> xlsx = portal.getBytes("/api/measures.xlsx?as_of=" + AS_OF);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).isEqualTo(MeasureExport.headers());
            assertThat(sheet.getLastRowNum()).isEqualTo(46);
            Row first = sheet.getRow(1);
            assertThat(first.getCell(7).getStringCellValue()).isEqualTo("办公厅");
            assertThat(first.getCell(11).getStringCellValue()).isEqualTo("已逾期");
        }
    }

    @Test
    void progressReportsCarryTheirCounts() throws Exception {
        JsonNode reports = get("/api/reports/progress").get("reports");
        assertThat(reports).hasSize(2);
        assertThat(reports).anySatisfy(r -> {
            assertThat(r.get("doc_id").asText()).isEqualTo(TestPortal.idOf(Seeds.CAS_REPORT));
            assertThat(r.get("total").asInt()).isEqualTo(247);
            assertThat(r.get("completed").asInt()).isEqualTo(123);
            assertThat(r.get("due_by_year_end").asInt()).isEqualTo(112);
            assertThat(r.get("as_of").asText()).isEqualTo("2020-10-31");
        });
        assertThat(reports).anySatisfy(r -> {
            assertThat(r.get("total").asInt()).isEqualTo(165);
            assertThat(r.get("ongoing").asInt()).isEqualTo(28);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"by=nothing", "as_of=yesterday", "status=done", "due_from=2022-01-01&due_to=2021-01-01", "then=dept"})
    void badStatisticsRequestsAnswer400(String query) throws Exception {
        assertThat(portal.getJson("/api/stats/measures?" + query, 400).get("error").get("code").asText())
                .isEqualTo("invalid_query");
    }
}
