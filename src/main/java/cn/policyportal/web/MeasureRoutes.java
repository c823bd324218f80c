package cn.policyportal.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import io.javalin.http.Context;

import cn.policyportal.measures.MeasureStatus;
import cn.policyportal.search.InvalidQueryException;
import cn.policyportal.search.MeasureExport;
import cn.policyportal.search.MeasureQuery;
import cn.policyportal.search.MeasureService;

/** Handlers for measures, their statistics, exports and status changes. */
final class MeasureRoutes {

    private static final int DEFAULT_SIZE = 50;

    private final MeasureService measures;
    private final AdminToken admin;

    MeasureRoutes(MeasureService measures, AdminToken admin) {
        this.measures = measures;
        this.admin = admin;
    }

    void list(Context ctx) throws IOException {
        ctx.json(measures.list(query(ctx, SearchRoutes.intParam(ctx, "page", 1),
                SearchRoutes.intParam(ctx, "size", DEFAULT_SIZE))));
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
        admin.require(ctx);
        JsonNode body;
        try {
            body = PortalServer.jsonMapper().readTree(ctx.body());
        } catch (IOException e) {
            throw new InvalidQueryException("请求内容应为 JSON，例如 {\"status\":\"completed\",\"note\":\"…\",\"date\":\"2021-09-30\"}");
        }
        if (body == null || !body.isObject()) {
            throw new InvalidQueryException("请求内容应为 JSON 对象");
        }
        String date = body.path("date").asText("");
        ctx.status(201).json(measures.record(ctx.pathParam("id"), body.path("status").asText(""),
                body.path("note").asText(""), date.isBlank() ? LocalDate.now() : date(date, "date")));
    }

    void progress(Context ctx) throws IOException {
        ctx.json(Map.of("reports", measures.progress()));
    }

    /** The filters every measures route shares. */
    private static MeasureQuery query(Context ctx, int page, int size) {
        String asOf = ctx.queryParam("as_of");
        return new MeasureQuery(text(ctx, "lead_dept"), text(ctx, "assist_dept"), text(ctx, "leader"), statuses(ctx),
                optionalDate(ctx, "due_from"), optionalDate(ctx, "due_to"), text(ctx, "doc"), text(ctx, "q"),
                asOf == null || asOf.isBlank() ? LocalDate.now() : date(asOf, "as_of"), page, size);
    }

    private static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Set<String> statuses(Context ctx) {
        String value = text(ctx, "status");
        if (value == null) {
            return Set.of();
        }
        Set<String> codes = Arrays.stream(value.split(",")).map(String::strip).collect(Collectors.toSet());
        for (String code : codes) {
            if (MeasureStatus.ofCode(code) == null) {
                throw new InvalidQueryException("状态 status 只能是 completed、overdue、in_progress、ongoing、unscheduled，收到的是“" + code + "”");
            }
        }
        return codes;
    }

    private static LocalDate optionalDate(Context ctx, String name) {
        String value = text(ctx, name);
        return value == null ? null : date(value, name);
    }

    private static LocalDate date(String value, String name) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException("参数 " + name + " 应为日期，格式如 2021-12-31，收到的是“" + value + "”");
        }
    }
}
