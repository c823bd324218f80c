package cn.policyportal.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.javalin.http.Context;

import cn.policyportal.accounts.Actor;
import cn.policyportal.ledger.Dimension;
import cn.policyportal.ledger.MeasureExport;
import cn.policyportal.ledger.MeasureQuery;
import cn.policyportal.ledger.MeasureService;
import cn.policyportal.ledger.MeasureStatus;
import cn.policyportal.ledger.Workflow;
import cn.policyportal.snapshot.InvalidQueryException;

/** Handlers for measures, their statistics, exports and status changes. */
final class MeasureRoutes {

    private static final int DEFAULT_SIZE = 50;

    private final MeasureService measures;
    private final Workflow workflow;
    private final Access access;

    MeasureRoutes(MeasureService measures, Workflow workflow, Access access) {
        this.measures = measures;
        this.workflow = workflow;
        this.access = access;
    }

    void list(Context ctx) throws IOException {
        ctx.json(measures.list(query(ctx, Params.integer(ctx, "page", 1),
                Params.integer(ctx, "size", DEFAULT_SIZE))));
    }

    void stats(Context ctx) throws IOException {
        String by = ctx.queryParam("by");
        String then = ctx.queryParam("then");
        if (then != null && !then.isBlank() && !then.equals("status")) {
            throw new InvalidQueryException("then 只能是 status");
        }
        ctx.json(measures.stats(query(ctx, 1, 1), by == null ? "lead_dept" : by, "status".equals(then)));
    }

    void csv(Context ctx) throws IOException {
        ctx.header("Content-Disposition", "attachment; filename=\"measures.csv\"; filename*=UTF-8''%E4%B8%BE%E6%8E%AA.csv");
        ctx.contentType("text/csv; charset=utf-8").result(MeasureExport.csv(measures.all(query(ctx, 1, 1))));
    }

    void xlsx(Context ctx) throws IOException {
        ctx.header("Content-Disposition", "attachment; filename=\"measures.xlsx\"; filename*=UTF-8''%E4%B8%BE%E6%8E%AA.xlsx");
        ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .result(MeasureExport.xlsx(measures.all(query(ctx, 1, 1))));
    }

    void recordStatus(Context ctx) throws IOException {
        Actor by = access.admin(ctx);
        JsonNode body = Params.jsonBody(ctx, "{\"status\":\"completed\",\"note\":\"…\",\"date\":\"2021-09-30\"}");
        String date = body.path("date").asText("");
        ctx.status(201).json(measures.record(by, ctx.pathParam("id"), body.path("status").asText(""),
                body.path("note").asText(""), date.isBlank() ? LocalDate.now() : Params.date(date, "date")));
    }

    /** {@code POST /api/measures/{id}/departments}: an administrator corrects the departments. */
    void correctDepartments(Context ctx) throws IOException {
        Actor by = access.admin(ctx);
        JsonNode body = Params.jsonBody(ctx, "{\"lead_depts\":[\"人事局\"],\"assist_depts\":[],\"note\":\"…\"}");
        ctx.json(measures.correctDepartments(by, ctx.pathParam("id"), Params.strings(body.path("lead_depts")),
                Params.strings(body.path("assist_depts")), body.path("note").asText("")));
    }

    void progress(Context ctx) throws IOException {
        ctx.json(Map.of("reports", measures.progress()));
    }

    /** What statistics can count by, and the statuses with their labels and colours: the page draws from these. */
    void dimensions(Context ctx) {
        ctx.json(Map.of("dimensions", Dimension.values(), "statuses", Arrays.stream(MeasureStatus.values())
                .map(s -> Map.of("code", s.code(), "label", s.label(), "color", s.color())).toList()));
    }

    /** The filters every measures route shares, as {@link MeasureFilters} reads them from the query string. */
    private MeasureQuery query(Context ctx, int page, int size) throws IOException {
        return MeasureFilters.query(ctx::queryParam, workflow, page, size);
    }
}
