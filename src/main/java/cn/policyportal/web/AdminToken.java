package cn.policyportal.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;

/**
 * Guards the routes that change recorded data: the request must carry the admin token in an
 * {@code Authorization: Bearer …} or {@code X-Admin-Token} header. Tokens are compared in constant
 * time; without a configured token every write is refused.
 */
public final class AdminToken {

    private final byte[] token;

    /** @param token the configured token, or {@code null}/blank when none is configured */
    public AdminToken(String token) {
        this.token = token == null || token.isBlank() ? null : token.strip().getBytes(StandardCharsets.UTF_8);
    }

    /** Refuses the request unless it carries the token: 403 when none is configured, 401 when it is wrong. */
    void require(Context ctx) {
        if (token == null) {
            throw new ForbiddenResponse("未配置管理口令，不能修改数据：请设置环境变量 PORTAL_ADMIN_TOKEN 后重启门户");
        }
        String given = ctx.header("X-Admin-Token");
        String auth = ctx.header("Authorization");
        if (given == null && auth != null && auth.startsWith("Bearer ")) {
            given = auth.substring("Bearer ".length());
        }
        if (given == null || !MessageDigest.isEqual(token, given.strip().getBytes(StandardCharsets.UTF_8))) {
            throw new UnauthorizedResponse("管理口令缺失或不正确");
        }
    }
}
