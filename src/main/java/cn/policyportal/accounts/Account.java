package cn.policyportal.accounts;

import java.util.List;

/**
 * An account as others see it; the password hash never leaves {@link AccountStore}.
 *
 * @param departments the departments a reporter reports for, canonical names; empty for other roles
 * @param disabled    whether it may no longer log in
 */
public record Account(String username, Role role, List<String> departments, boolean disabled) {

    public Account {
        departments = List.copyOf(departments);
    }
}
