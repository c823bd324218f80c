package cn.policyportal.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;

import cn.policyportal.accounts.Actor;
import cn.policyportal.accounts.Refusal;
import cn.policyportal.ledger.Evidence;
import cn.policyportal.ledger.Notes;
import cn.policyportal.ledger.ProgressDocuments;
import cn.policyportal.ledger.ProgressDocx;
import cn.policyportal.ledger.ProgressHtml;
import cn.policyportal.ledger.ProgressSummary;
import cn.policyportal.ledger.Report;
import cn.policyportal.ledger.ReportDraft;
import cn.policyportal.ledger.Round;
import cn.policyportal.ledger.Upload;
import cn.policyportal.ledger.Workflow;

/** Handlers for the supervision workflow: rounds, reports and their review, evidence, scorecards and the 通报. */
final class WorkflowRoutes {

    private static final int SOON_DAYS = 30;

    private final Workflow workflow;
    private final Notes notes;
    private final ProgressDocuments documents;
    private final Access access;
    private final long maxUploadBytes;

    WorkflowRoutes(Workflow workflow, Notes notes, ProgressDocuments documents, Access access, long maxUploadBytes) {
        this.workflow = workflow;
        this.notes = notes;
        this.documents = documents;
        this.access = access;
        this.maxUploadBytes = maxUploadBytes;
    }

    /**
     * {@code POST /api/rounds {"name","due","doc"?,"filter"?}}: {@code filter} takes the parameters of
     * {@code /measures} as its address has them, or as an object; a filter of one document alone is
     * a round over that document.
     */
    void openRound(Context ctx) throws IOException {
        Actor by = access.admin(ctx);
        JsonNode body = Params.jsonBody(ctx, "{\"name\":\"2026年12月进展报送\",\"due\":\"2026-12-31\",\"filter\":\"lead_dept=人事局\"}");
        String due = body.path("due").asText("");
        Map<String, String> filter = MeasureFilters.values(body.path("filter"), body.path("doc").asText(""));
        Round round = workflow.openRound(by, body.path("name").asText(""), due.isBlank() ? null : Params.date(due, "due"),
                filter.isEmpty() ? null : MeasureFilters.roundFilter(filter, workflow));
        ctx.status(201).json(round);
    }

    void rounds(Context ctx) throws IOException {
        ctx.json(Map.of("rounds", workflow.rounds()));
    }

    /** {@code GET /api/my/measures?round=}: the caller's measures in the round (the newest when not given). */
    void myMeasures(Context ctx) throws IOException {
        Actor by = access.account(ctx);
        Round round = workflow.round(Params.optionalId(ctx, "round"));
        ctx.json(Map.of("round", round, "measures", workflow.myMeasures(by, round.id(), Params.dateOrToday(ctx, "as_of"))));
    }

    /** {@code POST /api/measures/{id}/reports}, multipart: round, progress, state, expected_date, draft, files. */
    void submit(Context ctx) throws IOException {
        Actor by = access.writer(ctx);
        if (!ctx.isMultipart()) {
            throw Refusal.unprocessable("报送应以 multipart/form-data 提交（字段 round、progress、state、expected_date、files）");
        }
        // Jetty parses the parts without the request-size check other bodies get: refuse by the declared length first.
        if (ctx.contentLength() > maxUploadBytes) {
            throw new Refusal(Refusal.Kind.TOO_LARGE, "报送内容超过 " + maxUploadBytes / 1_000_000 + " MB 的大小上限，请压缩或拆分佐证材料");
        }
        try {
            ctx.formParamMap();
        } catch (Exception e) {
            throw Refusal.unprocessable("报送内容无法解析（multipart 格式有误或超过大小上限），请重新选择文件后提交");
        }
        String round = ctx.formParam("round");
        String expected = ctx.formParam("expected_date");
        ReportDraft draft = new ReportDraft(workflow.round(round == null || round.isBlank() ? null : formId(round)).id(),
                ctx.formParam("progress"), ctx.formParam("state"),
                expected == null || expected.isBlank() ? null : Params.date(expected, "expected_date"),
                "true".equals(ctx.formParam("draft")), uploads(ctx));
        Report report = workflow.submit(by, ctx.pathParam("id"), draft);
        ctx.status(201).json(report);
    }

    private static long formId(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw Refusal.unprocessable("轮次 round 应为编号（整数），收到的是“" + value + "”");
        }
    }

    private static List<Upload> uploads(Context ctx) throws IOException {
        List<Upload> uploads = new ArrayList<>();
        for (UploadedFile file : ctx.uploadedFiles("files")) {
            if (file.filename() == null || file.filename().isBlank()) {
                continue;
            }
            try (InputStream in = file.content()) {
                uploads.add(new Upload(file.filename(), file.contentType() == null ? "application/octet-stream"
                        : file.contentType(), in.readAllBytes()));
            }
        }
        return uploads;
    }

    /** {@code POST /api/measures/{id}/notes {"round","text"}}: an assisting department's 协办意见. */
    void addNote(Context ctx) throws IOException {
        Actor by = access.writer(ctx);
        JsonNode body = Params.jsonBody(ctx, "{\"round\":1,\"text\":\"已配合提供人员编制数据\"}");
        String round = body.path("round").asText("");
        ctx.status(201).json(notes.save(by, ctx.pathParam("id"), round.isBlank() ? null : formId(round),
                body.path("text").asText("")));
    }

    /** {@code GET /api/measures/{id}/notes?round=}: the assisting departments' notes on the measure in the round. */
    void notes(Context ctx) throws IOException {
        Actor by = access.account(ctx);
        ctx.json(Map.of("notes", notes.notes(by, ctx.pathParam("id"), Params.optionalId(ctx, "round"))));
    }

    /** {@code POST /api/reports/{id}/review {"decision":"accept"|"return","reason"}}. */
    void review(Context ctx) throws IOException {
        Actor by = access.admin(ctx);
        JsonNode body = Params.jsonBody(ctx, "{\"decision\":\"return\",\"reason\":\"请补充佐证材料\"}");
        ctx.json(workflow.review(by, Params.pathId(ctx, "id"), body.path("decision").asText(""),
                body.path("reason").asText("")));
    }

    /** {@code GET /api/reports?round=&status=&q=}: the round's reports the caller may read. */
    void reports(Context ctx) throws IOException {
        Actor by = access.account(ctx);
        Round round = workflow.round(Params.optionalId(ctx, "round"));
        ctx.json(Map.of("round", round, "reports", workflow.reports(by, round.id(), Params.text(ctx, "status"),
                Params.text(ctx, "q"))));
    }

    /** {@code GET /api/evidence/{id}}: the file as it was uploaded, never shown inline. */
    void evidence(Context ctx) throws IOException {
        Evidence evidence = workflow.evidence(access.account(ctx), Params.pathId(ctx, "id"));
        ctx.header("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(evidence.name(), StandardCharsets.UTF_8).replace("+", "%20"));
        ctx.header("X-Content-SHA256", evidence.sha256());
        ctx.contentType("application/octet-stream").result(workflow.evidenceBytes(evidence.id()));
    }

    /** {@code GET /api/scorecards?round=&as_of=}: each lead department's 报送率, 按期完成率 and overdue count. */
    void scorecards(Context ctx) throws IOException {
        LocalDate asOf = Params.dateOrToday(ctx, "as_of");
        Round round = workflow.round(Params.optionalId(ctx, "round"));
        ctx.json(Map.of("round", round, "as_of", asOf, "departments", workflow.scorecards(round.id(), asOf)));
    }

    /** {@code GET /api/departments/{name}/owed?round=&as_of=}: what the department still owes. */
    void owed(Context ctx) throws IOException {
        ctx.json(workflow.owed(ctx.pathParam("name"), Params.optionalId(ctx, "round"), Params.dateOrToday(ctx, "as_of"),
                SOON_DAYS));
    }

    /** {@code GET /api/reports/progress-document?as_of=&round=&format=docx|html}: the 通报. */
    void progressDocument(Context ctx) throws IOException {
        access.account(ctx);
        String format = ctx.queryParam("format") == null ? "docx" : ctx.queryParam("format");
        if (!format.equals("docx") && !format.equals("html")) {
            throw Refusal.invalid("格式 format 只能是 docx 或 html");
        }
        ProgressSummary summary = documents.summary(Params.dateOrToday(ctx, "as_of"), Params.optionalId(ctx, "round"));
        if (format.equals("html")) {
            ctx.html(ProgressHtml.write(summary));
            return;
        }
        ctx.header("Content-Disposition", "attachment; filename=\"progress.docx\"; filename*=UTF-8''"
                + URLEncoder.encode(summary.title() + ".docx", StandardCharsets.UTF_8).replace("+", "%20"));
        ctx.contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .result(ProgressDocx.write(summary));
    }
}
