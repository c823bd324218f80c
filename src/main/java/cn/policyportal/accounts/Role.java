package cn.policyportal.accounts;

import java.util.Arrays;
import java.util.Locale;

/** What an account may do. */
public enum Role {
    /** 督查办: everything, including accounts, rounds and reviews. */
    ADMIN("管理员"),
    /** 部门填报人: reports on the measures its departments lead. */
    REPORTER("部门填报人"),
    /** 院领导/领导小组: reads dashboards and exports. */
    VIEWER("查看");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The code in the API: {@code admin}, {@code reporter}, {@code viewer}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The role with {@code code}.
     *
     * @throws Refusal when there is none
     */
    public static Role ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> Refusal.invalid("角色 role 只能是 admin（管理员）、reporter（部门填报人）或 viewer（查看），收到的是“"
                        + code + "”"));
    }
}
