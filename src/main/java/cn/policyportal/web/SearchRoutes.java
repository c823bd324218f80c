package cn.policyportal.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.javalin.http.Context;

import cn.policyportal.accounts.Actor;
import cn.policyportal.accounts.Refusal;
import cn.policyportal.clause.ClauseService;
import cn.policyportal.ledger.Workflow;
import cn.policyportal.search.Facet;
import cn.policyportal.search.SearchRequest;
import cn.policyportal.search.SearchService;
import cn.policyportal.snapshot.InvalidQueryException;

/** Handlers for full-text search and clause lookup: read parameters, call the service, write JSON. */
final class SearchRoutes {

    private static final int DEFAULT_SIZE = 10;

    private final SearchService search;
    private final ClauseService clauses;
    private final Workflow workflow;
    private final Access access;

    SearchRoutes(SearchService search, ClauseService clauses, Workflow workflow, Access access) {
        this.search = search;
        this.clauses = clauses;
        this.workflow = workflow;
        this.access = access;
    }

    /** {@code GET /api/search}: documents, or with {@code scope=progress} the progress reports (进展). */
    void search(Context ctx) throws IOException {
        String scope = Params.text(ctx, "scope");
        if ("progress".equals(scope)) {
            progress(ctx);
            return;
        }
        if (scope != null && !scope.equals("documents")) {
            throw new InvalidQueryException("检索范围 scope 只能是 documents（文件）或 progress（进展）");
        }
        Map<String, String> filters = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            String value = Params.text(ctx, facet.param());
            if (value != null) {
                filters.put(facet.param(), value);
            }
        }
        SearchRequest request = new SearchRequest(ctx.queryParam("q"), filters,
                Params.integer(ctx, "page", 1), Params.integer(ctx, "size", DEFAULT_SIZE), sort(ctx.queryParam("sort")),
                analysis(ctx.queryParam("analysis")), SearchService.validity(ctx.queryParam("validity")));
        ctx.json(search.search(request));
    }

    /**
     * {@code GET /api/search?scope=progress&q=&round=&page=&size=}: reports found as {@code /api/reports?q=}
     * finds them, for whoever may read those (anonymous readers get 401), over every round unless one is given.
     */
    private void progress(Context ctx) throws IOException {
        Actor by = access.reader(ctx);
        if (by == null) {
            throw new Refusal(Refusal.Kind.UNAUTHORIZED, "进展报送仅供登录后检索（督查办、部门填报人或院领导账号），请先登录");
        }
        ctx.json(workflow.searchReports(by, ctx.queryParam("q"), Params.optionalId(ctx, "round"),
                Params.integer(ctx, "page", 1), Params.integer(ctx, "size", DEFAULT_SIZE)));
    }

    void clause(Context ctx) throws IOException {
        ctx.json(clauses.clause(ctx.queryParam("q")));
    }

    private static SearchRequest.Sort sort(String value) {
        if (value == null || value.isBlank() || value.equals("relevance")) {
            return SearchRequest.Sort.RELEVANCE;
        }
        if (value.equals("date")) {
            return SearchRequest.Sort.DATE;
        }
        throw new InvalidQueryException("排序方式 sort 只能是 relevance（相关度）或 date（日期）");
    }

    /** {@code analysis=words} searches SmartChineseAnalyzer words alone: the baseline for comparisons. */
    private static SearchRequest.Analysis analysis(String value) {
        if (value == null || value.isBlank() || value.equals("full")) {
            return SearchRequest.Analysis.FULL;
        }
        if (value.equals("words")) {
            return SearchRequest.Analysis.WORDS;
        }
        throw new InvalidQueryException("分析方式 analysis 只能是 full 或 words");
    }
}
