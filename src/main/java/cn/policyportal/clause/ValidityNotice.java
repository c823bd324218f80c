package cn.policyportal.clause;

import java.util.Optional;

import cn.policyportal.index.DocumentInfo;
import cn.policyportal.versions.Validity;
import cn.policyportal.versions.VersionRef;

/** The sentence a clause answer opens with when the rule it quotes is not simply in force. */
final class ValidityNotice {

    private ValidityNotice() {
    }

    /** The notice for {@code doc} with {@code validity}, if one is due. */
    static Optional<String> of(DocumentInfo doc, Validity validity) {
        String title = "《" + doc.title() + "》";
        return switch (validity.status()) {
            case IN_FORCE -> Optional.empty();
            case REPEALED -> Optional.of(title + "已废止" + (validity.repealedBy() == null
                    ? (validity.reason() == null ? "" : "（" + validity.reason() + "）")
                    : "，由" + named(validity.repealedBy()) + "废止") + "。以下条文仅供查阅历史。");
            case AMENDED -> Optional.of(title + "的这一版本已修改" + (validity.supersededBy() == null ? ""
                    : "，现行有效的是" + named(validity.supersededBy())) + "。");
            case NOT_YET_IN_FORCE -> Optional.of(title + "尚未生效" + (validity.effectiveDate() == null ? ""
                    : "，自" + validity.effectiveDate() + "起施行") + "。");
        };
    }

    private static String named(VersionRef ref) {
        return "《" + ref.title() + "》" + (ref.label() == null ? "" : "（" + ref.label() + "）");
    }
}
