package cn.policyportal.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import cn.policyportal.accounts.Database;

/**
 * The tables of the supervision workflow: rounds, reports (one per measure and round) and their
 * evidence files, whose bytes are kept in the database so that a report and its files are written
 * in one transaction (a kill leaves all or none) and a backup carries them. A round's scope (its
 * filter, the words that describe it, and the measures a filter selected) sits in tables of its own
 * beside {@code round}, so databases written before rounds had filters open unchanged. Every method
 * works inside the caller's transaction.
 */
final class WorkflowStore {

    static final String[] SCHEMA = {"""
            CREATE TABLE IF NOT EXISTS round (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              name TEXT NOT NULL,
              due TEXT NOT NULL,
              doc_id TEXT,
              opened_at TEXT NOT NULL,
              opened_by TEXT NOT NULL)""", """
            CREATE TABLE IF NOT EXISTS report (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              round_id INTEGER NOT NULL REFERENCES round(id),
              measure_id TEXT NOT NULL,
              state TEXT,
              progress TEXT NOT NULL,
              expected_date TEXT,
              status TEXT NOT NULL,
              reason TEXT,
              author TEXT NOT NULL,
              updated_at TEXT NOT NULL,
              UNIQUE(round_id, measure_id))""", """
            CREATE TABLE IF NOT EXISTS evidence (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              report_id INTEGER NOT NULL REFERENCES report(id),
              name TEXT NOT NULL,
              content_type TEXT NOT NULL,
              sha256 TEXT NOT NULL,
              size INTEGER NOT NULL,
              bytes BLOB NOT NULL,
              uploaded_at TEXT NOT NULL,
              uploaded_by TEXT NOT NULL)""",
            "CREATE INDEX IF NOT EXISTS evidence_report ON evidence(report_id)", """
            CREATE TABLE IF NOT EXISTS round_scope (
              round_id INTEGER PRIMARY KEY REFERENCES round(id),
              filter TEXT,
              label TEXT NOT NULL)""", """
            CREATE TABLE IF NOT EXISTS round_measure (
              round_id INTEGER NOT NULL REFERENCES round(id),
              measure_id TEXT NOT NULL,
              PRIMARY KEY(round_id, measure_id))"""};

    private static final String REPORT_COLUMNS = "id, round_id, measure_id, state, progress, expected_date, status, "
            + "reason, author, updated_at";

    private WorkflowStore() {
    }

    /**
     * Inserts a round with its scope: {@code filter} and the ids of the measures it selected, or
     * {@code null} and none for a round over every measure or one document's.
     */
    static Round insertRound(Database.Transaction tx, String name, LocalDate due, String docId, String filter,
                             String label, Collection<String> measureIds, String by) throws SQLException {
        Instant now = Instant.now();
        long id;
        try (PreparedStatement insert = tx.connection().prepareStatement(
                "INSERT INTO round(name, due, doc_id, opened_at, opened_by) VALUES (?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.setString(2, due.toString());
            insert.setString(3, docId);
            insert.setString(4, now.toString());
            insert.setString(5, by);
            insert.executeUpdate();
            id = key(insert);
        }
        try (PreparedStatement scope = tx.connection().prepareStatement(
                "INSERT INTO round_scope(round_id, filter, label) VALUES (?,?,?)")) {
            scope.setLong(1, id);
            scope.setString(2, filter);
            scope.setString(3, label);
            scope.executeUpdate();
        }
        try (PreparedStatement member = tx.connection().prepareStatement(
                "INSERT INTO round_measure(round_id, measure_id) VALUES (?,?)")) {
            for (String measureId : measureIds) {
                member.setLong(1, id);
                member.setString(2, measureId);
                member.addBatch();
            }
            member.executeBatch();
        }
        return new Round(id, name, due, docId, filter, label, now, by);
    }

    /** The ids of the measures a filtered round's filter selected when it opened. */
    static Set<String> scopeIds(Database.Transaction tx, long roundId) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (PreparedStatement query = tx.connection().prepareStatement(
                "SELECT measure_id FROM round_measure WHERE round_id = ?")) {
            query.setLong(1, roundId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    /** Every round, newest first. */
    static List<Round> rounds(Database.Transaction tx) throws SQLException {
        List<Round> rounds = new ArrayList<>();
        try (Statement s = tx.connection().createStatement();
             ResultSet rows = s.executeQuery("SELECT r.id, r.name, r.due, r.doc_id, s.filter, s.label, r.opened_at, "
                     + "r.opened_by FROM round r LEFT JOIN round_scope s ON s.round_id = r.id ORDER BY r.id DESC")) {
            while (rows.next()) {
                String docId = rows.getString(4);
                String label = rows.getString(6);
                // A round opened before scopes were written down says what it covers in the words of today's rounds.
                if (label == null) {
                    label = docId == null ? ScopeLabel.everyMeasure() : ScopeLabel.document(docId);
                }
                rounds.add(new Round(rows.getLong(1), rows.getString(2), LocalDate.parse(rows.getString(3)), docId,
                        rows.getString(5), label, Instant.parse(rows.getString(7)), rows.getString(8)));
            }
        }
        return rounds;
    }

    /** The report on {@code measureId} in round {@code roundId}, or {@code null}. */
    static Report report(Database.Transaction tx, long roundId, String measureId) throws SQLException {
        List<Report> found = reports(tx, "round_id = ? AND measure_id = ?", roundId, measureId);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The report {@code id}, or {@code null}. */
    static Report report(Database.Transaction tx, long id) throws SQLException {
        List<Report> found = reports(tx, "id = ?", id);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Every report of round {@code roundId}, by id. */
    static List<Report> reports(Database.Transaction tx, long roundId) throws SQLException {
        return reports(tx, "round_id = ?", roundId);
    }

    private static List<Report> reports(Database.Transaction tx, String where, Object... args) throws SQLException {
        List<Report> reports = new ArrayList<>();
        try (PreparedStatement query = tx.connection().prepareStatement(
                "SELECT " + REPORT_COLUMNS + " FROM report WHERE " + where + " ORDER BY id")) {
            for (int i = 0; i < args.length; i++) {
                query.setObject(i + 1, args[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    reports.add(read(rows, List.of()));
                }
            }
        }
        Map<Long, List<Evidence>> evidence = evidence(tx, reports);
        return reports.stream().map(r -> withEvidence(r, evidence.getOrDefault(r.id(), List.of()))).toList();
    }

    private static Report read(ResultSet rows, List<Evidence> evidence) throws SQLException {
        String state = rows.getString(4);
        String expected = rows.getString(6);
        ReportStatus status = ReportStatus.ofCode(rows.getString(7));
        return new Report(rows.getLong(1), rows.getLong(2), rows.getString(3), state,
                state == null ? null : ProgressState.ofCode(state).label(), rows.getString(5),
                expected == null ? null : LocalDate.parse(expected), status.code(), status.label(), rows.getString(8),
                rows.getString(9), Instant.parse(rows.getString(10)), evidence);
    }

    private static Report withEvidence(Report r, List<Evidence> evidence) {
        return new Report(r.id(), r.roundId(), r.measureId(), r.state(), r.stateLabel(), r.progress(), r.expectedDate(),
                r.status(), r.statusLabel(), r.reason(), r.author(), r.updatedAt(), evidence);
    }

    private static Map<Long, List<Evidence>> evidence(Database.Transaction tx, List<Report> reports) throws SQLException {
        Map<Long, List<Evidence>> byReport = new TreeMap<>();
        if (reports.isEmpty()) {
            return byReport;
        }
        String ids = String.join(",", reports.stream().map(r -> String.valueOf(r.id())).toList());
        try (Statement s = tx.connection().createStatement();
             ResultSet rows = s.executeQuery("SELECT id, report_id, name, content_type, sha256, size, uploaded_at, "
                     + "uploaded_by FROM evidence WHERE report_id IN (" + ids + ") ORDER BY id")) {
            while (rows.next()) {
                Evidence e = new Evidence(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                        rows.getString(5), rows.getLong(6), Instant.parse(rows.getString(7)), rows.getString(8));
                byReport.computeIfAbsent(e.reportId(), k -> new ArrayList<>()).add(e);
            }
        }
        return byReport;
    }

    /** Inserts or replaces the report on {@code measureId} in its round, adds {@code files} to its evidence, and returns it. */
    static Report save(Database.Transaction tx, ReportDraft draft, String measureId, ReportStatus status, String by)
            throws SQLException {
        String now = Instant.now().toString();
        try (PreparedStatement upsert = tx.connection().prepareStatement("INSERT INTO report(round_id, measure_id, state, "
                + "progress, expected_date, status, reason, author, updated_at) VALUES (?,?,?,?,?,?,NULL,?,?) "
                + "ON CONFLICT(round_id, measure_id) DO UPDATE SET state = excluded.state, progress = excluded.progress, "
                + "expected_date = excluded.expected_date, status = excluded.status, reason = NULL, "
                + "author = excluded.author, updated_at = excluded.updated_at")) {
            upsert.setLong(1, draft.roundId());
            upsert.setString(2, measureId);
            upsert.setString(3, draft.state() == null || draft.state().isBlank() ? null : draft.state());
            upsert.setString(4, draft.progress() == null ? "" : draft.progress());
            upsert.setString(5, draft.expectedDate() == null ? null : draft.expectedDate().toString());
            upsert.setString(6, status.code());
            upsert.setString(7, by);
            upsert.setString(8, now);
            upsert.executeUpdate();
        }
        long reportId = report(tx, draft.roundId(), measureId).id();
        for (Upload file : draft.files()) {
            insertEvidence(tx, reportId, file, by, now);
        }
        return report(tx, reportId);
    }

    private static void insertEvidence(Database.Transaction tx, long reportId, Upload file, String by, String now)
            throws SQLException {
        try (PreparedStatement insert = tx.connection().prepareStatement("INSERT INTO evidence(report_id, name, "
                + "content_type, sha256, size, bytes, uploaded_at, uploaded_by) VALUES (?,?,?,?,?,?,?,?)")) {
            insert.setLong(1, reportId);
            insert.setString(2, file.name());
            insert.setString(3, file.contentType());
            insert.setString(4, sha256(file.bytes()));
            insert.setLong(5, file.bytes().length);
            insert.setBytes(6, file.bytes());
            insert.setString(7, now);
            insert.setString(8, by);
            insert.executeUpdate();
        }
    }

    /** Sets the review status (and the reason of a return) of report {@code id}. */
    static void review(Database.Transaction tx, long id, ReportStatus status, String reason) throws SQLException {
        try (PreparedStatement update = tx.connection().prepareStatement(
                "UPDATE report SET status = ?, reason = ? WHERE id = ?")) {
            update.setString(1, status.code());
            update.setString(2, reason);
            update.setLong(3, id);
            update.executeUpdate();
        }
    }

    /** The bytes of evidence file {@code id}, or {@code null}. */
    static byte[] evidenceBytes(Database.Transaction tx, long id) throws SQLException {
        try (PreparedStatement query = tx.connection().prepareStatement("SELECT bytes FROM evidence WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getBytes(1) : null;
            }
        }
    }

    /** Evidence file {@code id} without its bytes, or {@code null}. */
    static Evidence evidence(Database.Transaction tx, long id) throws SQLException {
        try (PreparedStatement query = tx.connection().prepareStatement("SELECT id, report_id, name, content_type, sha256, "
                + "size, uploaded_at, uploaded_by FROM evidence WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? new Evidence(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                        rows.getString(5), rows.getLong(6), Instant.parse(rows.getString(7)), rows.getString(8)) : null;
            }
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static long key(PreparedStatement insert) throws SQLException {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
