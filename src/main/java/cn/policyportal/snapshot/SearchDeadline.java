package cn.policyportal.snapshot;

import org.apache.lucene.index.QueryTimeout;

/**
 * A time limit for each search, per thread: a searcher shared by all requests asks this whether the
 * search running on the current thread has used up its time, and Lucene stops it if so.
 */
public final class SearchDeadline implements QueryTimeout {

    /** How long one search may run. */
    static final long LIMIT_NANOS = 3_000_000_000L;

    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

    /** Starts the clock for the search about to run on this thread. */
    public static void start() {
        DEADLINE.set(System.nanoTime() + LIMIT_NANOS);
    }

    /** Stops the clock on this thread. */
    public static void clear() {
        DEADLINE.remove();
    }

    @Override
    public boolean shouldExit() {
        Long deadline = DEADLINE.get();
        return deadline != null && System.nanoTime() > deadline;
    }
}
