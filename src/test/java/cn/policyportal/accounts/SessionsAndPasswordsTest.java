package cn.policyportal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sessions end when they should, passwords verify only themselves, and a lock lifts after its time. */
class SessionsAndPasswordsTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-12-07T01:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @TempDir
    Path data;

    @Test
    void aSessionEndsAfterTwoIdleHoursOrEightHoursInAll() {
        ManualClock clock = new ManualClock();
        Sessions sessions = new Sessions(clock);
        Session busy = sessions.open("renshi");
        Session idle = sessions.open("xuebu");
        for (int i = 0; i < 6; i++) {
            clock.advance(Duration.ofMinutes(70));
            assertThat(sessions.find(busy.token())).as("used every 70 minutes").isPresent();
        }
        assertThat(sessions.find(idle.token())).as("unused for over two hours").isEmpty();
        clock.advance(Duration.ofMinutes(70));
        assertThat(sessions.find(busy.token())).as("more than eight hours after login").isEmpty();
        assertThat(sessions.find("forged")).isEmpty();
        Session other = sessions.open("renshi");
        sessions.closeAll("renshi");
        assertThat(sessions.find(other.token())).isEmpty();
    }

    @Test
    void theCsrfTokenIsTheSessionsOwn() {
        Sessions sessions = new Sessions(new ManualClock());
        Session a = sessions.open("a");
        Session b = sessions.open("b");
        assertThat(Sessions.csrfMatches(a, a.csrf())).isTrue();
        assertThat(Sessions.csrfMatches(a, b.csrf())).isFalse();
        assertThat(Sessions.csrfMatches(a, null)).isFalse();
    }

    @Test
    void anArgon2idHashVerifiesItsPasswordAlone() {
        String hash = Passwords.hash("正确的密码-2026");
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("正确的密码");
        assertThat(Passwords.verify("正确的密码-2026", hash)).isTrue();
        assertThat(Passwords.verify("正确的密码-2027", hash)).isFalse();
        assertThat(Passwords.hash("正确的密码-2026")).as("salted").isNotEqualTo(hash);
        assertThat(Passwords.verify("x", "not a hash")).isFalse();
    }

    @Test
    void aLockLiftsAfterFifteenMinutes() throws Exception {
        ManualClock clock = new ManualClock();
        try (Database database = new Database(data)) {
            AccountStore accounts = new AccountStore(database, clock);
            accounts.add(Actor.TOKEN, "renshi", "Ren-shi-2026", Role.REPORTER, List.of("院人事局"));
            assertThat(accounts.find("renshi").departments()).containsExactly("人事局");
            for (int i = 0; i < AccountStore.MAX_FAILURES; i++) {
                assertThatThrownBy(() -> accounts.login("renshi", "wrong")).isInstanceOf(Refusal.class);
            }
            assertThatThrownBy(() -> accounts.login("renshi", "Ren-shi-2026")).hasMessageContaining("已锁定");
            clock.advance(AccountStore.LOCK_TIME.plusSeconds(1));
            assertThat(accounts.login("renshi", "Ren-shi-2026").username()).isEqualTo("renshi");
            assertThatThrownBy(() -> accounts.add(Actor.TOKEN, "renshi", "Another-pass", Role.VIEWER, List.of()))
                    .isInstanceOf(Refusal.class).hasMessageContaining("已被使用");
            assertThatThrownBy(() -> accounts.add(Actor.TOKEN, "new", "short", Role.VIEWER, List.of()))
                    .hasMessageContaining("8");
            assertThatThrownBy(() -> accounts.add(Actor.TOKEN, "nodept", "Long-enough-1", Role.REPORTER, List.of()))
                    .hasMessageContaining("部门");
        }
    }
}
