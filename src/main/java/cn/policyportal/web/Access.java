package cn.policyportal.web;

import java.io.IOException;

import io.javalin.http.Context;

import cn.policyportal.accounts.Account;
import cn.policyportal.accounts.AccountStore;
import cn.policyportal.accounts.Actor;
import cn.policyportal.accounts.Refusal;
import cn.policyportal.accounts.Session;
import cn.policyportal.accounts.Sessions;

/**
 * Who is asking: a script with the admin token (in {@code Authorization: Bearer …} or
 * {@code X-Admin-Token}), a person with a session cookie, or an anonymous reader. A write made
 * with the cookie must echo the session's CSRF token in {@code X-CSRF-Token}: another site can
 * make a browser send the cookie, but cannot read the token.
 */
final class Access {

    static final String COOKIE = "portal_session";
    static final String CSRF_HEADER = "X-CSRF-Token";

    private final AdminToken token;
    private final AccountStore accounts;
    private final Sessions sessions;

    Access(AdminToken token, AccountStore accounts, Sessions sessions) {
        this.token = token;
        this.accounts = accounts;
        this.sessions = sessions;
    }

    /** The live session of the request's cookie whose account is still enabled, or {@code null}. */
    Session session(Context ctx) throws IOException {
        Session session = sessions.find(ctx.cookie(COOKIE)).orElse(null);
        if (session == null) {
            return null;
        }
        Account account = accounts.find(session.username());
        if (account == null || account.disabled()) {
            sessions.close(session.token());
            return null;
        }
        return session;
    }

    /** Who reads: the token's holder, the logged-in account, or {@code null} for an anonymous reader. */
    Actor reader(Context ctx) throws IOException {
        if (carriesToken(ctx)) {
            token.require(ctx);
            return Actor.TOKEN;
        }
        Session session = session(ctx);
        return session == null ? null : Actor.of(accounts.find(session.username()));
    }

    /** Who reads what only accounts may read; 401 for an anonymous reader. */
    Actor account(Context ctx) throws IOException {
        Actor actor = reader(ctx);
        if (actor == null) {
            throw new Refusal(Refusal.Kind.UNAUTHORIZED, "请先登录");
        }
        return actor;
    }

    /**
     * Who writes: the token's holder, or the logged-in account when the CSRF header matches. Without
     * either, the admin token's own refusal answers (403 when none is configured, else 401).
     */
    Actor writer(Context ctx) throws IOException {
        if (!carriesToken(ctx)) {
            Session session = session(ctx);
            if (session != null) {
                if (!Sessions.csrfMatches(session, ctx.header(CSRF_HEADER))) {
                    throw Refusal.forbidden("请求缺少有效的 CSRF 令牌（X-CSRF-Token），请刷新页面后重试");
                }
                return Actor.of(accounts.find(session.username()));
            }
        }
        token.require(ctx);
        return Actor.TOKEN;
    }

    /** An administrator's write; 403 for anyone else. */
    Actor admin(Context ctx) throws IOException {
        Actor actor = writer(ctx);
        actor.requireAdmin();
        return actor;
    }

    private static boolean carriesToken(Context ctx) {
        String auth = ctx.header("Authorization");
        return ctx.header("X-Admin-Token") != null || (auth != null && auth.startsWith("Bearer "));
    }
}
