package cn.policyportal.web;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

import cn.policyportal.clause.ClauseService;
import cn.policyportal.documents.DocumentService;
import cn.policyportal.ledger.MeasureService;
import cn.policyportal.ledger.StatusStore;
import cn.policyportal.search.SearchService;
import cn.policyportal.semantic.Semantic;
import cn.policyportal.snapshot.Snapshots;

/** The features the portal serves, all reading one index through the same snapshots. */
public record Services(Snapshots snapshots, Semantic semantic, SearchService search, ClauseService clauses,
                       DocumentService documents, MeasureService measures) implements Closeable {

    /** The features over the index in {@code indexDir} by words alone, with measure statuses from {@code statuses}. */
    public static Services open(Path indexDir, StatusStore statuses) throws IOException {
        return open(indexDir, statuses, Semantic.off());
    }

    /**
     * The features over the index in {@code indexDir}, questions answered by meaning too once
     * {@code semantic}'s vectors are ready (it is closed with the services).
     */
    public static Services open(Path indexDir, StatusStore statuses, Semantic semantic) throws IOException {
        Snapshots snapshots = new Snapshots(indexDir);
        return new Services(snapshots, semantic, new SearchService(snapshots, semantic), new ClauseService(snapshots),
                new DocumentService(snapshots, semantic), new MeasureService(snapshots, statuses));
    }

    /** Closes the index and the vectors; the status store belongs to whoever opened it. */
    @Override
    public void close() throws IOException {
        semantic.close();
        snapshots.close();
    }
}
