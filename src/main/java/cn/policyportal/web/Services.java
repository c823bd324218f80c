package cn.policyportal.web;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

import cn.policyportal.accounts.AccountStore;
import cn.policyportal.accounts.AuditLog;
import cn.policyportal.accounts.Database;
import cn.policyportal.accounts.Sessions;
import cn.policyportal.clause.ClauseService;
import cn.policyportal.documents.DocumentService;
import cn.policyportal.ingest.DocumentReader;
import cn.policyportal.ledger.Corrections;
import cn.policyportal.ledger.MeasureService;
import cn.policyportal.ledger.Notes;
import cn.policyportal.ledger.ProgressDocuments;
import cn.policyportal.ledger.StatusStore;
import cn.policyportal.ledger.Workflow;
import cn.policyportal.search.SearchService;
import cn.policyportal.semantic.Semantic;
import cn.policyportal.snapshot.Snapshots;
import cn.policyportal.versions.Validities;
import cn.policyportal.versions.ValidityStore;

/**
 * The features the portal serves, all reading one index through the same snapshots, the vectors
 * that answer questions by meaning, and the recorded data (statuses, validity overrides, accounts,
 * rounds, reports, notes, audit) in one database.
 */
public record Services(Snapshots snapshots, Semantic semantic, SearchService search, ClauseService clauses,
                       DocumentService documents, MeasureService measures, Workflow workflow, Notes notes,
                       ProgressDocuments progressDocuments, AccountStore accounts, Sessions sessions, AuditLog audit)
        implements Closeable {

    /**
     * The features over the index in {@code indexDir}, with recorded data in {@code database};
     * evidence files are checked as uploads are and limited to {@code maxFileBytes}; questions are
     * answered by meaning too once {@code semantic}'s vectors are ready (it is closed with the services).
     */
    public static Services open(Path indexDir, Database database, long maxFileBytes, Semantic semantic)
            throws IOException {
        Snapshots snapshots = new Snapshots(indexDir);
        Validities validities = new Validities(new ValidityStore(database));
        StatusStore statuses = new StatusStore(database);
        MeasureService measures = new MeasureService(snapshots, statuses, new Corrections(database));
        Workflow workflow = new Workflow(database, measures, statuses, new UploadCheck(new DocumentReader(maxFileBytes)),
                maxFileBytes);
        return new Services(snapshots, semantic, new SearchService(snapshots, validities, semantic),
                new ClauseService(snapshots, validities), new DocumentService(snapshots, validities, semantic), measures,
                workflow, new Notes(database, measures, workflow), new ProgressDocuments(measures, workflow), new AccountStore(database, Clock.systemUTC()),
                new Sessions(Clock.systemUTC()), new AuditLog(database));
    }

    /** Closes the index and the vectors; the database belongs to whoever opened it. */
    @Override
    public void close() throws IOException {
        semantic.close();
        snapshots.close();
    }
}
