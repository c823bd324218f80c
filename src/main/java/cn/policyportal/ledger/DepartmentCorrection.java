package cn.policyportal.ledger;

import java.time.Instant;
import java.util.List;

/**
 * The departments an administrator set for a measure, replacing what the indexer read; the latest
 * correction of a measure holds, the earlier ones are its history.
 *
 * @param leadDepts   牵头部门 as corrected
 * @param assistDepts 协助部门 as corrected
 * @param note        why
 * @param by          who corrected it
 */
public record DepartmentCorrection(long id, String measureId, List<String> leadDepts, List<String> assistDepts,
                                   String note, String by, Instant recordedAt) {

    public DepartmentCorrection {
        leadDepts = List.copyOf(leadDepts);
        assistDepts = List.copyOf(assistDepts);
    }
}
