package cn.policyportal.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.javalin.http.Context;

import cn.policyportal.ingest.DocumentIds;
import cn.policyportal.search.InvalidQueryException;
import cn.policyportal.search.NotFoundException;
import cn.policyportal.search.SearchRequest;
import cn.policyportal.search.SearchService;

/** Handlers for search and documents: read parameters, call the service, write JSON. */
final class SearchRoutes {

    private static final int DEFAULT_SIZE = 10;

    private final SearchService search;

    SearchRoutes(SearchService search) {
        this.search = search;
    }

    void search(Context ctx) throws IOException {
        Map<String, String> filters = new LinkedHashMap<>();
        for (String field : SearchService.FACET_FIELDS) {
            String value = ctx.queryParam(field);
            if (value != null && !value.isBlank()) {
                filters.put(field, value.strip());
            }
        }
        SearchRequest request = new SearchRequest(ctx.queryParam("q"), filters,
                intParam(ctx, "page", 1), intParam(ctx, "size", DEFAULT_SIZE), sort(ctx.queryParam("sort")),
                analysis(ctx.queryParam("analysis")));
        ctx.json(search.search(request));
    }

    void documents(Context ctx) throws IOException {
        ctx.json(Map.of("documents", search.documents()));
    }

    void document(Context ctx) throws IOException {
        ctx.json(search.document(documentId(ctx)));
    }

    void article(Context ctx) throws IOException {
        ctx.json(search.article(documentId(ctx), ctx.pathParam("n")));
    }

    void citations(Context ctx) throws IOException {
        ctx.json(search.citations(documentId(ctx)));
    }

    void ingestReport(Context ctx) throws IOException {
        var report = search.ingestReport();
        ctx.json(Map.of("indexed_at", java.time.Instant.ofEpochMilli(report.indexedAt()).toString(),
                "failures", report.failures()));
    }

    void clause(Context ctx) throws IOException {
        ctx.json(search.clause(ctx.queryParam("q")));
    }

    static String documentId(Context ctx) {
        String id = ctx.pathParam("id");
        if (!DocumentIds.isWellFormed(id)) {
            throw new NotFoundException("文件编号“" + id + "”格式不正确，应为 12 位十六进制字符");
        }
        return id;
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

    static int intParam(Context ctx, String name, int fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidQueryException("参数 " + name + " 应为整数，收到的是“" + value + "”");
        }
    }
}
