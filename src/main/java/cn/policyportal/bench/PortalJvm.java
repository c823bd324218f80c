package cn.policyportal.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a portal command in a JVM of its own, started with the benchmark's own Java
 * and class path and the options {@code bin/portal} gives every run.
 */
final class PortalJvm {

    private PortalJvm() {
    }

    /**
     * The class-data sharing {@code bin/portal serve} uses: the first run writes {@code archive}
     * when it stops, later runs start from it. As the launcher does, an archive older than the
     * class path is removed first: the JVM ignores it without writing a new one (a reused
     * {@code --work} folder after a rebuild).
     */
    static List<String> classDataSharing(Path archive) throws IOException {
        if (Files.exists(archive) && newestClassPathEntry() > Files.getLastModifiedTime(archive).toMillis()) {
            Files.delete(archive);
        }
        return List.of("-XX:SharedArchiveFile=" + archive, "-XX:+AutoCreateSharedArchive", "-Xlog:cds*=off");
    }

    private static long newestClassPathEntry() throws IOException {
        long newest = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.exists(path)) {
                newest = Math.max(newest, Files.getLastModifiedTime(path).toMillis());
            }
        }
        return newest;
    }

    /** {@code java [jvmOptions] cn.policyportal.cli.Main args…}. */
    static ProcessBuilder command(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("--add-modules");
        command.add("jdk.incubator.vector");
        command.add("--enable-native-access=ALL-UNNAMED");
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "cn.policyportal.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }
}
