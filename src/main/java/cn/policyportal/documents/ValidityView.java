package cn.policyportal.documents;

import java.util.List;

import cn.policyportal.versions.Validity;
import cn.policyportal.versions.ValidityChange;

/** A document's validity with the overrides admins recorded for it, oldest first. */
public record ValidityView(String docId, Validity validity, List<ValidityChange> history) {

    public ValidityView {
        history = List.copyOf(history);
    }
}
