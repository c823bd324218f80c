package cn.policyportal.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import cn.policyportal.accounts.Actor;
import cn.policyportal.accounts.Database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusBackupTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    @TempDir
    Path dir;

    @Test
    void backupTakenWhileTheStoreIsOpenRestoresEveryChangeMadeBeforeIt() throws IOException {
        Path data = dir.resolve("data");
        Path backup = dir.resolve("status-backup.db");
        try (Database database = new Database(data)) {
            StatusStore store = new StatusStore(database);
            store.record(Actor.TOKEN, "m-1", StatusChange.COMPLETED, "已办结", DAY);
            store.record(Actor.TOKEN, "m-2", StatusChange.COMPLETED, "", DAY);
            StatusBackup.backup(data, backup);
            store.record(Actor.TOKEN, "m-3", StatusChange.COMPLETED, "备份之后", DAY);
        }

        StatusBackup.restore(backup, data);

        try (Database database = new Database(data)) {
            StatusStore restored = new StatusStore(database);
            assertThat(restored.all()).containsOnlyKeys("m-1", "m-2");
            assertThat(restored.all().get("m-1").getFirst().note()).isEqualTo("已办结");
        }
        try (Database database = new Database(copyOfReplaced(data))) {
            StatusStore before = new StatusStore(database);
            assertThat(before.all()).containsOnlyKeys("m-1", "m-2", "m-3");
        }
    }

    @Test
    void refusesToOverwriteAnExistingBackup() throws IOException {
        Path data = dir.resolve("data");
        Path backup = Files.writeString(dir.resolve("taken.db"), "keep me");
        try (Database database = new Database(data)) {
            StatusStore store = new StatusStore(database);
            store.record(Actor.TOKEN, "m-1", StatusChange.COMPLETED, "", DAY);
        }

        assertThatThrownBy(() -> StatusBackup.backup(data, backup)).hasMessageContaining("already exists");
        assertThat(Files.readString(backup)).isEqualTo("keep me");
    }

    @Test
    void aFileThatIsNotABackupLeavesTheCurrentStoreUntouched() throws IOException {
        Path data = dir.resolve("data");
        try (Database database = new Database(data)) {
            StatusStore store = new StatusStore(database);
            store.record(Actor.TOKEN, "m-1", StatusChange.COMPLETED, "", DAY);
        }
        Path notes = Files.write(dir.resolve("notes.db"), "不是数据库".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> StatusBackup.restore(notes, data)).hasMessageContaining("not a status store backup");
        try (Database database = new Database(data)) {
            StatusStore store = new StatusStore(database);
            assertThat(store.all()).containsOnlyKeys("m-1");
        }
    }

    private Path copyOfReplaced(Path data) throws IOException {
        Path other = Files.createDirectories(dir.resolve("before"));
        Files.copy(data.resolve(Database.FILE + ".before-restore"), other.resolve(Database.FILE));
        return other;
    }
}
