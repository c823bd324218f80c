package cn.policyportal.web;

import java.io.IOException;
import java.util.Map;

import io.javalin.http.Context;

import cn.policyportal.index.CorpusLibrary;
import cn.policyportal.index.IndexSummary;
import cn.policyportal.ingest.IngestException;
import cn.policyportal.search.SearchService;

/** Routes that add documents to the corpus and take them out; every one needs the admin token. */
final class DocumentRoutes {

    private final SearchService search;
    private final CorpusLibrary library;
    private final AdminToken admin;

    DocumentRoutes(SearchService search, CorpusLibrary library, AdminToken admin) {
        this.search = search;
        this.library = library;
        this.admin = admin;
    }

    /** {@code POST /api/documents?name=…} with the file's bytes as the body. */
    void upload(Context ctx) throws CorpusLibrary.Refused, IngestException, IOException {
        admin.require(ctx);
        CorpusLibrary.Added added = library.add(ctx.queryParam("name"), ctx.bodyAsBytes());
        search.refresh();
        ctx.status(201).json(Map.of("path", added.path(), "doc_id", added.docId(),
                "failures", added.summary().failures()));
    }

    /** {@code DELETE /api/documents/{id}}: the file leaves the corpus and the index. */
    void remove(Context ctx) throws CorpusLibrary.Refused, IOException {
        admin.require(ctx);
        String path = search.info(SearchRoutes.documentId(ctx)).path();
        IndexSummary summary = library.remove(path);
        search.refresh();
        ctx.json(Map.of("path", path, "removed", summary.removed(), "failures", summary.failures()));
    }
}
