package cn.policyportal.ledger;

import java.util.Arrays;
import java.util.Locale;

import cn.policyportal.accounts.Refusal;

/** 完成情况: how a department says a measure stands in its report. */
public enum ProgressState {
    COMPLETED("已完成"),
    ON_TRACK("按计划推进"),
    BEHIND("滞后"),
    NOT_STARTED("未启动");

    private final String label;

    ProgressState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The state with {@code code}.
     *
     * @throws Refusal 422 when there is none
     */
    public static ProgressState ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> Refusal.unprocessable("完成情况 state 只能是 completed（已完成）、on_track（按计划推进）、"
                        + "behind（滞后）或 not_started（未启动），收到的是“" + code + "”"));
    }
}
