package cn.policyportal.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.policyportal.accounts.Database;

/**
 * A process submitting reports with evidence is killed with SIGKILL mid-stream, several times:
 * every report in the database then has all its evidence files intact (their hashes match their
 * bytes) and its audit entry, and every acknowledged report is there: a kill leaves the whole
 * report or none.
 */
class ReportDurabilityTest {

    private static final int KILLS = 3;

    @TempDir
    Path data;

    @Test
    void aKillDuringASubmissionLeavesTheWholeReportOrNone() throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        for (int round = 0; round < KILLS; round++) {
            Process writer = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                    System.getProperty("java.class.path"), ReportWriterProcess.class.getName(), data.toString(), "部门" + round)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            CountDownLatch writing = new CountDownLatch(1);
            Thread reader = Thread.ofVirtual().start(() -> collect(writer, acknowledged, writing));
            assertThat(writing.await(2, TimeUnit.MINUTES)).as("the writer acknowledged a report").isTrue();
            Thread.sleep(200 + 300L * round);
            writer.destroyForcibly().waitFor();
            reader.join();
        }

        try (Database database = new Database(data)) {
            database.schema(WorkflowStore.SCHEMA);
            Map<String, Integer> evidence = database.read(tx -> counts(tx.connection().createStatement(),
                    "SELECT r.measure_id, count(e.id) FROM report r LEFT JOIN evidence e ON e.report_id = r.id GROUP BY r.id"));
            Map<String, Integer> audited = database.read(tx -> counts(tx.connection().createStatement(),
                    "SELECT r.measure_id, count(a.id) FROM report r LEFT JOIN audit a ON a.target = 'report/' || r.id GROUP BY r.id"));
            assertThat(evidence.keySet()).containsAll(acknowledged);
            assertThat(evidence.values()).as("every report has all its files").allMatch(n -> n == ReportWriterProcess.FILES);
            assertThat(audited.values()).as("every report has its audit entry").allMatch(n -> n == 1);
            database.read(tx -> {
                try (Statement s = tx.connection().createStatement();
                     ResultSet rows = s.executeQuery("SELECT sha256, size, bytes FROM evidence")) {
                    while (rows.next()) {
                        byte[] bytes = rows.getBytes(3);
                        assertThat(bytes).hasSize(rows.getInt(2));
                        assertThat(WorkflowStore.sha256(bytes)).isEqualTo(rows.getString(1));
                    }
                }
                return null;
            });
        }
    }

    private static Map<String, Integer> counts(Statement s, String sql) throws java.sql.SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (s; ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
        return counts;
    }

    private static void collect(Process writer, Set<String> acknowledged, CountDownLatch writing) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.endsWith(" " + ReportWriterProcess.ACK)) {
                    acknowledged.add(line.substring(0, line.length() - ReportWriterProcess.ACK.length() - 1));
                    writing.countDown();
                }
            }
        } catch (IOException e) {
            // The kill closes the pipe mid-line; every whole line before it has been collected.
        } finally {
            writing.countDown();
        }
    }
}
