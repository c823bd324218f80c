package cn.policyportal.ledger;

import java.time.LocalDate;
import java.util.Set;

import cn.policyportal.snapshot.InvalidQueryException;

/**
 * Which measures to list or count.
 *
 * @param leadDept   牵头部门 (canonical name), or {@code null}
 * @param assistDept 协助部门, or {@code null}
 * @param leader     牵头院领导, or {@code null}
 * @param statuses   status codes to keep; empty keeps all
 * @param dueFrom    earliest due date, or {@code null}
 * @param dueTo      latest due date, or {@code null}
 * @param docId      the document, or {@code null}
 * @param text       words the category, task or text must contain, or {@code null}
 * @param asOf       the day statuses are computed for
 * @param page       1-based page
 * @param size       measures per page
 * @param dueWithin  keeps open measures due within this many days of {@code asOf} (临期), or {@code null}
 * @param ids        keeps only these measures (本轮未报送, or the measures a filtered round fixed), or {@code null} for any
 */
public record MeasureQuery(String leadDept, String assistDept, String leader, Set<String> statuses,
                           LocalDate dueFrom, LocalDate dueTo, String docId, String text, LocalDate asOf,
                           int page, int size, Integer dueWithin, Set<String> ids) {

    /** A query without the workflow's filters. */
    public MeasureQuery(String leadDept, String assistDept, String leader, Set<String> statuses, LocalDate dueFrom,
                        LocalDate dueTo, String docId, String text, LocalDate asOf, int page, int size) {
        this(leadDept, assistDept, leader, statuses, dueFrom, dueTo, docId, text, asOf, page, size, null, null);
    }

    /** The largest page the list answers; exports have no pages. */
    public static final int MAX_SIZE = 1000;

    public MeasureQuery {
        statuses = Set.copyOf(statuses);
        ids = ids == null ? null : Set.copyOf(ids);
        if (dueWithin != null && (dueWithin < 1 || dueWithin > 3660)) {
            throw new InvalidQueryException("临期天数 due_within 应在 1 到 3660 之间");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidQueryException("每页条数 size 应在 1 到 " + MAX_SIZE + " 之间");
        }
        if (page < 1 || (long) page * size > 1_000_000) {
            throw new InvalidQueryException("页码 page 超出范围");
        }
        if (dueFrom != null && dueTo != null && dueFrom.isAfter(dueTo)) {
            throw new InvalidQueryException("截止日期范围有误：起始日期 due_from 晚于结束日期 due_to");
        }
    }

    /** Whether the only filter set is one document's. */
    public boolean onlyDocument() {
        return docId != null && new MeasureQuery(leadDept, assistDept, leader, statuses, dueFrom, dueTo, null, text,
                asOf, page, size, dueWithin, ids).selectsAll();
    }

    /** Whether no filter is set, so that every measure is selected. */
    public boolean selectsAll() {
        return leadDept == null && assistDept == null && leader == null && statuses.isEmpty()
                && dueFrom == null && dueTo == null && docId == null && text == null && dueWithin == null && ids == null;
    }
}
