package cn.policyportal.ledger;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The statuses people record for measures, kept in an SQLite file in the data folder, outside the
 * index, so re-indexing never touches them. Every change is appended (the history is kept) and
 * committed with {@code synchronous=FULL} before {@link #record} returns: an acknowledged change
 * survives a crash or a kill.
 */
public final class StatusStore implements Closeable {

    /** The database file's name inside the data folder. */
    public static final String FILE = "measures-status.db";

    private final Connection connection;
    /** Every change, by measure, kept in memory: reads never touch the disk. */
    private volatile Map<String, List<StatusChange>> changes;

    /** Opens (creating if needed) the store in {@code dataDir}. */
    public StatusStore(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(FILE).toAbsolutePath());
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA busy_timeout=5000");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS status_change (
                          id INTEGER PRIMARY KEY AUTOINCREMENT,
                          measure_id TEXT NOT NULL,
                          status TEXT NOT NULL,
                          note TEXT NOT NULL,
                          effective_date TEXT NOT NULL,
                          recorded_at TEXT NOT NULL)""");
                s.execute("CREATE INDEX IF NOT EXISTS status_change_measure ON status_change(measure_id, id)");
            }
            changes = load();
        } catch (SQLException e) {
            throw new IOException("cannot open the status store in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** Records a change durably and returns it as stored. */
    public synchronized StatusChange record(String measureId, String status, String note, LocalDate date) throws IOException {
        Instant now = Instant.now();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO status_change(measure_id, status, note, effective_date, recorded_at) VALUES (?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, measureId);
            insert.setString(2, status);
            insert.setString(3, note == null ? "" : note);
            insert.setString(4, date.toString());
            insert.setString(5, now.toString());
            insert.executeUpdate();
            StatusChange change;
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                change = new StatusChange(keys.getLong(1), measureId, status, note == null ? "" : note, date, now);
            }
            Map<String, List<StatusChange>> next = new HashMap<>(changes);
            List<StatusChange> history = new ArrayList<>(next.getOrDefault(measureId, List.of()));
            history.add(change);
            next.put(measureId, List.copyOf(history));
            changes = Map.copyOf(next);
            return change;
        } catch (SQLException e) {
            throw new IOException("cannot record the status: " + e.getMessage(), e);
        }
    }

    /**
     * Every recorded change, by measure, oldest first: an immutable snapshot that a later change
     * replaces, so a caller may key a cache on its identity.
     */
    public Map<String, List<StatusChange>> all() {
        return changes;
    }

    private Map<String, List<StatusChange>> load() throws SQLException {
        Map<String, List<StatusChange>> byMeasure = new HashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rows = s.executeQuery("SELECT id, measure_id, status, note, effective_date, recorded_at "
                     + "FROM status_change ORDER BY id")) {
            while (rows.next()) {
                StatusChange change = new StatusChange(rows.getLong(1), rows.getString(2), rows.getString(3),
                        rows.getString(4), LocalDate.parse(rows.getString(5)), Instant.parse(rows.getString(6)));
                byMeasure.computeIfAbsent(change.measureId(), k -> new ArrayList<>()).add(change);
            }
        }
        Map<String, List<StatusChange>> frozen = new HashMap<>();
        byMeasure.forEach((id, list) -> frozen.put(id, List.copyOf(list)));
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
