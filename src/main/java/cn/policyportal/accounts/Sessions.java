package cn.policyportal.accounts;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open logins, in memory: a restart logs everyone out, which is the safe direction. A session
 * ends {@link #LIFETIME} after login or {@link #IDLE} after its last use, whichever comes first.
 */
public final class Sessions {

    /** The longest a login lasts. */
    public static final Duration LIFETIME = Duration.ofHours(8);
    /** A login unused this long ends. */
    public static final Duration IDLE = Duration.ofHours(2);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Session> open = new ConcurrentHashMap<>();
    private final Clock clock;

    public Sessions(Clock clock) {
        this.clock = clock;
    }

    /** A new session for {@code username}. */
    public Session open(String username) {
        Instant now = clock.instant();
        Session session = new Session(random(), username, random(), now, now);
        open.put(session.token(), session);
        return session;
    }

    /** The live session with {@code token}, marked as used now; an expired one is removed. */
    public Optional<Session> find(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Session session = open.get(token);
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (now.isAfter(session.started().plus(LIFETIME)) || now.isAfter(session.lastSeen().plus(IDLE))) {
            open.remove(token);
            return Optional.empty();
        }
        Session seen = session.seen(now);
        open.put(token, seen);
        return Optional.of(seen);
    }

    /** Whether {@code given} is the session's CSRF token, compared in constant time. */
    public static boolean csrfMatches(Session session, String given) {
        return given != null && MessageDigest.isEqual(session.csrf().getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    public void close(String token) {
        if (token != null) {
            open.remove(token);
        }
    }

    /** Ends every session of {@code username}: after a disable or a new password. */
    public void closeAll(String username) {
        open.values().removeIf(s -> s.username().equals(username));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
