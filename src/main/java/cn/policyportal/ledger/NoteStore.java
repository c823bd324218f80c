package cn.policyportal.ledger;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.policyportal.accounts.Database;

/**
 * The table of assisting departments' notes, in the workflow's database beside the reports, so a
 * note and its audit entry are one transaction and a backup carries it. Every method works inside
 * the caller's transaction.
 */
final class NoteStore {

    static final String[] SCHEMA = {"""
            CREATE TABLE IF NOT EXISTS note (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              round_id INTEGER NOT NULL REFERENCES round(id),
              measure_id TEXT NOT NULL,
              department TEXT NOT NULL,
              text TEXT NOT NULL,
              author TEXT NOT NULL,
              updated_at TEXT NOT NULL,
              UNIQUE(round_id, measure_id, department))"""};

    private static final String COLUMNS = "id, round_id, measure_id, department, text, author, updated_at";

    private NoteStore() {
    }

    /** Writes {@code department}'s note on {@code measureId} in round {@code roundId}, replacing an earlier one. */
    static Note save(Database.Transaction tx, long roundId, String measureId, String department, String text, String by)
            throws SQLException {
        try (PreparedStatement upsert = tx.connection().prepareStatement("INSERT INTO note(round_id, measure_id, "
                + "department, text, author, updated_at) VALUES (?,?,?,?,?,?) ON CONFLICT(round_id, measure_id, department) "
                + "DO UPDATE SET text = excluded.text, author = excluded.author, updated_at = excluded.updated_at")) {
            upsert.setLong(1, roundId);
            upsert.setString(2, measureId);
            upsert.setString(3, department);
            upsert.setString(4, text);
            upsert.setString(5, by);
            upsert.setString(6, Instant.now().toString());
            upsert.executeUpdate();
        }
        return note(tx, roundId, measureId, department);
    }

    /** {@code department}'s note on {@code measureId} in round {@code roundId}, or {@code null}. */
    static Note note(Database.Transaction tx, long roundId, String measureId, String department) throws SQLException {
        List<Note> found = notes(tx, "round_id = ? AND measure_id = ? AND department = ?", roundId, measureId, department);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The notes on {@code measureId} in round {@code roundId}, oldest first. */
    static List<Note> notes(Database.Transaction tx, long roundId, String measureId) throws SQLException {
        return notes(tx, "round_id = ? AND measure_id = ?", roundId, measureId);
    }

    /** The notes of round {@code roundId}, by measure. */
    static Map<String, List<Note>> byMeasure(Database.Transaction tx, long roundId) throws SQLException {
        Map<String, List<Note>> byMeasure = new HashMap<>();
        for (Note note : notes(tx, "round_id = ?", roundId)) {
            byMeasure.computeIfAbsent(note.measureId(), k -> new ArrayList<>()).add(note);
        }
        return byMeasure;
    }

    private static List<Note> notes(Database.Transaction tx, String where, Object... args) throws SQLException {
        List<Note> notes = new ArrayList<>();
        try (PreparedStatement query = tx.connection().prepareStatement(
                "SELECT " + COLUMNS + " FROM note WHERE " + where + " ORDER BY id")) {
            for (int i = 0; i < args.length; i++) {
                query.setObject(i + 1, args[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    notes.add(new Note(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getString(6), Instant.parse(rows.getString(7))));
                }
            }
        }
        return notes;
    }
}
