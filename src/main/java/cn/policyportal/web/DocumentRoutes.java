package cn.policyportal.web;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;

import io.javalin.http.Context;

import cn.policyportal.documents.DocumentService;
import cn.policyportal.index.CorpusLibrary;
import cn.policyportal.index.IndexStatus;
import cn.policyportal.index.IndexSummary;
import cn.policyportal.ingest.IngestException;
import cn.policyportal.snapshot.Snapshots;

/** Handlers for documents: their pages' data, and (with the admin token) adding and removing files. */
final class DocumentRoutes {

    private final DocumentService documents;
    private final Snapshots snapshots;
    private final CorpusLibrary library;
    private final AdminToken admin;

    DocumentRoutes(DocumentService documents, Snapshots snapshots, CorpusLibrary library, AdminToken admin) {
        this.documents = documents;
        this.snapshots = snapshots;
        this.library = library;
        this.admin = admin;
    }

    void list(Context ctx) throws IOException {
        ctx.json(Map.of("documents", documents.documents()));
    }

    void document(Context ctx) throws IOException {
        ctx.json(documents.document(Params.documentId(ctx)));
    }

    void article(Context ctx) throws IOException {
        ctx.json(documents.article(Params.documentId(ctx), ctx.pathParam("n")));
    }

    void related(Context ctx) throws IOException {
        ctx.json(documents.related(ctx.pathParam("id"), ctx.pathParam("n")));
    }

    void citations(Context ctx) throws IOException {
        ctx.json(documents.citations(Params.documentId(ctx)));
    }

    void ingestReport(Context ctx) throws IOException {
        IndexStatus report = documents.ingestReport();
        ctx.json(Map.of("indexed_at", Instant.ofEpochMilli(report.indexedAt()).toString(),
                "failures", report.failures()));
    }

    /** {@code POST /api/documents?name=…} with the file's bytes as the body. */
    void upload(Context ctx) throws CorpusLibrary.Refused, IngestException, IOException {
        admin.require(ctx);
        CorpusLibrary.Added added = library.add(ctx.queryParam("name"), ctx.bodyAsBytes());
        snapshots.refresh();
        ctx.status(201).json(Map.of("path", added.path(), "doc_id", added.docId(),
                "failures", added.summary().failures()));
    }

    /** {@code DELETE /api/documents/{id}}: the file leaves the corpus and the index. */
    void remove(Context ctx) throws CorpusLibrary.Refused, IOException {
        admin.require(ctx);
        String path = documents.info(Params.documentId(ctx)).path();
        IndexSummary summary = library.remove(path);
        snapshots.refresh();
        ctx.json(Map.of("path", path, "removed", summary.removed(), "failures", summary.failures()));
    }
}
