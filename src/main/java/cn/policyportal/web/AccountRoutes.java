package cn.policyportal.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.javalin.http.Context;

import cn.policyportal.accounts.Account;
import cn.policyportal.accounts.AccountStore;
import cn.policyportal.accounts.Actor;
import cn.policyportal.accounts.AuditEntry;
import cn.policyportal.accounts.AuditLog;
import cn.policyportal.accounts.Refusal;
import cn.policyportal.accounts.Role;
import cn.policyportal.accounts.Session;
import cn.policyportal.accounts.Sessions;

/** Handlers for logging in and out, accounts (administrators only) and the audit log. */
final class AccountRoutes {

    private final AccountStore accounts;
    private final Sessions sessions;
    private final AuditLog audit;
    private final Access access;

    AccountRoutes(AccountStore accounts, Sessions sessions, AuditLog audit, Access access) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.audit = audit;
        this.access = access;
    }

    /** {@code POST /api/login {"username","password"}}: a session cookie and the CSRF token. */
    void login(Context ctx) throws IOException {
        JsonNode body = Params.jsonBody(ctx, "{\"username\":\"…\",\"password\":\"…\"}");
        Account account = accounts.login(body.path("username").asText(""), body.path("password").asText(""));
        Session session = sessions.open(account.username());
        boolean secure = "https".equals(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
        ctx.header("Set-Cookie", Access.COOKIE + "=" + session.token() + "; Path=/; HttpOnly; SameSite=Strict; Max-Age="
                + Sessions.LIFETIME.toSeconds() + (secure ? "; Secure" : ""));
        ctx.json(me(account, session));
    }

    /** {@code POST /api/logout}: ends the session (a cookie write, so it carries the CSRF token). */
    void logout(Context ctx) throws IOException {
        Session session = access.session(ctx);
        if (session != null) {
            Actor by = access.writer(ctx);
            sessions.close(session.token());
            audit.append(by, "logout", by.name(), null, null);
        }
        ctx.header("Set-Cookie", Access.COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
        ctx.json(Map.of("logged_out", true));
    }

    /** {@code GET /api/me}: who is logged in, with the CSRF token pages send back; 401 when no one is. */
    void me(Context ctx) throws IOException {
        Session session = access.session(ctx);
        if (session == null) {
            throw new Refusal(Refusal.Kind.UNAUTHORIZED, "未登录");
        }
        ctx.json(me(accounts.find(session.username()), session));
    }

    private static Map<String, Object> me(Account account, Session session) {
        Map<String, Object> me = new LinkedHashMap<>();
        me.put("username", account.username());
        me.put("role", account.role().code());
        me.put("role_label", account.role().label());
        me.put("departments", account.departments());
        me.put("csrf", session.csrf());
        me.put("expires_at", session.started().plus(Sessions.LIFETIME));
        return me;
    }

    void list(Context ctx) throws IOException {
        access.account(ctx).requireAdmin();
        ctx.json(Map.of("users", accounts.list().stream().map(AccountRoutes::json).toList()));
    }

    /** {@code POST /api/users {"username","password","role","departments"}}. */
    void add(Context ctx) throws IOException {
        Actor by = access.admin(ctx);
        JsonNode body = Params.jsonBody(ctx, "{\"username\":\"renshi\",\"password\":\"…\",\"role\":\"reporter\",\"departments\":[\"人事局\"]}");
        Account account = accounts.add(by, body.path("username").asText(""), body.path("password").asText(""),
                Role.ofCode(body.path("role").asText("")), Params.strings(body.path("departments")));
        ctx.status(201).json(json(account));
    }

    /** {@code POST /api/users/{name}/password {"password"}}: ends the account's sessions. */
    void passwd(Context ctx) throws IOException {
        Actor by = access.writer(ctx);
        String name = ctx.pathParam("name");
        accounts.passwd(by, name, Params.jsonBody(ctx, "{\"password\":\"…\"}").path("password").asText(""));
        sessions.closeAll(name);
        ctx.json(json(accounts.find(name)));
    }

    /** {@code POST /api/users/{name}/disable}: the account can no longer log in; its sessions end. */
    void disable(Context ctx) throws IOException {
        Actor by = access.admin(ctx);
        String name = ctx.pathParam("name");
        accounts.disable(by, name);
        sessions.closeAll(name);
        ctx.json(json(accounts.find(name)));
    }

    /** {@code GET /api/audit?user=&from=&to=&action=[&format=csv]}: administrators only. */
    void audit(Context ctx) throws IOException {
        access.account(ctx).requireAdmin();
        List<AuditEntry> entries = audit.find(Params.text(ctx, "user"), Params.optionalDate(ctx, "from"),
                Params.optionalDate(ctx, "to"), Params.text(ctx, "action"));
        if ("csv".equals(ctx.queryParam("format"))) {
            ctx.header("Content-Disposition", "attachment; filename=\"audit.csv\"; filename*=UTF-8''%E5%AE%A1%E8%AE%A1%E6%97%A5%E5%BF%97.csv");
            ctx.contentType("text/csv; charset=utf-8").result(AuditLog.csv(entries));
            return;
        }
        ctx.json(Map.of("total", entries.size(), "entries", entries));
    }

    private static Map<String, Object> json(Account a) {
        return Map.of("username", a.username(), "role", a.role().code(), "role_label", a.role().label(),
                "departments", a.departments(), "disabled", a.disabled());
    }
}
