package cn.policyportal.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

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
        try (StatusStore store = new StatusStore(data)) {
            store.record("m-1", StatusChange.COMPLETED, "已办结", DAY);
            store.record("m-2", StatusChange.COMPLETED, "", DAY);
            StatusBackup.backup(data, backup);
            store.record("m-3", StatusChange.COMPLETED, "备份之后", DAY);
        }

        StatusBackup.restore(backup, data);

        try (StatusStore restored = new StatusStore(data)) {
            assertThat(restored.all()).containsOnlyKeys("m-1", "m-2");
            assertThat(restored.all().get("m-1").getFirst().note()).isEqualTo("已办结");
        }
        try (StatusStore before = new StatusStore(copyOfReplaced(data))) {
            assertThat(before.all()).containsOnlyKeys("m-1", "m-2", "m-3");
        }
    }

    @Test
    void refusesToOverwriteAnExistingBackup() throws IOException {
        Path data = dir.resolve("data");
        Path backup = Files.writeString(dir.resolve("taken.db"), "keep me");
        try (StatusStore store = new StatusStore(data)) {
            store.record("m-1", StatusChange.COMPLETED, "", DAY);
        }

        assertThatThrownBy(() -> StatusBackup.backup(data, backup)).hasMessageContaining("already exists");
        assertThat(Files.readString(backup)).isEqualTo("keep me");
    }

    @Test
    void aFileThatIsNotABackupLeavesTheCurrentStoreUntouched() throws IOException {
        Path data = dir.resolve("data");
        try (StatusStore store = new StatusStore(data)) {
            store.record("m-1", StatusChange.COMPLETED, "", DAY);
        }
        Path notes = Files.write(dir.resolve("notes.db"), "不是数据库".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> StatusBackup.restore(notes, data)).hasMessageContaining("not a status store backup");
        try (StatusStore store = new StatusStore(data)) {
            assertThat(store.all()).containsOnlyKeys("m-1");
        }
    }

    private Path copyOfReplaced(Path data) throws IOException {
        Path other = Files.createDirectories(dir.resolve("before"));
        Files.copy(data.resolve(StatusStore.FILE + ".before-restore"), other.resolve(StatusStore.FILE));
        return other;
    }
}
