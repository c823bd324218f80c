package cn.policyportal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortalJvmTest {

    @Test
    void anArchiveOlderThanTheClassPathIsRemovedAndANewerOneKept(@TempDir Path dir) throws Exception {
        Path stale = Files.writeString(dir.resolve("stale.jsa"), "old");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.EPOCH));
        assertThat(PortalJvm.classDataSharing(stale)).contains("-XX:SharedArchiveFile=" + stale);
        assertThat(stale).doesNotExist();

        Path fresh = Files.writeString(dir.resolve("fresh.jsa"), "new");
        Files.setLastModifiedTime(fresh, FileTime.from(Instant.now().plusSeconds(3600)));
        PortalJvm.classDataSharing(fresh);
        assertThat(fresh).exists();
    }
}
