package cn.policyportal.accounts;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The portal's recorded data in one SQLite file of the data folder, outside the index: statuses,
 * accounts, rounds, reports with their evidence files, corrections and the audit log. One file
 * and one connection, so a write that touches several tables (a report with its evidence and its
 * audit entry) is one transaction, and a backup is one consistent copy. Every transaction is
 * committed with {@code synchronous=FULL} before it returns: an acknowledged write survives a kill.
 */
public final class Database implements Closeable {

    /** The file's name inside the data folder; it held only statuses once, hence the name. */
    public static final String FILE = "measures-status.db";

    /** Work done inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Transaction tx) throws SQLException, IOException;
    }

    /** An open transaction: its connection, and what to do once it is committed. */
    public static final class Transaction {
        private final Connection connection;
        private final List<Runnable> afterCommit = new ArrayList<>();

        private Transaction(Connection connection) {
            this.connection = connection;
        }

        public Connection connection() {
            return connection;
        }

        /** Runs {@code action} only once the transaction is committed: caches never show a rolled-back write. */
        public void afterCommit(Runnable action) {
            afterCommit.add(action);
        }
    }

    private final Connection connection;

    /** Opens (creating if needed) the database in {@code dataDir}. */
    public Database(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(FILE).toAbsolutePath());
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA busy_timeout=5000");
                for (String statement : AuditLog.SCHEMA) {
                    s.execute(statement);
                }
            }
        } catch (SQLException e) {
            throw new IOException("cannot open the database in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** Creates what {@code statements} create, if it does not exist yet. */
    public synchronized void schema(String... statements) throws IOException {
        write(tx -> {
            try (Statement s = tx.connection().createStatement()) {
                for (String statement : statements) {
                    s.execute(statement);
                }
            }
            return null;
        });
    }

    /** Runs {@code work} in one transaction, committed durably before this returns; rolled back whole on failure. */
    public synchronized <T> T write(Work<T> work) throws IOException {
        Transaction tx = new Transaction(connection);
        try {
            connection.setAutoCommit(false);
            T result;
            try {
                result = work.run(tx);
                connection.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            tx.afterCommit.forEach(Runnable::run);
            return result;
        } catch (SQLException e) {
            throw new IOException("database write failed: " + e.getMessage(), e);
        }
    }

    /** Runs {@code work}, which only reads, on the same connection. */
    public synchronized <T> T read(Work<T> work) throws IOException {
        try {
            return work.run(new Transaction(connection));
        } catch (SQLException e) {
            throw new IOException("database read failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
