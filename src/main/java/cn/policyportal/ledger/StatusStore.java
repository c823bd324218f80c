package cn.policyportal.ledger;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.policyportal.accounts.Actor;
import cn.policyportal.accounts.AuditLog;
import cn.policyportal.accounts.Database;
import cn.policyportal.accounts.Histories;

/**
 * The statuses people record for measures, kept in the portal's database in the data folder,
 * outside the index, so re-indexing never touches them. Every change is appended (the history is
 * kept) and committed with {@code synchronous=FULL} before {@link #record} returns: an
 * acknowledged change survives a crash or a kill.
 */
public final class StatusStore {

    private final Database database;
    /** Every change, by measure, kept in memory: reads never touch the disk. */
    private volatile Map<String, List<StatusChange>> changes;

    /** The store in {@code database}, its table created if needed. */
    public StatusStore(Database database) throws IOException {
        this.database = database;
        database.schema("""
                CREATE TABLE IF NOT EXISTS status_change (
                  id INTEGER PRIMARY KEY AUTOINCREMENT,
                  measure_id TEXT NOT NULL,
                  status TEXT NOT NULL,
                  note TEXT NOT NULL,
                  effective_date TEXT NOT NULL,
                  recorded_at TEXT NOT NULL)""",
                "CREATE INDEX IF NOT EXISTS status_change_measure ON status_change(measure_id, id)");
        changes = database.read(tx -> load(tx.connection().createStatement()));
    }

    /** Records a change by {@code by} durably, with its audit entry, in a transaction of its own. */
    public StatusChange record(Actor by, String measureId, String status, String note, LocalDate date) throws IOException {
        return database.write(tx -> {
            StatusChange change = record(tx, measureId, status, note, date);
            AuditLog.append(tx, by, "measure.status", measureId, null, change);
            return change;
        });
    }

    /** Records a change inside {@code tx}; readers see it once {@code tx} is committed. */
    StatusChange record(Database.Transaction tx, String measureId, String status, String note, LocalDate date)
            throws SQLException {
        Instant now = Instant.now();
        String text = note == null ? "" : note;
        try (PreparedStatement insert = tx.connection().prepareStatement(
                "INSERT INTO status_change(measure_id, status, note, effective_date, recorded_at) VALUES (?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, measureId);
            insert.setString(2, status);
            insert.setString(3, text);
            insert.setString(4, date.toString());
            insert.setString(5, now.toString());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                StatusChange change = new StatusChange(keys.getLong(1), measureId, status, text, date, now);
                tx.afterCommit(() -> remember(change));
                return change;
            }
        }
    }

    private synchronized void remember(StatusChange change) {
        changes = Histories.appended(changes, change.measureId(), change);
    }

    /**
     * Every recorded change, by measure, oldest first: an immutable snapshot that a later change
     * replaces, so a caller may key a cache on its identity.
     */
    public Map<String, List<StatusChange>> all() {
        return changes;
    }

    private static Map<String, List<StatusChange>> load(Statement s) throws SQLException {
        List<StatusChange> all = new ArrayList<>();
        try (s; ResultSet rows = s.executeQuery("SELECT id, measure_id, status, note, effective_date, recorded_at "
                + "FROM status_change ORDER BY id")) {
            while (rows.next()) {
                StatusChange change = new StatusChange(rows.getLong(1), rows.getString(2), rows.getString(3),
                        rows.getString(4), LocalDate.parse(rows.getString(5)), Instant.parse(rows.getString(6)));
                all.add(change);
            }
        }
        return Histories.of(all, StatusChange::measureId);
    }
}
