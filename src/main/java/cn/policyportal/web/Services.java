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

/** The features the portal serves, all reading one index through the same snapshots. */
public record Services(Snapshots snapshots, SearchService search, ClauseService clauses, DocumentService documents,
                       MeasureService measures) implements Closeable {

    /** The features over the index in {@code indexDir}, with measure statuses from {@code statuses}. */
    public static Services open(Path indexDir, StatusStore statuses) throws IOException {
        Snapshots snapshots = new Snapshots(indexDir);
        return new Services(snapshots, new SearchService(snapshots), new ClauseService(snapshots),
                new DocumentService(snapshots), new MeasureService(snapshots, statuses));
    }

    /** Closes the index; the status store belongs to whoever opened it. */
    @Override
    public void close() throws IOException {
        snapshots.close();
    }
}
