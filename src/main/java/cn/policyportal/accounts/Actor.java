package cn.policyportal.accounts;

import java.util.List;

/**
 * Who makes a request: a logged-in account, or a script holding the admin token.
 *
 * @param name        the username, or {@link #TOKEN_NAME} for the admin token
 * @param departments the departments a reporter reports for
 */
public record Actor(String name, Role role, List<String> departments) {

    /** How the audit log names writes made with the admin token. */
    public static final String TOKEN_NAME = "管理口令";
    /** A script with the admin token: an administrator without an account. */
    public static final Actor TOKEN = new Actor(TOKEN_NAME, Role.ADMIN, List.of());

    public Actor {
        departments = List.copyOf(departments);
    }

    public static Actor of(Account account) {
        return new Actor(account.username(), account.role(), account.departments());
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Whether this actor reports for one of {@code leadDepts}. */
    public boolean leadsAny(List<String> leadDepts) {
        return role == Role.REPORTER && leadDepts.stream().anyMatch(departments::contains);
    }

    /** Refuses unless this actor is an administrator. */
    public void requireAdmin() {
        if (!isAdmin()) {
            throw Refusal.forbidden("此操作仅限管理员（督查办）");
        }
    }
}
