package cn.policyportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cn.policyportal.SeedPortal;
import cn.policyportal.Seeds;
import cn.policyportal.TestPortal;

/**
 * The workflow's rounds over a filter, assisting departments' notes, and the 进展 scope of the
 * search, through the API on the seeds' 分工方案; each test on a portal of its own.
 */
class WorkflowScopesNotesSearchEndToEndTest {

    private static final String PASSWORD = WorkflowEndToEndTest.PASSWORD;

    @RegisterExtension
    SeedPortal seeds = new SeedPortal();

    private TestPortal portal() {
        return seeds.portal();
    }

    private void accounts() throws Exception {
        AccountSession.addUser(portal(), "duchaban", PASSWORD, "admin");
        AccountSession.addUser(portal(), "renshi", PASSWORD, "reporter", "人事局");
        AccountSession.addUser(portal(), "xuebu", PASSWORD, "reporter", "学部工作局");
        AccountSession.addUser(portal(), "guihua", PASSWORD, "reporter", "发展规划局");
        AccountSession.addUser(portal(), "lingdao", PASSWORD, "viewer");
    }

    private List<JsonNode> measures(String query) throws Exception {
        List<JsonNode> list = new ArrayList<>();
        portal().getJson("/api/measures?size=1000&" + query, 200).get("measures").forEach(list::add);
        return list;
    }

    private static List<String> ids(JsonNode measures, String path) {
        List<String> ids = new ArrayList<>();
        measures.forEach(m -> ids.add(path.isEmpty() ? m.get("id").asText() : m.get(path).get("id").asText()));
        return ids;
    }

    private JsonNode created(HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return portal().parse(answer.body());
    }

    private void assertRefused(HttpResponse<String> answer, int status, String words) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(portal().parse(answer.body()).get("error").get("message").asText()).contains(words);
    }

    private static Map<String, String> fields(long round, String state, String progress) {
        return Map.of("round", String.valueOf(round), "state", state, "progress", progress);
    }

    @Test
    void aRoundOverAFilterKeepsTheMeasuresItSelectedWhenItOpened() throws Exception {
        accounts();
        AccountSession admin = AccountSession.login(portal(), "duchaban", PASSWORD);
        List<String> overdue = measures("lead_dept=" + TestPortal.encode("人事局") + "&status=overdue").stream()
                .map(m -> m.get("id").asText()).toList();
        assertThat(overdue).as("the seeds' 人事局 measures due before today").hasSizeGreaterThan(1);
        JsonNode round = created(admin.post("/api/rounds", "{\"name\":\"人事局逾期举措专项督办\",\"due\":\"2026-12-31\","
                + "\"filter\":\"?lead_dept=%E4%BA%BA%E4%BA%8B%E5%B1%80&status=overdue&page=2\"}"));
        long id = round.get("id").asLong();
        assertThat(round.get("scope").asText()).isEqualTo("牵头部门为人事局、状态为已逾期的举措，共" + overdue.size() + "项");
        assertThat(round.get("filter").asText()).isEqualTo("lead_dept=%E4%BA%BA%E4%BA%8B%E5%B1%80&status=overdue");
        assertThat(round.has("doc_id")).isFalse();

        AccountSession renshi = AccountSession.login(portal(), "renshi", PASSWORD);
        JsonNode mine = renshi.getJson("/api/my/measures?round=" + id).get("measures");
        assertThat(ids(mine, "measure")).containsExactlyInAnyOrderElementsOf(overdue);
        AccountSession xuebu = AccountSession.login(portal(), "xuebu", PASSWORD);
        assertThat(xuebu.getJson("/api/my/measures?round=" + id).get("measures")).isEmpty();
        String academy = measures("lead_dept=" + TestPortal.encode("学部工作局")).get(0).get("id").asText();
        assertRefused(xuebu.report(academy, fields(id, "on_track", "不在范围"), List.of()), 422, "不在");

        // Completing a measure takes it out of the filter's "已逾期", not out of the round it was opened in.
        long report = created(renshi.report(overdue.get(0), fields(id, "completed", "已办结。"), List.of())).get("id").asLong();
        assertThat(admin.post("/api/reports/" + report + "/review", "{\"decision\":\"accept\"}").statusCode()).isEqualTo(200);
        assertThat(measures("lead_dept=" + TestPortal.encode("人事局") + "&status=overdue")).hasSize(overdue.size() - 1);
        assertThat(ids(renshi.getJson("/api/my/measures?round=" + id).get("measures"), "measure"))
                .containsExactlyInAnyOrderElementsOf(overdue);
        JsonNode card = scorecard(admin, id, "人事局");
        assertThat(card.get("in_scope").asInt()).isEqualTo(overdue.size());
        assertThat(card.get("reported").asInt()).isEqualTo(1);
        assertThat(scorecard(admin, id, "学部工作局").get("in_scope").asInt()).as("no measure of its in scope").isZero();
        assertThat(portal().getJson("/api/measures?unreported=1&round=" + id, 200).get("total").asInt())
                .isEqualTo(overdue.size() - 1);
        assertThat(admin.get("/api/reports/progress-document?format=html&round=" + id).body())
                .contains("在" + overdue.size() + "项举措中");

        // A correction moves a measure of the round to its new desk; the round keeps it.
        assertThat(admin.post("/api/measures/" + overdue.get(1) + "/departments", "{\"lead_depts\":[\"学部工作局\"]}")
                .statusCode()).isEqualTo(200);
        assertThat(ids(xuebu.getJson("/api/my/measures?round=" + id).get("measures"), "measure"))
                .containsExactly(overdue.get(1));
        assertThat(admin.getJson("/api/audit?action=round").get("entries").get(0).get("after").toString())
                .contains("人事局逾期举措专项督办").contains("status=overdue");
    }

    private static JsonNode scorecard(AccountSession who, long round, String dept) throws Exception {
        for (JsonNode d : who.getJson("/api/scorecards?round=" + round).get("departments")) {
            if (d.get("department").asText().equals(dept)) {
                return d;
            }
        }
        return null;
    }

    @Test
    void aRoundFilterIsReadAsTheMeasuresPageReadsItAndRefusedInWords() throws Exception {
        accounts();
        AccountSession admin = AccountSession.login(portal(), "duchaban", PASSWORD);
        JsonNode byObject = created(admin.post("/api/rounds", "{\"name\":\"学部专项\",\"due\":\"2026-12-31\","
                + "\"filter\":{\"lead_dept\":\"学部工作局\",\"due_to\":\"2021-12-31\"}}"));
        int expected = measures("lead_dept=" + TestPortal.encode("学部工作局") + "&due_to=2021-12-31").size();
        assertThat(byObject.get("scope").asText())
                .isEqualTo("牵头部门为学部工作局、截止日期不晚于2021-12-31的举措，共" + expected + "项");
        String plan = TestPortal.idOf(Seeds.WORK_PLAN);
        JsonNode byDocument = created(admin.post("/api/rounds", "{\"name\":\"分工方案\",\"due\":\"2026-12-31\","
                + "\"filter\":\"doc=" + plan + "\"}"));
        assertThat(byDocument.get("doc_id").asText()).as("one document alone is a document round").isEqualTo(plan);
        assertThat(byDocument.has("filter")).isFalse();
        assertThat(byDocument.get("scope").asText()).startsWith("《").endsWith("》中的举措");
        assertThat(created(admin.post("/api/rounds", "{\"name\":\"全部\",\"due\":\"2026-12-31\",\"filter\":\"page=3\"}"))
                .get("scope").asText()).isEqualTo("全部举措");

        assertRefused(admin.post("/api/rounds", "{\"name\":\"x\",\"due\":\"2026-12-31\",\"filter\":\"lead_dept=人事局&colour=red\"}"),
                400, "colour");
        assertRefused(admin.post("/api/rounds", "{\"name\":\"x\",\"due\":\"2026-12-31\",\"filter\":\"status=finished\"}"),
                400, "状态");
        assertRefused(admin.post("/api/rounds", "{\"name\":\"x\",\"due\":\"2026-12-31\",\"filter\":\"lead_dept=%E4%BA\"}"),
                400, "编码");
        assertRefused(admin.post("/api/rounds", "{\"name\":\"x\",\"due\":\"2026-12-31\",\"filter\":\"due_within=0\"}"),
                400, "临期");
        assertRefused(admin.post("/api/rounds", "{\"name\":\"x\",\"due\":\"2026-12-31\",\"filter\":5}"), 400, "filter");
        assertRefused(admin.post("/api/rounds", "{\"name\":\"x\",\"due\":\"2026-12-31\",\"filter\":\"lead_dept=没有这个部门\"}"),
                422, "没有举措");
        assertRefused(admin.post("/api/rounds", "{\"name\":\"x\",\"due\":\"2026-12-31\",\"doc\":\"" + plan
                + "\",\"filter\":\"doc=000000000000\"}"), 400, "不一致");
        assertThat(portal().getJson("/api/rounds", 200).get("rounds")).hasSize(3);
    }

    /** The 分工方案's second measure: 发展规划局 and 办公厅 lead, 人事局 and 学部工作局 among those assisting. */
    private JsonNode assisted() throws Exception {
        return measures("lead_dept=" + TestPortal.encode("发展规划局") + "&assist_dept=" + TestPortal.encode("人事局")).get(0);
    }

    @Test
    void anAssistingDepartmentAddsANoteThatTheOfficeReadsBesideTheLeadReport() throws Exception {
        accounts();
        AccountSession admin = AccountSession.login(portal(), "duchaban", PASSWORD);
        long round = created(admin.post("/api/rounds", "{\"name\":\"2026年12月进展报送\",\"due\":\"2026-12-31\"}")).get("id").asLong();
        String measure = assisted().get("id").asText();
        AccountSession renshi = AccountSession.login(portal(), "renshi", PASSWORD);
        assertThat(renshi.getJson("/api/my/measures?round=" + round).get("measures"))
                .anyMatch(m -> m.get("measure").get("id").asText().equals(measure) && m.get("duty").asText().equals("assist"));

        JsonNode note = created(renshi.post("/api/measures/" + measure + "/notes",
                "{\"round\":" + round + ",\"text\":\"已配合提供人才队伍数据。\"}"));
        assertThat(note.get("department").asText()).isEqualTo("人事局");
        assertThat(created(renshi.post("/api/measures/" + measure + "/notes",
                "{\"round\":\"" + round + "\",\"text\":\"已配合提供人才队伍数据和编制测算。\"}")).get("id").asLong())
                .as("a department's second note of the round replaces its first").isEqualTo(note.get("id").asLong());
        assertRefused(renshi.report(measure, fields(round, "on_track", "协助部门代报"), List.of()), 403, "牵头部门");

        AccountSession guihua = AccountSession.login(portal(), "guihua", PASSWORD);
        assertRefused(guihua.post("/api/measures/" + measure + "/notes", "{\"round\":" + round + ",\"text\":\"牵头也想写\"}"),
                403, "报送进展");
        assertRefused(admin.post("/api/measures/" + measure + "/notes", "{\"round\":" + round + ",\"text\":\"督查办\"}"),
                403, "协助部门");
        String foreign = measures("").stream().filter(m -> m.get("assist_depts").size() > 0
                        && !m.get("assist_depts").toString().contains("人事局") && !m.get("lead_depts").toString().contains("人事局"))
                .findFirst().orElseThrow().get("id").asText();
        assertRefused(renshi.post("/api/measures/" + foreign + "/notes", "{\"round\":" + round + ",\"text\":\"不是本部门\"}"),
                403, "只有该举措的协助部门");
        assertRefused(renshi.post("/api/measures/" + measure + "/notes", "{\"round\":" + round + ",\"text\":\"  \"}"), 422, "协办意见");
        assertRefused(renshi.post("/api/measures/" + measure + "/notes", "{\"round\":\"第一轮\",\"text\":\"x\"}"), 422, "轮次");
        assertRefused(renshi.post("/api/measures/" + measure + "/notes", "{\"round\":99,\"text\":\"x\"}"), 404, "轮次");
        assertRefused(renshi.postWithoutCsrf("/api/measures/" + measure + "/notes", "{\"round\":" + round + ",\"text\":\"伪造\"}"),
                403, "CSRF");

        long report = created(guihua.report(measure, fields(round, "on_track", "分工方案已印发。"), List.of())).get("id").asLong();
        JsonNode entry = findReport(admin.getJson("/api/reports?round=" + round).get("reports"), report);
        assertThat(entry.get("notes")).hasSize(1);
        assertThat(entry.get("notes").get(0).get("text").asText()).isEqualTo("已配合提供人才队伍数据和编制测算。");
        assertThat(entry.get("notes").get(0).get("department").asText()).isEqualTo("人事局");
        assertThat(guihua.getJson("/api/measures/" + measure + "/notes?round=" + round).get("notes")).hasSize(1);
        assertThat(portal().get("/api/measures/" + measure + "/notes").statusCode()).as("anonymous").isEqualTo(401);
        AccountSession.addUser(portal(), "kechuan", PASSWORD, "reporter", "科技促进发展局x");
        assertRefused(AccountSession.login(portal(), "kechuan", PASSWORD).get("/api/measures/" + measure + "/notes"), 403, "协办意见");

        JsonNode saves = admin.getJson("/api/audit?action=note").get("entries");
        assertThat(saves).hasSize(2);
        assertThat(saves.toString()).contains("renshi").contains("已配合提供人才队伍数据。").contains("编制测算");
    }

    private static JsonNode findReport(JsonNode entries, long id) {
        for (JsonNode e : entries) {
            if (e.get("report").get("id").asLong() == id) {
                return e;
            }
        }
        throw new AssertionError("no report " + id + " in " + entries);
    }

    @Test
    void notesAndRoundScopesSurviveBackupAndRestore() throws Exception {
        accounts();
        AccountSession admin = AccountSession.login(portal(), "duchaban", PASSWORD);
        long round = created(admin.post("/api/rounds", "{\"name\":\"规划局专项\",\"due\":\"2026-12-31\","
                + "\"filter\":\"lead_dept=" + TestPortal.encode("发展规划局") + "\"}")).get("id").asLong();
        String measure = assisted().get("id").asText();
        created(AccountSession.login(portal(), "renshi", PASSWORD).post("/api/measures/" + measure + "/notes",
                "{\"round\":" + round + ",\"text\":\"配合完成。\"}"));
        Path backup = seeds.dir().resolve("backup.db");
        cn.policyportal.ledger.StatusBackup.backup(seeds.dir().resolve("index-data"), backup);

        Path fresh = seeds.dir().resolve("restored");
        cn.policyportal.ledger.StatusBackup.restore(backup, fresh);
        try (TestPortal restored = new TestPortal(seeds.corpus(), seeds.dir().resolve("index"), fresh, false)) {
            AccountSession office = AccountSession.login(restored, "duchaban", PASSWORD);
            JsonNode kept = office.getJson("/api/rounds").get("rounds").get(0);
            assertThat(kept.get("scope").asText()).startsWith("牵头部门为发展规划局的举措，共");
            assertThat(office.getJson("/api/measures/" + measure + "/notes?round=" + round).get("notes").get(0)
                    .get("text").asText()).isEqualTo("配合完成。");
            assertThat(AccountSession.login(restored, "guihua", PASSWORD).getJson("/api/my/measures?round=" + round)
                    .get("measures").size()).isEqualTo(measures("lead_dept=" + TestPortal.encode("发展规划局")).size());
        }
    }

    @Test
    void theProgressScopeOfSearchFindsReportsByProgressReasonAndFileNameForThoseWhoMayReadThem() throws Exception {
        accounts();
        AccountSession admin = AccountSession.login(portal(), "duchaban", PASSWORD);
        long round = created(admin.post("/api/rounds", "{\"name\":\"2026年12月进展报送\",\"due\":\"2026-12-31\"}")).get("id").asLong();
        AccountSession renshi = AccountSession.login(portal(), "renshi", PASSWORD);
        AccountSession xuebu = AccountSession.login(portal(), "xuebu", PASSWORD);
        String hr = measures("lead_dept=" + TestPortal.encode("人事局")).get(0).get("id").asText();
        String academy = measures("lead_dept=" + TestPortal.encode("学部工作局")).get(0).get("id").asText();
        created(renshi.report(hr, fields(round, "completed", "人才评价办法已印发<执行>。"), List.of(new AccountSession.Part(
                "files", "印发通知.pdf", Files.readAllBytes(WorkflowEndToEndTest.PDF)))));
        long behind = created(xuebu.report(academy, fields(round, "behind", "修订稿仍在征求意见。"), List.of())).get("id").asLong();
        admin.post("/api/reports/" + behind + "/review", "{\"decision\":\"return\",\"reason\":\"请说明滞后原因\"}");

        HttpResponse<String> anonymous = portal().get("/api/search?scope=progress&q=" + TestPortal.encode("印发"));
        assertRefused(anonymous, 401, "登录");
        assertThat(anonymous.body()).doesNotContain("人才评价");

        JsonNode found = admin.getJson("/api/search?scope=progress&q=" + TestPortal.encode("印发"));
        assertThat(found.get("scope").asText()).isEqualTo("progress");
        assertThat(found.get("total").asInt()).isEqualTo(1);
        JsonNode hit = found.get("hits").get(0);
        assertThat(hit.get("progress_html").asText()).isEqualTo("人才评价办法已<mark>印发</mark>&lt;执行&gt;。");
        assertThat(hit.get("evidence").get(0).get("name_html").asText()).isEqualTo("<mark>印发</mark>通知.pdf");
        assertThat(hit.get("lead_depts").get(0).asText()).isEqualTo("人事局");
        assertThat(hit.get("round_name").asText()).isEqualTo("2026年12月进展报送");
        assertThat(hit.get("status_label").asText()).isEqualTo("待审核");
        assertThat(hit.get("state_label").asText()).isEqualTo("已完成");
        assertThat(hit.get("measure_url").asText()).startsWith("/doc/");
        assertThat(hit.get("workflow_url").asText()).isEqualTo("/workflow?round=" + round + "&q=%E5%8D%B0%E5%8F%91");
        assertThat(hit.get("task").asText()).isNotBlank();
        assertThat(hit.has("updated_at")).isTrue();

        JsonNode byReason = admin.getJson("/api/search?scope=progress&q=" + TestPortal.encode("滞后原因"));
        assertThat(byReason.get("hits").get(0).get("reason_html").asText()).isEqualTo("请说明<mark>滞后原因</mark>");
        assertThat(admin.getJson("/api/search?scope=progress&q=" + TestPortal.encode("通知.PDF")).get("total").asInt()).isEqualTo(1);
        assertThat(admin.getJson("/api/search?scope=progress&q=" + TestPortal.encode("人才 印发")).get("total").asInt()).isEqualTo(1);
        assertThat(admin.getJson("/api/search?scope=progress&q=" + TestPortal.encode("人才 征求")).get("total").asInt()).isZero();
        assertThat(admin.getJson("/api/reports?round=" + round + "&q=" + TestPortal.encode("人才 印发")).get("reports"))
                .as("the workflow page's 进展 filter is the same search").hasSize(1);

        assertThat(renshi.getJson("/api/search?scope=progress&q=" + TestPortal.encode("征求")).get("total").asInt())
                .as("a reporter finds its own departments' reports only").isZero();
        assertThat(xuebu.getJson("/api/search?scope=progress&q=" + TestPortal.encode("征求")).get("total").asInt()).isEqualTo(1);
        JsonNode all = AccountSession.login(portal(), "lingdao", PASSWORD).getJson("/api/search?scope=progress&size=1&page=2");
        assertThat(all.get("total").asInt()).isEqualTo(2);
        assertThat(all.get("hits")).hasSize(1);

        assertRefused(admin.get("/api/search?scope=reports&q=x"), 400, "检索范围");
        assertRefused(admin.get("/api/search?scope=progress&size=0"), 400, "size");
        assertRefused(admin.get("/api/search?scope=progress&round=abc"), 400, "round");
        assertThat(portal().getJson("/api/search?q=" + TestPortal.encode("巡视"), 200).has("hits")).isTrue();
    }
}
