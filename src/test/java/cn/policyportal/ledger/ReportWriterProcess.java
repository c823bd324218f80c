package cn.policyportal.ledger;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import cn.policyportal.accounts.Actor;
import cn.policyportal.accounts.AuditLog;
import cn.policyportal.accounts.Database;

/**
 * A separate process for {@link ReportDurabilityTest}: submits reports with three evidence files
 * each, as {@link Workflow#submit} writes them (report, evidence and audit entry in one
 * transaction), and prints {@code measureId ok} once each is committed. Runs until killed.
 */
public final class ReportWriterProcess {

    static final String ACK = "ok";
    /** Evidence files per report, and their size: large enough that a kill often lands mid-write. */
    static final int FILES = 3;
    static final int FILE_BYTES = 300_000;

    private ReportWriterProcess() {
    }

    /** Arguments: data folder, writer name. */
    public static void main(String[] args) throws Exception {
        Database database = new Database(Path.of(args[0]));
        database.schema(WorkflowStore.SCHEMA);
        Actor writer = new Actor(args[1], cn.policyportal.accounts.Role.REPORTER, List.of());
        long round = database.write(tx -> WorkflowStore.insertRound(tx, "耐久性测试", java.time.LocalDate.of(2026, 12, 31),
                null, null, ScopeLabel.everyMeasure(), List.of(), args[1])).id();
        PrintStream out = new PrintStream(System.out, true, "UTF-8");
        Random random = new Random();
        for (int n = 0; ; n++) {
            String measure = args[1] + "-" + n;
            List<Upload> files = new java.util.ArrayList<>();
            for (int f = 0; f < FILES; f++) {
                byte[] bytes = new byte[FILE_BYTES];
                random.nextBytes(bytes);
                files.add(new Upload("佐证" + f + ".pdf", "application/pdf", bytes));
            }
            ReportDraft draft = new ReportDraft(round, "第" + n + "次报送", "on_track", null, false, files);
            database.write(tx -> {
                Report report = WorkflowStore.save(tx, draft, measure, ReportStatus.SUBMITTED, writer.name());
                AuditLog.append(tx, writer, "report.submit", "report/" + report.id(), null, report);
                return report;
            });
            out.println(measure + " " + ACK);
        }
    }
}
