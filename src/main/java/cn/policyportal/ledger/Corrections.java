package cn.policyportal.ledger;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.policyportal.accounts.Actor;
import cn.policyportal.accounts.AuditLog;
import cn.policyportal.accounts.Database;
import cn.policyportal.accounts.Histories;

/**
 * Departments corrected by hand, kept in the portal's database by measure id, which survives
 * re-indexing: what the indexer reads again is overridden again. Appended, so the history stays.
 */
public final class Corrections {

    private final Database database;
    /** Every correction, by measure, oldest first; replaced whole on each change, so views can key on it. */
    private volatile Map<String, List<DepartmentCorrection>> byMeasure;

    public Corrections(Database database) throws IOException {
        this.database = database;
        database.schema("""
                CREATE TABLE IF NOT EXISTS department_correction (
                  id INTEGER PRIMARY KEY AUTOINCREMENT,
                  measure_id TEXT NOT NULL,
                  lead_depts TEXT NOT NULL,
                  assist_depts TEXT NOT NULL,
                  note TEXT NOT NULL,
                  username TEXT NOT NULL,
                  recorded_at TEXT NOT NULL)""");
        byMeasure = database.read(tx -> load(tx.connection().createStatement()));
    }

    /** Every correction, by measure, oldest first. */
    Map<String, List<DepartmentCorrection>> all() {
        return byMeasure;
    }

    /** Records a correction with its audit entry; {@code before} is the measure as it stood. */
    DepartmentCorrection record(Actor by, MeasureView before, List<String> lead, List<String> assist, String note)
            throws IOException {
        return database.write(tx -> {
            Instant now = Instant.now();
            try (PreparedStatement insert = tx.connection().prepareStatement("INSERT INTO department_correction"
                    + "(measure_id, lead_depts, assist_depts, note, username, recorded_at) VALUES (?,?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, before.id());
                insert.setString(2, String.join("\n", lead));
                insert.setString(3, String.join("\n", assist));
                insert.setString(4, note);
                insert.setString(5, by.name());
                insert.setString(6, now.toString());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    DepartmentCorrection c = new DepartmentCorrection(keys.getLong(1), before.id(), lead, assist, note,
                            by.name(), now);
                    AuditLog.append(tx, by, "measure.departments", before.id(),
                            Map.of("lead_depts", before.leadDepts(), "assist_depts", before.assistDepts()),
                            Map.of("lead_depts", lead, "assist_depts", assist, "note", note));
                    tx.afterCommit(() -> remember(c));
                    return c;
                }
            }
        });
    }

    private synchronized void remember(DepartmentCorrection c) {
        byMeasure = Histories.appended(byMeasure, c.measureId(), c);
    }

    private static Map<String, List<DepartmentCorrection>> load(Statement s) throws SQLException {
        List<DepartmentCorrection> all = new ArrayList<>();
        try (s; ResultSet rows = s.executeQuery("SELECT id, measure_id, lead_depts, assist_depts, note, username, "
                + "recorded_at FROM department_correction ORDER BY id")) {
            while (rows.next()) {
                DepartmentCorrection c = new DepartmentCorrection(rows.getLong(1), rows.getString(2),
                        names(rows.getString(3)), names(rows.getString(4)), rows.getString(5), rows.getString(6),
                        Instant.parse(rows.getString(7)));
                all.add(c);
            }
        }
        return Histories.of(all, DepartmentCorrection::measureId);
    }

    private static List<String> names(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }
}
