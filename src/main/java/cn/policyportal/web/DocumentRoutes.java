package cn.policyportal.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.javalin.http.Context;

import cn.policyportal.accounts.Actor;
import cn.policyportal.accounts.AuditLog;
import cn.policyportal.documents.DocumentService;
import cn.policyportal.index.CorpusLibrary;
import cn.policyportal.index.IndexSummary;
import cn.policyportal.ingest.IngestException;
import cn.policyportal.snapshot.Snapshots;

/** Handlers for documents: their pages' data, and (for administrators) adding and removing files. */
final class DocumentRoutes {

    private final DocumentService documents;
    private final Snapshots snapshots;
    private final CorpusLibrary library;
    private final Access access;
    private final AuditLog audit;

    DocumentRoutes(DocumentService documents, Snapshots snapshots, CorpusLibrary library, Access access, AuditLog audit) {
        this.documents = documents;
        this.snapshots = snapshots;
        this.library = library;
        this.access = access;
        this.audit = audit;
    }

    void list(Context ctx) throws IOException {
        ctx.json(Map.of("documents", documents.documents()));
    }

    void document(Context ctx) throws IOException {
        ctx.json(documents.document(Params.documentId(ctx), Params.dateOrToday(ctx, "as_of")));
    }

    void validity(Context ctx) throws IOException {
        ctx.json(documents.validity(Params.documentId(ctx), Params.dateOrToday(ctx, "as_of")));
    }

    /** {@code POST /api/documents/{id}/validity} with {@code {"status","reason"}}: an admin's override. */
    void overrideValidity(Context ctx) throws IOException {
        Actor by = access.admin(ctx);
        String id = Params.documentId(ctx);
        JsonNode body = Params.jsonBody(ctx, "{\"status\":\"已废止\",\"reason\":\"已由新文件替代\"}");
        ctx.status(201).json(documents.overrideValidity(by, id, body.path("status").asText(""),
                body.path("reason").asText("")));
    }

    /** {@code GET /api/compare?a=&b=}: two documents article by article. */
    void compare(Context ctx) throws IOException {
        ctx.json(documents.compare(Params.documentId(ctx, "a"), Params.documentId(ctx, "b")));
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
        ctx.json(documents.ingestReport());
    }

    /** {@code POST /api/documents?name=…} with the file's bytes as the body. */
    void upload(Context ctx) throws CorpusLibrary.Refused, IngestException, IOException {
        Actor by = access.admin(ctx);
        CorpusLibrary.Added added = library.add(ctx.queryParam("name"), ctx.bodyAsBytes());
        snapshots.refresh();
        audit.append(by, "document.upload", added.path(), null, Map.of("doc_id", added.docId()));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("path", added.path());
        answer.put("doc_id", added.docId());
        answer.put("failures", added.summary().failures());
        // The file is indexed and searchable even with a warning; the page shows the warning at once.
        answer.put("quality", added.summary().quality().get(added.path()));
        ctx.status(201).json(answer);
    }

    /** {@code DELETE /api/documents/{id}}: the file leaves the corpus and the index. */
    void remove(Context ctx) throws CorpusLibrary.Refused, IOException {
        Actor by = access.admin(ctx);
        String path = documents.info(Params.documentId(ctx)).path();
        IndexSummary summary = library.remove(path);
        snapshots.refresh();
        audit.append(by, "document.remove", path, Map.of("path", path), null);
        ctx.json(Map.of("path", path, "removed", summary.removed(), "failures", summary.failures()));
    }
}
