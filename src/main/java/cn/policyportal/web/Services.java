package cn.policyportal.web;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

import cn.policyportal.clause.ClauseService;
import cn.policyportal.documents.DocumentService;
import cn.policyportal.ledger.MeasureService;
import cn.policyportal.ledger.StatusStore;
import cn.policyportal.search.SearchService;
import cn.policyportal.snapshot.Snapshots;
import cn.policyportal.versions.Validities;
import cn.policyportal.versions.ValidityStore;

/** The features the portal serves, all reading one index through the same snapshots. */
public record Services(Snapshots snapshots, SearchService search, ClauseService clauses, DocumentService documents,
                       MeasureService measures) implements Closeable {

    /**
     * The features over the index in {@code indexDir}, with measure statuses from {@code statuses}
     * and validity overrides from {@code validity}.
     */
    public static Services open(Path indexDir, StatusStore statuses, ValidityStore validity) throws IOException {
        Snapshots snapshots = new Snapshots(indexDir);
        Validities validities = new Validities(validity);
        return new Services(snapshots, new SearchService(snapshots, validities), new ClauseService(snapshots, validities),
                new DocumentService(snapshots, validities), new MeasureService(snapshots, statuses));
    }

    /** Closes the index; the status and validity stores belong to whoever opened them. */
    @Override
    public void close() throws IOException {
        snapshots.close();
    }
}
