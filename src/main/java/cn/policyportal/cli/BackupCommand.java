package cn.policyportal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import cn.policyportal.ledger.StatusBackup;

/** {@code portal backup --to FILE} and {@code portal restore --from FILE}: the recorded data. */
final class BackupCommand {

    static final String HELP = """
            Usage: bin/portal backup --to FILE [--data DIR]
                   bin/portal restore --from FILE [--data DIR]

            backup writes a consistent copy of the recorded data (DATA/measures-status.db: statuses,
            department corrections, accounts, rounds, reports with their evidence files, and the
            audit log) to FILE; it is safe while the portal runs. restore puts a backup back; stop the
            portal first. The replaced database is kept as measures-status.db.before-restore.

              --data DIR   the data folder (default: data, or $PORTAL_DATA)
            """;

    private BackupCommand() {
    }

    static void run(String command, PortalConfig.Parsed parsed, PrintStream out)
            throws IOException, PortalConfig.UsageException {
        List<String> rest = parsed.rest();
        String flag = command.equals("backup") ? "--to" : "--from";
        if (rest.size() != 2 || !rest.get(0).equals(flag)) {
            throw new PortalConfig.UsageException(command + " needs " + flag + " FILE");
        }
        Path file = Path.of(rest.get(1));
        if (command.equals("backup")) {
            StatusBackup.backup(parsed.config().data(), file);
            out.println("Backed up the recorded data to " + file.toAbsolutePath());
        } else {
            StatusBackup.restore(file, parsed.config().data());
            out.println("Restored the recorded data from " + file.toAbsolutePath());
        }
    }
}
