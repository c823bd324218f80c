package cn.policyportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cn.policyportal.SeedPortal;
import cn.policyportal.TestPortal;

/**
 * The supervision workflow through the API on the seeds' 分工方案: accounts and roles, a whole
 * round with evidence, review and resubmission, the 通报 and the audit log; each test on a portal of its own.
 */
class WorkflowEndToEndTest {

    static final String PASSWORD = "Ren-shi-2026";
    static final Path PDF = Path.of("src/test/resources/libreoffice/分工方案（页眉页码）.pdf");

    @RegisterExtension
    SeedPortal seeds = new SeedPortal();

    private TestPortal portal() {
        return seeds.portal();
    }

    /** Accounts for the office, two departments and a leader. */
    private void accounts() throws Exception {
        AccountSession.addUser(portal(), "duchaban", PASSWORD, "admin");
        AccountSession.addUser(portal(), "renshi", PASSWORD, "reporter", "院人事局");
        AccountSession.addUser(portal(), "xuebu", PASSWORD, "reporter", "学部工作局");
        AccountSession.addUser(portal(), "lingdao", PASSWORD, "viewer");
    }

    private List<String> measuresOf(String dept) throws Exception {
        JsonNode page = portal().getJson("/api/measures?size=100&lead_dept=" + TestPortal.encode(dept), 200);
        List<String> ids = new ArrayList<>();
        page.get("measures").forEach(m -> ids.add(m.get("id").asText()));
        return ids;
    }

    private static long openRound(AccountSession admin) throws Exception {
        HttpResponse<String> round = admin.post("/api/rounds", "{\"name\":\"2026年12月进展报送\",\"due\":\"2026-12-31\"}");
        assertThat(round.statusCode()).as(round.body()).isEqualTo(201);
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(round.body()).get("id").asLong();
    }

    private static Map<String, String> fields(long round, String state, String progress) {
        return Map.of("round", String.valueOf(round), "state", state, "progress", progress);
    }

    @Test
    void aWholeRoundWithEvidenceReturnResubmissionAndAcceptanceEndsInTheNoticeAndTheAudit() throws Exception {
        accounts();
        AccountSession admin = AccountSession.login(portal(), "duchaban", PASSWORD);
        AccountSession renshi = AccountSession.login(portal(), "renshi", PASSWORD);
        AccountSession xuebu = AccountSession.login(portal(), "xuebu", PASSWORD);
        long round = openRound(admin);
        String hr = measuresOf("人事局").get(0);
        String academy = measuresOf("学部工作局").get(0);
        int completedBefore = completed();

        assertThat(renshi.getJson("/api/my/measures?round=" + round).get("measures"))
                .anyMatch(m -> m.get("measure").get("id").asText().equals(hr) && m.get("duty").asText().equals("lead"));
        HttpResponse<String> withPdf = renshi.report(hr, fields(round, "completed", "已出台人才评价办法并印发执行。"),
                List.of(new AccountSession.Part("files", "印发通知.pdf", Files.readAllBytes(PDF))));
        assertThat(withPdf.statusCode()).as(withPdf.body()).isEqualTo(201);
        JsonNode first = portal().parse(withPdf.body());
        assertThat(first.get("status").asText()).isEqualTo("submitted");
        assertThat(first.get("evidence").get(0).get("sha256").asText()).hasSize(64);
        HttpResponse<String> plain = xuebu.report(academy, fields(round, "behind", "院士增选办法修订稿仍在征求意见。"), List.of());
        assertThat(plain.statusCode()).as(plain.body()).isEqualTo(201);
        long academyReport = portal().parse(plain.body()).get("id").asLong();

        HttpResponse<String> returned = admin.post("/api/reports/" + academyReport + "/review",
                "{\"decision\":\"return\",\"reason\":\"请说明滞后原因和下一步安排\"}");
        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);
        assertThat(admin.post("/api/reports/" + first.get("id").asLong() + "/review", "{\"decision\":\"accept\"}")
                .statusCode()).isEqualTo(200);
        JsonNode mine = xuebu.getJson("/api/my/measures?round=" + round).get("measures");
        assertThat(mine).anyMatch(m -> m.get("report") != null && m.get("report").path("reason").asText()
                .equals("请说明滞后原因和下一步安排"));
        assertThat(xuebu.report(academy, fields(round, "on_track", "已补充说明：因征求意见延长，预计明年一季度完成。"), List.of())
                .statusCode()).isEqualTo(201);
        assertThat(admin.post("/api/reports/" + academyReport + "/review", "{\"decision\":\"accept\"}").statusCode())
                .isEqualTo(200);

        assertThat(completed()).isEqualTo(completedBefore + 1);
        assertThat(portal().getJson("/api/measures?lead_dept=" + TestPortal.encode("人事局") + "&status=completed", 200)
                .get("measures").get(0).get("history")).hasSize(1);
        byte[] docx = admin.getBytes("/api/reports/progress-document?format=docx&round=" + round).body();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("在46项举措中，已完成" + completed() + "项").contains("印发通知.pdf")
                    .contains("各部门已报送2项，审核通过2项");
        }
        List<String> actions = new ArrayList<>();
        admin.getJson("/api/audit").get("entries").forEach(e -> actions.add(e.get("user").asText() + " " + e.get("action").asText()));
        assertThat(actions).contains("duchaban round.open", "renshi report.submit", "xuebu report.submit",
                "duchaban review.return", "duchaban review.accept", "duchaban measure.status", "renshi login");
        assertThat(actions.stream().filter(a -> a.equals("xuebu report.submit"))).hasSize(2);
    }

    private int completed() throws Exception {
        JsonNode stats = portal().getJson("/api/stats/measures?by=status", 200);
        for (JsonNode b : stats.get("buckets")) {
            if (b.get("key").asText().equals("completed")) {
                return b.get("count").asInt();
            }
        }
        return 0;
    }

    @Test
    void theNoticeCountsEqualTheStatisticsForTheSameDay() throws Exception {
        portal().post("/api/measures/" + measuresOf("人事局").get(1) + "/status",
                "{\"status\":\"completed\",\"date\":\"2021-10-01\"}", TestPortal.ADMIN_TOKEN);
        for (String day : List.of("2021-06-01", "2022-03-15", LocalDate.now().toString())) {
            JsonNode stats = portal().getJson("/api/stats/measures?by=status&as_of=" + day, 200);
            StringBuilder expected = new StringBuilder("在" + stats.get("total").asInt() + "项举措中");
            for (String code : List.of("completed", "overdue", "in_progress", "ongoing", "unscheduled")) {
                int n = 0;
                for (JsonNode b : stats.get("buckets")) {
                    n += b.get("key").asText().equals(code) ? b.get("count").asInt() : 0;
                }
                expected.append('，').append(label(code)).append(n).append('项');
            }
            HttpResponse<byte[]> answer = bytes("/api/reports/progress-document?format=docx&as_of=" + day);
            assertThat(answer.statusCode()).isEqualTo(200);
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(answer.body()));
                 XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
                assertThat(text.getText()).as(day).contains(expected.toString());
            }
        }
    }

    private HttpResponse<byte[]> bytes(String path) throws Exception {
        return portal().http().send(java.net.http.HttpRequest.newBuilder(portal().uri(path))
                .header("Authorization", "Bearer " + TestPortal.ADMIN_TOKEN).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String label(String code) {
        return switch (code) {
            case "completed" -> "已完成";
            case "overdue" -> "已逾期";
            case "in_progress" -> "推进中";
            case "ongoing" -> "持续推进";
            default -> "未定期限";
        };
    }

    @Test
    void aReporterIsRefusedOtherDepartmentsMeasuresReviewsAndAdministration() throws Exception {
        accounts();
        AccountSession admin = AccountSession.login(portal(), "duchaban", PASSWORD);
        long round = openRound(admin);
        AccountSession renshi = AccountSession.login(portal(), "renshi", PASSWORD);
        AccountSession lingdao = AccountSession.login(portal(), "lingdao", PASSWORD);
        String academy = measuresOf("学部工作局").get(0);

        HttpResponse<String> foreign = renshi.report(academy, fields(round, "on_track", "代报"), List.of());
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(portal().parse(foreign.body()).get("error").get("message").asText()).contains("牵头部门");
        assertThat(lingdao.report(academy, fields(round, "on_track", "查看角色不能报送"), List.of()).statusCode()).isEqualTo(403);
        long report = portal().parse(AccountSession.login(portal(), "xuebu", PASSWORD)
                .report(academy, fields(round, "on_track", "按计划推进"), List.of()).body()).get("id").asLong();
        assertThat(renshi.post("/api/reports/" + report + "/review", "{\"decision\":\"accept\"}").statusCode()).isEqualTo(403);
        assertThat(renshi.post("/api/rounds", "{\"name\":\"自开一轮\",\"due\":\"2026-12-31\"}").statusCode()).isEqualTo(403);
        assertThat(renshi.post("/api/users", "{\"username\":\"x1\",\"password\":\"12345678\",\"role\":\"admin\"}").statusCode())
                .isEqualTo(403);
        assertThat(renshi.get("/api/users").statusCode()).isEqualTo(403);
        assertThat(renshi.get("/api/audit").statusCode()).isEqualTo(403);
        HttpResponse<String> page = renshi.get("/admin");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("无权访问");
        assertThat(portal().get("/admin").statusCode()).as("anonymous readers still see the page").isEqualTo(200);
        assertThat(admin.get("/admin").statusCode()).isEqualTo(200);
    }

    @Test
    void aCookieWriteWithoutTheCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        accounts();
        AccountSession admin = AccountSession.login(portal(), "duchaban", PASSWORD);
        HttpResponse<String> refused = admin.postWithoutCsrf("/api/rounds", "{\"name\":\"伪造请求\",\"due\":\"2026-12-31\"}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(portal().parse(refused.body()).get("error").get("message").asText()).contains("CSRF");
        assertThat(portal().getJson("/api/rounds", 200).get("rounds")).isEmpty();
        assertThat(admin.postWithoutCsrf("/api/measures/" + measuresOf("人事局").get(0) + "/status",
                "{\"status\":\"completed\"}").statusCode()).isEqualTo(403);
        assertThat(completed()).isZero();
    }

    @Test
    void tenWrongPasswordsLockTheAccountEvenForTheRightOne() throws Exception {
        accounts();
        for (int i = 0; i < 9; i++) {
            assertThat(login("renshi", "wrong-password").statusCode()).isEqualTo(401);
        }
        HttpResponse<String> tenth = login("renshi", "wrong-password");
        assertThat(tenth.statusCode()).isEqualTo(401);
        HttpResponse<String> locked = login("renshi", PASSWORD);
        assertThat(locked.statusCode()).isEqualTo(403);
        assertThat(portal().parse(locked.body()).get("error").get("code").asText()).isEqualTo("locked");
        assertThat(portal().parse(locked.body()).get("error").get("message").asText()).contains("已锁定");
        assertThat(login("xuebu", PASSWORD).statusCode()).as("other accounts are not locked").isEqualTo(200);
    }

    private HttpResponse<String> login(String user, String password) throws Exception {
        return portal().post("/api/login", "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}", null);
    }

    @Test
    void twoDepartmentsSubmittingAtTheSameMomentLoseNothing() throws Exception {
        accounts();
        long round = openRound(AccountSession.login(portal(), "duchaban", PASSWORD));
        AccountSession renshi = AccountSession.login(portal(), "renshi", PASSWORD);
        AccountSession xuebu = AccountSession.login(portal(), "xuebu", PASSWORD);
        List<String> hr = measuresOf("人事局");
        List<String> academy = measuresOf("学部工作局");
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> jobs = List.of(() -> submitAll(renshi, hr, round, together),
                    () -> submitAll(xuebu, academy, round, together));
            for (Future<Integer> done : pool.invokeAll(jobs)) {
                assertThat(done.get()).isPositive();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(portal().get("/api/reports?round=" + round).statusCode()).as("anonymous").isEqualTo(401);
        JsonNode all = AccountSession.login(portal(), "lingdao", PASSWORD).getJson("/api/reports?round=" + round).get("reports");
        assertThat(all).hasSize(hr.size() + academy.size());
        assertThat(all).allMatch(r -> r.get("report").get("progress").asText().startsWith("并发报送"));
    }

    private static int submitAll(AccountSession who, List<String> measures, long round, CyclicBarrier together)
            throws Exception {
        int done = 0;
        together.await();
        for (String measure : measures) {
            HttpResponse<String> answer = who.report(measure, fields(round, "on_track", "并发报送" + measure), List.of());
            if (answer.statusCode() != 201) {
                throw new IllegalStateException(answer.body());
            }
            done++;
        }
        return done;
    }

    @Test
    void badEvidenceAndBadFieldsAreRefusedInWordsAndLeaveNoReport() throws Exception {
        accounts();
        long round = openRound(AccountSession.login(portal(), "duchaban", PASSWORD));
        AccountSession renshi = AccountSession.login(portal(), "renshi", PASSWORD);
        String hr = measuresOf("人事局").get(0);
        Map<String, String> ok = fields(round, "on_track", "按计划推进");
        assertRefused(renshi.report(hr, ok, List.of(new AccountSession.Part("files", "扫描件.pdf",
                "这不是PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8)))), 422, "已损坏");
        assertRefused(renshi.report(hr, ok, List.of(new AccountSession.Part("files", "工具.exe", new byte[] {1, 2}))), 422, "类型不支持");
        assertRefused(renshi.report(hr, ok, List.of(new AccountSession.Part("files", "照片.png", new byte[] {1, 2, 3, 4}))), 422, "不是图片");
        assertRefused(renshi.report(hr, ok, List.of(new AccountSession.Part("files", "大文件.pdf",
                new byte[(int) TestPortal.MAX_UPLOAD_BYTES + 1]))), 413, "大小上限");
        assertRefused(renshi.report(hr, fields(round, "done", "x"), List.of()), 422, "完成情况");
        assertRefused(renshi.report(hr, fields(round, "on_track", ""), List.of()), 422, "草稿");
        assertRefused(renshi.report(hr, fields(999, "on_track", "x"), List.of()), 404, "轮次");
        assertThat(AccountSession.login(portal(), "lingdao", PASSWORD).getJson("/api/reports?round=" + round)
                .get("reports")).isEmpty();
        assertThat(renshi.report(hr, Map.of("round", String.valueOf(round), "progress", "先存草稿", "draft", "true"), List.of())
                .statusCode()).isEqualTo(201);
    }

    private void assertRefused(HttpResponse<String> answer, int status, String words) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(portal().parse(answer.body()).get("error").get("message").asText()).contains(words);
    }

    @Test
    void aCorrectedDepartmentSendsTheMeasureToTheNewDeskAndSurvivesReindexing() throws Exception {
        accounts();
        AccountSession admin = AccountSession.login(portal(), "duchaban", PASSWORD);
        long round = openRound(admin);
        String academy = measuresOf("学部工作局").get(0);
        HttpResponse<String> corrected = admin.post("/api/measures/" + academy + "/departments",
                "{\"lead_depts\":[\"院人事局\"],\"assist_depts\":[\"学部工作局\"],\"note\":\"分工调整\"}");
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        assertThat(portal().parse(corrected.body()).get("lead_depts").get(0).asText()).isEqualTo("人事局");
        assertThat(AccountSession.login(portal(), "renshi", PASSWORD).report(academy, fields(round, "on_track", "接手后推进"),
                List.of()).statusCode()).isEqualTo(201);
        assertThat(AccountSession.login(portal(), "xuebu", PASSWORD).report(academy, fields(round, "on_track", "已不牵头"),
                List.of()).statusCode()).isEqualTo(403);

        seeds.restart(true);

        JsonNode measure = portal().getJson("/api/measures?size=100&lead_dept=" + TestPortal.encode("人事局"), 200).get("measures");
        assertThat(measure).anyMatch(m -> m.get("id").asText().equals(academy)
                && m.get("corrections").get(0).get("note").asText().equals("分工调整"));
        JsonNode mine = AccountSession.login(portal(), "renshi", PASSWORD).getJson("/api/my/measures?round=" + round);
        assertThat(mine.get("measures")).anyMatch(m -> m.get("measure").get("id").asText().equals(academy)
                && m.get("duty").asText().equals("lead"));
        assertThat(AccountSession.login(portal(), "duchaban", PASSWORD).post("/api/measures/" + academy + "/departments",
                "{\"lead_depts\":[]}").statusCode()).isEqualTo(400);
    }

    @Test
    void theBackupCarriesAccountsRoundsReportsAndEvidence() throws Exception {
        accounts();
        long round = openRound(AccountSession.login(portal(), "duchaban", PASSWORD));
        String hr = measuresOf("人事局").get(0);
        byte[] pdf = Files.readAllBytes(PDF);
        assertThat(AccountSession.login(portal(), "renshi", PASSWORD).report(hr, fields(round, "completed", "已完成"),
                List.of(new AccountSession.Part("files", "佐证.pdf", pdf))).statusCode()).isEqualTo(201);
        Path backup = seeds.dir().resolve("backup.db");
        cn.policyportal.ledger.StatusBackup.backup(seeds.dir().resolve("index-data"), backup);

        Path fresh = seeds.dir().resolve("restored");
        cn.policyportal.ledger.StatusBackup.restore(backup, fresh);
        try (TestPortal restored = new TestPortal(seeds.corpus(), seeds.dir().resolve("index"), fresh, false)) {
            AccountSession office = AccountSession.login(restored, "duchaban", PASSWORD);
            JsonNode reports = office.getJson("/api/reports?round=" + round).get("reports");
            assertThat(reports).hasSize(1);
            long evidence = reports.get(0).get("report").get("evidence").get(0).get("id").asLong();
            assertThat(office.getBytes("/api/evidence/" + evidence).body()).isEqualTo(pdf);
            assertThat(office.getJson("/api/audit?action=report").get("total").asInt()).isEqualTo(1);
        }
    }

    @Test
    void passwordsAreNeitherInTheDatabaseNorInTheLogs() throws Exception {
        String secret = "Zx9-明文口令-Qw7";
        java.io.ByteArrayOutputStream logs = new java.io.ByteArrayOutputStream();
        java.io.PrintStream err = System.err;
        java.io.PrintStream out = System.out;
        java.io.PrintStream capture = new java.io.PrintStream(logs, true, java.nio.charset.StandardCharsets.UTF_8);
        System.setErr(new java.io.PrintStream(new TeeStream(err, capture), true, java.nio.charset.StandardCharsets.UTF_8));
        System.setOut(new java.io.PrintStream(new TeeStream(out, capture), true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            AccountSession.addUser(portal(), "mima", secret, "reporter", "人事局");
            AccountSession.login(portal(), "mima", secret);
            login("mima", secret + "x");
            login("mima", "{\"broken");
            AccountSession.login(portal(), "mima", secret).post("/api/users/mima/password", "{\"password\":\"" + secret + "2\"}");
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
        byte[] needle = secret.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (java.util.stream.Stream<Path> files = Files.walk(seeds.dir().resolve("index-data"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(contains(Files.readAllBytes(file), needle)).as(file.toString()).isFalse();
            }
        }
        assertThat(logs.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain(secret);
        assertThat(portal().getJson("/api/audit?user=mima", 401)).isNotNull();
    }

    private static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Writes to two streams: the console as usual, and the capture the test greps. */
    private static final class TeeStream extends java.io.OutputStream {
        private final java.io.OutputStream a;
        private final java.io.OutputStream b;

        TeeStream(java.io.OutputStream a, java.io.OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws java.io.IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws java.io.IOException {
            a.write(bytes, off, len);
            b.write(bytes, off, len);
        }
    }
}
