package cn.policyportal.accounts;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The accounts, in the portal's database. Passwords are kept only as Argon2id hashes; ten wrong
 * passwords in a row lock an account for {@link #LOCK_TIME}, counted in the database so a restart
 * does not reset it. Every change is audited in its own transaction.
 */
public final class AccountStore {

    /** Wrong passwords in a row that lock an account. */
    public static final int MAX_FAILURES = 10;
    /** How long a locked account stays locked. */
    public static final Duration LOCK_TIME = Duration.ofMinutes(15);

    private static final Pattern USERNAME = Pattern.compile("[\\p{IsHan}A-Za-z0-9_.-]{2,32}");
    private static final int MIN_PASSWORD = 8;
    private static final int MAX_PASSWORD = 200;

    /** A row of the table: the account, its hash and its lock-out state. */
    private record Row(Account account, String hash, int failures, Instant lockedUntil) {
    }

    private final Database database;
    private final Clock clock;

    public AccountStore(Database database, Clock clock) throws IOException {
        this.database = database;
        this.clock = clock;
        database.schema("""
                CREATE TABLE IF NOT EXISTS account (
                  username TEXT PRIMARY KEY,
                  password_hash TEXT NOT NULL,
                  role TEXT NOT NULL,
                  departments TEXT NOT NULL,
                  disabled INTEGER NOT NULL DEFAULT 0,
                  failed_logins INTEGER NOT NULL DEFAULT 0,
                  locked_until TEXT,
                  created_at TEXT NOT NULL)""");
    }

    /**
     * Creates an account.
     *
     * @throws Refusal when the name, password, role or departments are not acceptable, or the name is taken
     */
    public Account add(Actor by, String username, String password, Role role, List<String> departments) throws IOException {
        by.requireAdmin();
        checkUsername(username);
        checkPassword(password);
        List<String> depts = role == Role.REPORTER ? DepartmentNames.fold(departments) : List.of();
        if (role == Role.REPORTER && depts.isEmpty()) {
            throw Refusal.unprocessable("部门填报人至少要绑定一个部门（departments）");
        }
        Account account = new Account(username, role, depts, false);
        String hash = Passwords.hash(password);
        return database.write(tx -> {
            if (row(tx, username) != null) {
                throw Refusal.conflict("用户名“" + username + "”已被使用");
            }
            try (PreparedStatement insert = tx.connection().prepareStatement("INSERT INTO account(username, password_hash, "
                    + "role, departments, created_at) VALUES (?,?,?,?,?)")) {
                insert.setString(1, username);
                insert.setString(2, hash);
                insert.setString(3, role.code());
                insert.setString(4, String.join("\n", depts));
                insert.setString(5, clock.instant().toString());
                insert.executeUpdate();
            }
            AuditLog.append(tx, by, "account.add", username, null, account);
            return account;
        });
    }

    /** Sets a new password (an administrator for anyone, a person for themselves) and lifts any lock. */
    public void passwd(Actor by, String username, String password) throws IOException {
        if (!by.isAdmin() && !by.name().equals(username)) {
            throw Refusal.forbidden("只能修改自己的密码");
        }
        checkPassword(password);
        String hash = Passwords.hash(password);
        update(by, "account.passwd", username, "UPDATE account SET password_hash = ?, failed_logins = 0, locked_until = NULL "
                + "WHERE username = ?", hash);
    }

    /** Disables an account: it can no longer log in, and its sessions end (the caller closes them). */
    public void disable(Actor by, String username) throws IOException {
        by.requireAdmin();
        update(by, "account.disable", username, "UPDATE account SET disabled = 1 WHERE username = ?");
    }

    private void update(Actor by, String action, String username, String sql, String... firstParams) throws IOException {
        database.write(tx -> {
            Row before = row(tx, username);
            if (before == null) {
                throw new Refusal(Refusal.Kind.NOT_FOUND, "没有用户名为“" + username + "”的账号");
            }
            try (PreparedStatement update = tx.connection().prepareStatement(sql)) {
                for (int i = 0; i < firstParams.length; i++) {
                    update.setString(i + 1, firstParams[i]);
                }
                update.setString(firstParams.length + 1, username);
                update.executeUpdate();
            }
            AuditLog.append(tx, by, action, username, before.account(), row(tx, username).account());
            return null;
        });
    }

    /**
     * The account {@code username} logs in to with {@code password}; each attempt is audited.
     *
     * @throws Refusal 401 for a wrong name or password (in the same words, so names cannot be probed),
     *                 403 {@code locked} for a locked or disabled account
     */
    public Account login(String username, String password) throws IOException {
        Row row = database.read(tx -> row(tx, username == null ? "" : username));
        if (row == null) {
            Passwords.verify(password == null ? "" : password, Passwords.DUMMY);
            throw new Refusal(Refusal.Kind.UNAUTHORIZED, "用户名或密码不正确");
        }
        Instant now = clock.instant();
        if (row.lockedUntil() != null && now.isBefore(row.lockedUntil())) {
            long minutes = Math.max(1, Duration.between(now, row.lockedUntil()).toMinutes() + 1);
            throw new Refusal(Refusal.Kind.LOCKED, "密码连续输错 " + MAX_FAILURES + " 次，账号已锁定，请约 " + minutes + " 分钟后再试");
        }
        boolean right = password != null && Passwords.verify(password, row.hash());
        if (right && row.account().disabled()) {
            throw new Refusal(Refusal.Kind.LOCKED, "账号已停用，请联系管理员");
        }
        recordAttempt(row, right, now);
        if (!right) {
            throw new Refusal(Refusal.Kind.UNAUTHORIZED, "用户名或密码不正确");
        }
        return row.account();
    }

    private void recordAttempt(Row row, boolean right, Instant now) throws IOException {
        Actor who = Actor.of(row.account());
        database.write(tx -> {
            // Counted from the row as it is now: two wrong attempts at once both count.
            int failures = right ? 0 : row(tx, row.account().username()).failures() + 1;
            Instant lockedUntil = failures >= MAX_FAILURES ? now.plus(LOCK_TIME) : null;
            try (PreparedStatement update = tx.connection().prepareStatement(
                    "UPDATE account SET failed_logins = ?, locked_until = ? WHERE username = ?")) {
                update.setInt(1, lockedUntil == null ? failures : 0);
                update.setString(2, lockedUntil == null ? null : lockedUntil.toString());
                update.setString(3, row.account().username());
                update.executeUpdate();
            }
            String action = right ? "login" : lockedUntil != null ? "login.locked" : "login.failed";
            AuditLog.append(tx, who, action, row.account().username(), null,
                    right ? null : Map.of("failed_logins", failures));
            return null;
        });
    }

    /** The account {@code username}, or {@code null}. */
    public Account find(String username) throws IOException {
        Row row = database.read(tx -> row(tx, username));
        return row == null ? null : row.account();
    }

    /** Every account, by name. */
    public List<Account> list() throws IOException {
        return database.read(tx -> {
            Map<String, Account> accounts = new TreeMap<>();
            try (Statement s = tx.connection().createStatement();
                 ResultSet rows = s.executeQuery("SELECT username, role, departments, disabled, password_hash, "
                         + "failed_logins, locked_until FROM account")) {
                while (rows.next()) {
                    Account a = read(rows).account();
                    accounts.put(a.username(), a);
                }
            }
            return List.copyOf(accounts.values());
        });
    }

    private static Row row(Database.Transaction tx, String username) throws SQLException {
        try (PreparedStatement query = tx.connection().prepareStatement("SELECT username, role, departments, disabled, "
                + "password_hash, failed_logins, locked_until FROM account WHERE username = ?")) {
            query.setString(1, username);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? read(rows) : null;
            }
        }
    }

    private static Row read(ResultSet rows) throws SQLException {
        String depts = rows.getString(3);
        Account account = new Account(rows.getString(1), Role.ofCode(rows.getString(2)),
                depts.isEmpty() ? List.of() : Arrays.asList(depts.split("\n")), rows.getInt(4) != 0);
        String locked = rows.getString(7);
        return new Row(account, rows.getString(5), rows.getInt(6), locked == null ? null : Instant.parse(locked));
    }

    private static void checkUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw Refusal.unprocessable("用户名应为 2 到 32 个汉字、字母、数字或 _ . -");
        }
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw Refusal.unprocessable("密码应为 " + MIN_PASSWORD + " 到 " + MAX_PASSWORD + " 个字符");
        }
    }
}
