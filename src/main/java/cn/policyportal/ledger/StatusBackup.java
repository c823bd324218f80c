package cn.policyportal.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import cn.policyportal.accounts.Database;

/**
 * Backs up and restores the status store. A backup is a consistent copy made by SQLite itself
 * ({@code VACUUM INTO}), safe while the portal runs; a restore checks the file is a status store
 * before it replaces the current one, and keeps the replaced one beside it.
 */
public final class StatusBackup {

    private StatusBackup() {
    }

    /** Writes a consistent copy of the store in {@code dataDir} to {@code target}, which must not exist. */
    public static void backup(Path dataDir, Path target) throws IOException {
        Path source = dataDir.resolve(Database.FILE);
        if (!Files.isRegularFile(source)) {
            throw new IOException("no status store in " + dataDir.toAbsolutePath());
        }
        if (Files.exists(target)) {
            throw new IOException(target + " already exists; choose a new file name");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + source.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.execute("VACUUM INTO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new IOException("backup failed: " + e.getMessage(), e);
        }
    }

    /**
     * Replaces the store in {@code dataDir} by {@code backup}; the replaced store is kept as
     * {@code measures-status.db.before-restore}. The portal must not be running.
     */
    public static void restore(Path backup, Path dataDir) throws IOException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup.toAbsolutePath());
             Statement s = c.createStatement();
             ResultSet check = s.executeQuery("SELECT count(*) FROM status_change")) {
            check.next();
        } catch (SQLException e) {
            throw new IOException(backup + " is not a status store backup: " + e.getMessage(), e);
        }
        Files.createDirectories(dataDir);
        Path current = dataDir.resolve(Database.FILE);
        if (Files.exists(current)) {
            checkpoint(current);
            Files.copy(current, dataDir.resolve(Database.FILE + ".before-restore"), StandardCopyOption.REPLACE_EXISTING);
        }
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Files.deleteIfExists(dataDir.resolve(Database.FILE + suffix));
        }
        Files.copy(backup, current, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Moves what the write-ahead log holds into the database file, so copying the file copies it all. */
    private static void checkpoint(Path database) throws IOException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            throw new IOException("cannot read " + database + ": " + e.getMessage(), e);
        }
    }
}
