package cn.policyportal.ledger;

import java.util.List;

import cn.policyportal.snapshot.InvalidQueryException;

/**
 * One page of a 进展 search's answer.
 *
 * @param scope always {@code progress}: the search page tells this answer from a documents search by it
 * @param words the words searched for, each required
 * @param total reports found in all
 */
public record ReportSearch(String scope, List<String> words, int total, int page, int size, List<ReportHit> hits) {

    /** The most reports one page holds. */
    public static final int MAX_SIZE = 100;

    public ReportSearch {
        words = List.copyOf(words);
        hits = List.copyOf(hits);
    }

    /** Refuses a page or size out of range, in words, before anything is read. */
    static void check(int page, int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidQueryException("每页条数 size 应在 1 到 " + MAX_SIZE + " 之间");
        }
        if (page < 1 || (long) page * size > 100_000) {
            throw new InvalidQueryException("页码 page 超出范围");
        }
    }

    static ReportSearch of(ReportWords words, List<ReportHit> all, int page, int size) {
        int from = Math.min((page - 1) * size, all.size());
        int to = Math.min(from + size, all.size());
        return new ReportSearch("progress", words.words(), all.size(), page, size, all.subList(from, to));
    }
}
