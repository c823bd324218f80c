package cn.policyportal.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.policyportal.accounts.Refusal;
import cn.policyportal.index.CorpusLibrary;
import cn.policyportal.ingest.IngestException;
import cn.policyportal.snapshot.InvalidQueryException;
import cn.policyportal.snapshot.NotFoundException;

/**
 * The portal's HTTP server. This class is the table of contents of the API: every route is listed
 * in {@link #create}, and every error leaves in the one shape of {@link ApiError}.
 */
public final class PortalServer {

    private static final Logger LOG = LoggerFactory.getLogger(PortalServer.class);

    private PortalServer() {
    }

    /**
     * A server over {@code services}, not yet started; {@code library} takes uploads of at most
     * {@code maxUploadBytes}.
     */
    public static Javalin create(Services services, CorpusLibrary library, AdminToken admin, long maxUploadBytes) {
        Access access = new Access(admin, services.accounts(), services.sessions());
        SearchRoutes searchRoutes = new SearchRoutes(services.search(), services.clauses(), services.workflow(), access);
        MeasureRoutes measureRoutes = new MeasureRoutes(services.measures(), services.workflow(), access);
        DocumentRoutes documentRoutes = new DocumentRoutes(services.documents(), services.snapshots(), library, access,
                services.audit());
        AccountRoutes accountRoutes = new AccountRoutes(services.accounts(), services.sessions(), services.audit(), access);
        WorkflowRoutes workflowRoutes = new WorkflowRoutes(services.workflow(), services.notes(),
                services.progressDocuments(), access, maxUploadBytes);
        StaticFiles files = new StaticFiles();
        Pages pages = new Pages(files, access);
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = maxUploadBytes;
            // A report's evidence files together may be as large as one upload; Jetty keeps them on disk meanwhile.
            config.jetty.multipartConfig.maxTotalRequestSize(maxUploadBytes, io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxFileSize(maxUploadBytes, io.javalin.config.SizeUnit.BYTES);
            // A 10,000-character query is 90 KB once encoded: let it reach the handler, which refuses it in words.
            config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(128 * 1024));
            config.jsonMapper(new JavalinJackson(jsonMapper(), false));

            config.routes.before(PortalServer::securityHeaders);
            getAndHead(config, "/api/search", searchRoutes::search);
            getAndHead(config, "/api/documents", documentRoutes::list);
            getAndHead(config, "/api/documents/{id}", documentRoutes::document);
            config.routes.post("/api/documents", documentRoutes::upload);
            config.routes.delete("/api/documents/{id}", documentRoutes::remove);
            getAndHead(config, "/api/documents/{id}/articles/{n}", documentRoutes::article);
            getAndHead(config, "/api/documents/{id}/articles/{n}/related", documentRoutes::related);
            getAndHead(config, "/api/documents/{id}/citations", documentRoutes::citations);
            getAndHead(config, "/api/documents/{id}/validity", documentRoutes::validity);
            config.routes.post("/api/documents/{id}/validity", documentRoutes::overrideValidity);
            getAndHead(config, "/api/compare", documentRoutes::compare);
            getAndHead(config, "/api/clause", searchRoutes::clause);
            getAndHead(config, "/api/measures", measureRoutes::list);
            getAndHead(config, "/api/measures.csv", measureRoutes::csv);
            getAndHead(config, "/api/measures.xlsx", measureRoutes::xlsx);
            config.routes.post("/api/measures/{id}/status", measureRoutes::recordStatus);
            config.routes.post("/api/measures/{id}/departments", measureRoutes::correctDepartments);
            config.routes.post("/api/measures/{id}/reports", workflowRoutes::submit);
            getAndHead(config, "/api/measures/{id}/notes", workflowRoutes::notes);
            config.routes.post("/api/measures/{id}/notes", workflowRoutes::addNote);
            config.routes.post("/api/login", accountRoutes::login);
            config.routes.post("/api/logout", accountRoutes::logout);
            getAndHead(config, "/api/me", accountRoutes::me);
            getAndHead(config, "/api/users", accountRoutes::list);
            config.routes.post("/api/users", accountRoutes::add);
            config.routes.post("/api/users/{name}/password", accountRoutes::passwd);
            config.routes.post("/api/users/{name}/disable", accountRoutes::disable);
            getAndHead(config, "/api/audit", accountRoutes::audit);
            getAndHead(config, "/api/rounds", workflowRoutes::rounds);
            config.routes.post("/api/rounds", workflowRoutes::openRound);
            getAndHead(config, "/api/my/measures", workflowRoutes::myMeasures);
            getAndHead(config, "/api/reports", workflowRoutes::reports);
            config.routes.post("/api/reports/{id}/review", workflowRoutes::review);
            getAndHead(config, "/api/reports/progress-document", workflowRoutes::progressDocument);
            getAndHead(config, "/api/evidence/{id}", workflowRoutes::evidence);
            getAndHead(config, "/api/scorecards", workflowRoutes::scorecards);
            getAndHead(config, "/api/departments/{name}/owed", workflowRoutes::owed);
            getAndHead(config, "/api/stats/measures", measureRoutes::stats);
            getAndHead(config, "/api/stats/dimensions", measureRoutes::dimensions);
            getAndHead(config, "/api/reports/progress", measureRoutes::progress);
            getAndHead(config, "/api/ingest/report", documentRoutes::ingestReport);
            getAndHead(config, "/api/index/status", ctx -> ctx.json(IndexState.of(services)));
            getAndHead(config, "/doc/{id}", ctx -> files.web(ctx, "doc.html"));
            getAndHead(config, "/doc/{id}/a/{n}", ctx -> files.web(ctx, "doc.html"));
            getAndHead(config, "/compare", ctx -> files.web(ctx, "compare.html"));
            getAndHead(config, "/measures", ctx -> files.web(ctx, "measures.html"));
            getAndHead(config, "/stats", ctx -> files.web(ctx, "stats.html"));
            getAndHead(config, "/admin", pages::admin);
            getAndHead(config, "/workflow", ctx -> files.web(ctx, "workflow.html"));
            getAndHead(config, "/login", ctx -> files.web(ctx, "login.html"));
            getAndHead(config, "/dept/{name}", ctx -> files.web(ctx, "dept.html"));
            getAndHead(config, "/", ctx -> files.web(ctx, "index.html"));
            getAndHead(config, "/{file}", ctx -> files.web(ctx, ctx.pathParam("file")));
            getAndHead(config, "/webjars/<path>", ctx -> files.webjar(ctx, ctx.pathParam("path")));

            config.routes.exception(InvalidQueryException.class, (e, ctx) -> error(ctx, 400, "invalid_query", e.getMessage()));
            config.routes.exception(NotFoundException.class, (e, ctx) ->
                    ctx.status(404).json(ApiError.of("not_found", e.getMessage(), e.suggestions())));
            config.routes.exception(CorpusLibrary.Refused.class, (e, ctx) ->
                    error(ctx, e.conflict() ? 409 : 400, e.conflict() ? "conflict" : "bad_request", e.getMessage()));
            config.routes.exception(IngestException.class, (e, ctx) -> error(ctx, 422, e.reason().code(),
                    "文件未保存：" + e.getMessage()));
            config.routes.exception(Refusal.class, (e, ctx) -> error(ctx, e.kind().status(), e.kind().code(), e.getMessage()));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> httpError(ctx, e));
            config.routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, "bad_request",
                    "请求地址或参数的编码有误（应为 UTF-8 百分号编码）"));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request {} failed", ctx.path(), e);
                error(ctx, 500, "internal", "服务器内部错误，请稍后再试；如果一再出现，请联系管理员");
            });
        });
    }

    /**
     * A GET route that answers HEAD the same way, without the body: on a path a GET route matches,
     * Javalin otherwise answers HEAD with an empty 200 without calling the handler, so a monitor
     * would see a missing document as present.
     */
    private static void getAndHead(JavalinConfig config, String path, Handler handler) {
        config.routes.get(path, handler);
        config.routes.head(path, handler);
    }

    /**
     * Headers for every answer: pages may load nothing but the portal's own scripts, styles and
     * data (so an injected script could neither run nor call out), may not be framed, and are
     * never sniffed into another type.
     */
    private static void securityHeaders(Context ctx) {
        QueryStrings.requireValid(ctx.queryString());
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'none'; "
                + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
    }

    /** Javalin's own refusals (no such route, wrong method, body too large …) in our shape and language. */
    private static void httpError(Context ctx, HttpResponseException e) {
        int status = e.getStatus();
        switch (status) {
            case 401 -> error(ctx, 401, "unauthorized", e.getMessage());
            case 403 -> error(ctx, 403, "forbidden", e.getMessage());
            case 404 -> error(ctx, 404, "not_found", "没有这个页面或接口：" + ctx.path());
            case 405 -> error(ctx, 405, "method_not_allowed", "该地址不支持 " + ctx.method() + " 请求");
            case 413 -> error(ctx, 413, "too_large", "请求内容过大，超过上传文件的大小上限");
            default -> error(ctx, status, status < 500 ? "bad_request" : "internal",
                    status < 500 ? "请求无法处理，请检查地址和参数" : "服务器内部错误，请稍后再试");
        }
    }

    private static void error(Context ctx, int status, String code, String message) {
        ctx.status(status).json(ApiError.of(code, message));
    }

    /** JSON in snake_case, without null fields: absent metadata stays absent. */
    static ObjectMapper jsonMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }
}
