package cn.policyportal.accounts;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Every write the portal accepts, appended in the same transaction as the write itself, so the
 * log never misses a write nor holds one that was rolled back. Entries are never changed.
 */
public final class AuditLog {

    /** The most entries one query answers. */
    public static final int MAX_ROWS = 10_000;

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private final Database database;

    /** The log's table, which {@link Database} creates on opening: every store's write appends to it. */
    static final String[] SCHEMA = {"""
            CREATE TABLE IF NOT EXISTS audit (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              at TEXT NOT NULL,
              username TEXT NOT NULL,
              action TEXT NOT NULL,
              target TEXT NOT NULL,
              before_json TEXT,
              after_json TEXT)""", "CREATE INDEX IF NOT EXISTS audit_user ON audit(username, id)"};

    public AuditLog(Database database) {
        this.database = database;
    }

    /** Appends an entry inside {@code tx}; {@code before} and {@code after} are written as JSON. */
    public static void append(Database.Transaction tx, Actor actor, String action, String target, Object before,
                              Object after) throws SQLException {
        try (PreparedStatement insert = tx.connection().prepareStatement(
                "INSERT INTO audit(at, username, action, target, before_json, after_json) VALUES (?,?,?,?,?,?)")) {
            insert.setString(1, Instant.now().toString());
            insert.setString(2, actor.name());
            insert.setString(3, action);
            insert.setString(4, target);
            insert.setString(5, json(before));
            insert.setString(6, json(after));
            insert.executeUpdate();
        }
    }

    /** Appends an entry in a transaction of its own: for writes that touch nothing else, such as a login. */
    public void append(Actor actor, String action, String target, Object before, Object after) throws IOException {
        database.write(tx -> {
            append(tx, actor, action, target, before, after);
            return null;
        });
    }

    /**
     * The entries by {@code user} (any when {@code null}) recorded from {@code from} to {@code to}
     * (days in the server's zone, inclusive, open when {@code null}) whose action starts with
     * {@code action} (any when {@code null}), newest first.
     */
    public List<AuditEntry> find(String user, LocalDate from, LocalDate to, String action) throws IOException {
        ZoneId zone = ZoneId.systemDefault();
        String start = from == null ? "" : from.atStartOfDay(zone).toInstant().toString();
        String end = to == null ? "~" : to.plusDays(1).atStartOfDay(zone).toInstant().toString();
        return database.read(tx -> {
            try (PreparedStatement query = tx.connection().prepareStatement(
                    "SELECT id, at, username, action, target, before_json, after_json FROM audit "
                            + "WHERE (? IS NULL OR username = ?) AND at >= ? AND at < ? AND (? IS NULL OR action LIKE ? || '%') "
                            + "ORDER BY id DESC LIMIT " + MAX_ROWS)) {
                query.setString(1, user);
                query.setString(2, user);
                query.setString(3, start);
                query.setString(4, end);
                query.setString(5, action);
                query.setString(6, action);
                List<AuditEntry> entries = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        entries.add(new AuditEntry(rows.getLong(1), Instant.parse(rows.getString(2)), rows.getString(3),
                                rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7)));
                    }
                }
                return entries;
            }
        });
    }

    /** {@code entries} as CSV in UTF-8 with a byte-order mark, so Excel reads the Chinese. */
    public static byte[] csv(List<AuditEntry> entries) {
        StringBuilder out = new StringBuilder("\uFEFF编号,时间,用户,操作,对象,修改前,修改后\r\n");
        for (AuditEntry e : entries) {
            out.append(e.id()).append(',').append(e.at()).append(',').append(cell(e.user())).append(',')
                    .append(cell(e.action())).append(',').append(cell(e.target())).append(',')
                    .append(cell(e.before())).append(',').append(cell(e.after())).append("\r\n");
        }
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A CSV cell, quoted, with a leading formula character defused so a spreadsheet shows it as text. */
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static String json(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an audit value cannot be written as JSON", e);
        }
    }
}
