package cn.policyportal.index;

/** Receives progress from an indexing run; called from worker threads. */
@FunctionalInterface
public interface IndexProgress {

    /** Does nothing. */
    IndexProgress NONE = (done, total, bytes) -> { };

    /**
     * One more file is finished.
     *
     * @param done  files finished so far
     * @param total files in the run
     * @param bytes bytes of the files finished so far
     */
    void fileDone(int done, int total, long bytes);
}
