package cn.policyportal.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import cn.policyportal.accounts.Actor;
import cn.policyportal.accounts.Database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes with several threads each write to one status store and are killed with SIGKILL at
 * random moments: every write that was acknowledged must be in the store when it is opened again.
 */
class StatusStoreDurabilityTest {

    private static final int KILLS = 4;

    @TempDir
    Path data;
    @TempDir
    Path logs;

    @Test
    void everyAcknowledgedWriteSurvivesKillNineOfConcurrentWriters() throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Random random = new Random(20261123);
        for (int round = 0; round < KILLS; round++) {
            List<Process> writers = List.of(start("甲" + round), start("乙" + round));
            try {
                killWhileWriting(writers, acknowledged, 300 + random.nextInt(900), round);
            } finally {
                writers.forEach(Process::destroyForcibly);
            }
        }

        try (Database database = new Database(data)) {
            StatusStore store = new StatusStore(database);
            Set<String> stored = store.all().values().stream().flatMap(List::stream)
                    .map(c -> c.measureId() + " " + c.id()).collect(Collectors.toSet());
            assertThat(acknowledged).as("writes acknowledged before the kills").hasSizeGreaterThan(KILLS * 10);
            assertThat(stored).containsAll(acknowledged);
            assertThat(store.all().keySet()).as("both writers wrote")
                    .anyMatch(m -> m.startsWith("甲")).anyMatch(m -> m.startsWith("乙"));
        }
    }

    /**
     * Kills the writers {@code millis} after both have acknowledged a write: a loaded machine can
     * take seconds to start two JVMs, and CI once killed every round before the first write.
     */
    private void killWhileWriting(List<Process> writers, Set<String> acknowledged, int millis, int round)
            throws Exception {
        CountDownLatch writing = new CountDownLatch(writers.size());
        List<Thread> readers = new ArrayList<>();
        for (Process writer : writers) {
            readers.add(Thread.ofVirtual().start(() -> collect(writer, acknowledged, writing)));
        }
        assertThat(writing.await(2, TimeUnit.MINUTES)).as("both writers started writing in time").isTrue();
        assertThat(writers).as("writers still running in round %d; their error output:%n%s", round, errors(round))
                .allMatch(Process::isAlive);
        Thread.sleep(millis);
        for (Process writer : writers) {
            writer.destroyForcibly();
            writer.waitFor();
        }
        for (Thread reader : readers) {
            reader.join();
        }
    }

    private Process start(String writer) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StatusWriterProcess.class.getName(), data.toString(), writer, "3")
                .redirectError(ProcessBuilder.Redirect.appendTo(logs.resolve(writer + ".log").toFile()))
                .start();
    }

    /** What the writers of {@code round} printed to their standard error. */
    private String errors(int round) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String writer : List.of("甲" + round, "乙" + round)) {
            Path log = logs.resolve(writer + ".log");
            text.append(writer).append(": ").append(Files.exists(log) ? Files.readString(log) : "").append('\n');
        }
        return text.toString();
    }

    private static void collect(Process writer, Set<String> acknowledged, CountDownLatch writing) {
        boolean first = true;
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.endsWith(" " + StatusWriterProcess.ACK)) {
                    acknowledged.add(line.substring(0, line.length() - StatusWriterProcess.ACK.length() - 1));
                    if (first) {
                        writing.countDown();
                        first = false;
                    }
                }
            }
        } catch (IOException e) {
            // The kill closes the pipe mid-line; every whole line before it has been collected.
        } finally {
            if (first) {
                writing.countDown();
            }
        }
    }
}
