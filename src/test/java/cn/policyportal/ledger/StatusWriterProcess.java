package cn.policyportal.ledger;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.policyportal.accounts.Actor;
import cn.policyportal.accounts.Database;

/**
 * A separate process for {@link StatusStoreDurabilityTest}: several threads record changes without
 * end, and each acknowledged change is printed as {@code measureId id ok} only after
 * {@link StatusStore#record} has returned, so the parent knows exactly which writes were promised.
 */
public final class StatusWriterProcess {

    /** Ends every whole line, so that a line cut by the kill is not taken for an acknowledgement. */
    static final String ACK = "ok";

    private StatusWriterProcess() {
    }

    /** Arguments: data folder, writer name, thread count. Runs until killed. */
    public static void main(String[] args) throws Exception {
        StatusStore store = new StatusStore(new Database(Path.of(args[0])));
        PrintStream out = new PrintStream(System.out, true, "UTF-8");
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < Integer.parseInt(args[2]); t++) {
            String measure = args[1] + "-" + t;
            threads.add(Thread.ofPlatform().start(() -> writeForever(store, measure, out)));
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private static void writeForever(StatusStore store, String measure, PrintStream out) {
        for (int n = 0; ; n++) {
            try {
                String status = n % 2 == 0 ? StatusChange.COMPLETED : StatusChange.REOPENED;
                StatusChange change = store.record(Actor.TOKEN, measure, status, "第" + n + "次", LocalDate.of(2026, 11, 23));
                synchronized (out) {
                    out.println(measure + " " + change.id() + " " + ACK);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
