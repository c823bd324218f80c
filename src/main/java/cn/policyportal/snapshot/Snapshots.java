package cn.policyportal.snapshot;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import cn.policyportal.index.IndexStatus;

/**
 * The index as every feature reads it: one {@link SearcherManager} shared by all requests, so reads
 * run concurrently on the same point-in-time reader, and one {@link Snapshot} per reader. A new
 * commit is picked up within about two seconds, or at once after {@link #refresh()}.
 */
public final class Snapshots implements Closeable {

    private static final long REFRESH_MILLIS = 2000;

    /** Work done on one snapshot, which stays valid until the work returns. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Snapshot snapshot) throws IOException;
    }

    private final Directory directory;
    private final SearcherManager searchers;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();
    private volatile boolean closed;

    /** Opens the index in {@code indexDir}, which must hold a committed index. */
    public Snapshots(Path indexDir) throws IOException {
        this.directory = FSDirectory.open(indexDir);
        this.searchers = new SearcherManager(directory, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setTimeout(new SearchDeadline());
                return searcher;
            }
        });
        Thread refresher = new Thread(this::refreshPeriodically, "index-refresh");
        refresher.setDaemon(true);
        refresher.start();
    }

    /** Runs {@code work} on the snapshot of the current commit. */
    public <T> T read(Work<T> work) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return work.run(snapshotOf(searcher));
        } finally {
            searchers.release(searcher);
        }
    }

    /** What the run that made {@code snapshot}'s commit recorded. */
    public static IndexStatus status(Snapshot snapshot) throws IOException {
        return IndexStatus.of(((DirectoryReader) snapshot.searcher().getIndexReader()).getIndexCommit().getUserData());
    }

    /** Makes reads see the latest commit; reads under way finish on the snapshot they started with. */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /**
     * Picks up a new commit within a couple of seconds of {@code bin/portal index} making it:
     * reads under way finish on the reader they started with, later ones see the new one.
     */
    private void refreshPeriodically() {
        while (!closed) {
            try {
                Thread.sleep(REFRESH_MILLIS);
                searchers.maybeRefresh();
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                // The index is being rewritten or was closed: the next round tries again.
            }
        }
    }

    /** The snapshot of {@code searcher}'s reader, read once even when the first reads come together. */
    private Snapshot snapshotOf(IndexSearcher searcher) throws IOException {
        Snapshot snapshot = current.get();
        if (snapshot != null && snapshot.isFor(searcher.getIndexReader())) {
            return snapshot;
        }
        synchronized (current) {
            snapshot = current.get();
            if (snapshot == null || !snapshot.isFor(searcher.getIndexReader())) {
                snapshot = new Snapshot(searcher);
                current.set(snapshot);
            }
            return snapshot;
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        searchers.close();
        directory.close();
    }
}
