package cn.policyportal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flags over environment variables over defaults, and where the admin token is read from. */
class PortalConfigTest {

    @TempDir
    Path dir;

    @Test
    void dataFlagReadsTheAdminTokenOfTheFolderItNames_bugTokenReadFromDefaultFolder() throws Exception {
        Files.writeString(dir.resolve("admin-token"), "token-in-flag-folder\n");
        PortalConfig config = PortalConfig.fromEnvironment(Map.of())
                .withFlags(List.of("--data", dir.toString())).config();
        assertThat(config.data()).isEqualTo(dir);
        assertThat(config.adminToken()).isEqualTo("token-in-flag-folder");
    }

    @Test
    void theEnvironmentTokenWinsOverTheFile() throws Exception {
        Files.writeString(dir.resolve("admin-token"), "from-file");
        PortalConfig config = PortalConfig.fromEnvironment(Map.of("PORTAL_ADMIN_TOKEN", "from-env", "PORTAL_DATA", dir.toString()));
        assertThat(config.adminToken()).isEqualTo("from-env");
    }

    @Test
    void withoutEitherWritesAreRefused() throws Exception {
        PortalConfig config = PortalConfig.fromEnvironment(Map.of("PORTAL_DATA", dir.toString()));
        assertThat(config.adminToken()).isNull();
    }

    @Test
    void flagsWinOverTheEnvironment() throws Exception {
        PortalConfig.Parsed parsed = PortalConfig.fromEnvironment(Map.of("PORTAL_PORT", "8080", "PORTAL_HOST", "0.0.0.0"))
                .withFlags(List.of("--port", "9090", "--extra"));
        assertThat(parsed.config().port()).isEqualTo(9090);
        assertThat(parsed.config().host()).isEqualTo("0.0.0.0");
        assertThat(parsed.rest()).containsExactly("--extra");
    }
}
