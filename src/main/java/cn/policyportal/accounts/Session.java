package cn.policyportal.accounts;

import java.time.Instant;

/**
 * A login: the cookie's token, whose account it is, and the token a page must echo in
 * {@code X-CSRF-Token} with every write (another site's form can send the cookie, never this).
 */
public record Session(String token, String username, String csrf, Instant started, Instant lastSeen) {

    Session seen(Instant now) {
        return new Session(token, username, csrf, started, now);
    }
}
