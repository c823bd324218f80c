package cn.policyportal.bench;

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
     * when it stops, later runs start from it.
     */
    static List<String> classDataSharing(Path archive) {
        return List.of("-XX:SharedArchiveFile=" + archive, "-XX:+AutoCreateSharedArchive", "-Xlog:cds*=off");
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
