package cn.policyportal.web;

import java.io.IOException;

import cn.policyportal.semantic.VectorStatus;
import cn.policyportal.snapshot.Snapshots;

/**
 * What {@code GET /api/index/status} answers: the lexical index (searchable as soon as it is
 * committed) and the vectors (computed after it, in the background).
 *
 * @param indexedAt epoch milliseconds at which the current lexical commit's run started
 * @param documents how many documents it holds
 * @param vectors   where the vectors stand
 */
record IndexState(long indexedAt, int documents, VectorStatus vectors) {

    static IndexState of(Services services) throws IOException {
        return services.snapshots().read(s -> new IndexState(Snapshots.status(s).indexedAt(), s.documents().size(),
                services.semantic().status()));
    }
}
