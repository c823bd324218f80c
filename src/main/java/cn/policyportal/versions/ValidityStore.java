package cn.policyportal.versions;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.policyportal.accounts.Actor;
import cn.policyportal.accounts.AuditLog;
import cn.policyportal.accounts.Database;
import cn.policyportal.accounts.Histories;

/**
 * The validity overrides admins record, in the portal's database beside the measure statuses and
 * kept the same way: outside the index (re-indexing keeps them), every change appended (the history
 * is kept) with its audit entry in one transaction, committed durably before it is acknowledged.
 */
public final class ValidityStore {

    private final Database database;
    /** Every change, by document, oldest first, kept in memory: reads never touch the disk. */
    private volatile Map<String, List<ValidityChange>> changes;

    /** The store in {@code database}, its table created if needed. */
    public ValidityStore(Database database) throws IOException {
        this.database = database;
        database.schema("""
                CREATE TABLE IF NOT EXISTS validity_change (
                  id INTEGER PRIMARY KEY AUTOINCREMENT,
                  doc_id TEXT NOT NULL,
                  status TEXT,
                  reason TEXT NOT NULL,
                  recorded_at TEXT NOT NULL)""");
        changes = database.read(tx -> load(tx.connection()));
    }

    /** Records {@code by}'s override of {@code docId} ({@code status} null withdraws it) and returns it. */
    public ValidityChange record(Actor by, String docId, ValidityStatus status, String reason) throws IOException {
        return database.write(tx -> {
            Instant now = Instant.now();
            try (PreparedStatement insert = tx.connection().prepareStatement(
                    "INSERT INTO validity_change(doc_id, status, reason, recorded_at) VALUES (?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, docId);
                insert.setString(2, status == null ? null : status.label());
                insert.setString(3, reason);
                insert.setString(4, now.toString());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    ValidityChange change = new ValidityChange(keys.getLong(1), docId, status, reason, now);
                    List<ValidityChange> history = changes.getOrDefault(docId, List.of());
                    AuditLog.append(tx, by, "document.validity", docId,
                            history.isEmpty() ? null : history.get(history.size() - 1), change);
                    tx.afterCommit(() -> remember(change));
                    return change;
                }
            }
        });
    }

    private synchronized void remember(ValidityChange change) {
        changes = Histories.appended(changes, change.docId(), change);
    }

    /**
     * Every recorded change, by document, oldest first: an immutable snapshot that a later change
     * replaces, so a caller may key a cache on its identity.
     */
    public Map<String, List<ValidityChange>> all() {
        return changes;
    }

    private static Map<String, List<ValidityChange>> load(Connection connection) throws SQLException {
        List<ValidityChange> all = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rows = s.executeQuery("SELECT id, doc_id, status, reason, recorded_at FROM validity_change ORDER BY id")) {
            while (rows.next()) {
                ValidityChange change = new ValidityChange(rows.getLong(1), rows.getString(2),
                        ValidityStatus.of(rows.getString(3)).orElse(null), rows.getString(4), Instant.parse(rows.getString(5)));
                all.add(change);
            }
        }
        return Histories.of(all, ValidityChange::docId);
    }
}
