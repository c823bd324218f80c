package cn.policyportal.web;

import java.io.IOException;

import io.javalin.http.Context;

import cn.policyportal.accounts.Actor;

/**
 * Pages whose address says who may see them. An anonymous reader still gets the administration
 * page (to log in or use the admin token), but a logged-in account that is not an administrator
 * is told 403 in words instead of a page whose every action would fail.
 */
final class Pages {

    private final StaticFiles files;
    private final Access access;

    Pages(StaticFiles files, Access access) {
        this.files = files;
        this.access = access;
    }

    void admin(Context ctx) throws IOException {
        Actor actor = access.reader(ctx);
        if (actor != null && !actor.isAdmin()) {
            ctx.status(403);
            files.web(ctx, "forbidden.html");
            return;
        }
        files.web(ctx, "admin.html");
    }
}
