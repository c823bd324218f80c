package cn.policyportal.measures;

import java.util.List;

/**
 * One measure (举措/任务) of a plan or opinion.
 *
 * @param id          stable id: the document id and the unit path, so it survives re-indexing
 * @param docId       the document it comes from
 * @param path        the unit it comes from, such as {@code c2/t1} or {@code c14/t3/i2}
 * @param category    the category heading it stands under, or {@code null}
 * @param task        the task title
 * @param text        what is to be done (具体举措, or the proposal's text)
 * @param leadLeaders 牵头院领导
 * @param coLeaders   配合院领导
 * @param leadDepts   牵头部门, canonical names
 * @param assistDepts 协助部门, canonical names
 * @param deadline    时间期限
 */
public record Measure(String id, String docId, String path, String category, String task, String text,
                      List<String> leadLeaders, List<String> coLeaders, List<String> leadDepts,
                      List<String> assistDepts, Deadline deadline) {

    public Measure {
        leadLeaders = List.copyOf(leadLeaders);
        coLeaders = List.copyOf(coLeaders);
        leadDepts = List.copyOf(leadDepts);
        assistDepts = List.copyOf(assistDepts);
    }

    /** The id of the measure at {@code path} of document {@code docId}. */
    public static String idOf(String docId, String path) {
        return docId + "-" + path.replace('/', '-').replace('~', '_');
    }
}
