package cn.policyportal.versions;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The validity overrides admins record, in an SQLite file in the data folder beside the measure
 * statuses and kept the same way: outside the index (re-indexing keeps them), every change
 * appended (the history is kept) and committed with {@code synchronous=FULL} before it is
 * acknowledged.
 */
public final class ValidityStore implements Closeable {

    /** The database file's name inside the data folder. */
    public static final String FILE = "rule-validity.db";

    private final Connection connection;
    /** Every change, by document, oldest first, kept in memory: reads never touch the disk. */
    private volatile Map<String, List<ValidityChange>> changes;

    /** Opens (creating if needed) the store in {@code dataDir}. */
    public ValidityStore(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(FILE).toAbsolutePath());
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA busy_timeout=5000");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS validity_change (
                          id INTEGER PRIMARY KEY AUTOINCREMENT,
                          doc_id TEXT NOT NULL,
                          status TEXT,
                          reason TEXT NOT NULL,
                          recorded_at TEXT NOT NULL)""");
            }
            changes = load();
        } catch (SQLException e) {
            throw new IOException("cannot open the validity store in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** Records an override of {@code docId} ({@code status} null withdraws it) durably and returns it. */
    public synchronized ValidityChange record(String docId, ValidityStatus status, String reason) throws IOException {
        Instant now = Instant.now();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO validity_change(doc_id, status, reason, recorded_at) VALUES (?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, docId);
            insert.setString(2, status == null ? null : status.label());
            insert.setString(3, reason);
            insert.setString(4, now.toString());
            insert.executeUpdate();
            ValidityChange change;
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                change = new ValidityChange(keys.getLong(1), docId, status, reason, now);
            }
            Map<String, List<ValidityChange>> next = new HashMap<>(changes);
            List<ValidityChange> history = new ArrayList<>(next.getOrDefault(docId, List.of()));
            history.add(change);
            next.put(docId, List.copyOf(history));
            changes = Map.copyOf(next);
            return change;
        } catch (SQLException e) {
            throw new IOException("cannot record the validity: " + e.getMessage(), e);
        }
    }

    /**
     * Every recorded change, by document, oldest first: an immutable snapshot that a later change
     * replaces, so a caller may key a cache on its identity.
     */
    public Map<String, List<ValidityChange>> all() {
        return changes;
    }

    private Map<String, List<ValidityChange>> load() throws SQLException {
        Map<String, List<ValidityChange>> byDoc = new HashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rows = s.executeQuery("SELECT id, doc_id, status, reason, recorded_at FROM validity_change ORDER BY id")) {
            while (rows.next()) {
                ValidityChange change = new ValidityChange(rows.getLong(1), rows.getString(2),
                        ValidityStatus.of(rows.getString(3)).orElse(null), rows.getString(4), Instant.parse(rows.getString(5)));
                byDoc.computeIfAbsent(change.docId(), k -> new ArrayList<>()).add(change);
            }
        }
        Map<String, List<ValidityChange>> frozen = new HashMap<>();
        byDoc.forEach((id, list) -> frozen.put(id, List.copyOf(list)));
        return Map.copyOf(frozen);
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
