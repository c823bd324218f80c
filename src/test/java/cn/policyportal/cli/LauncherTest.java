package cn.policyportal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real {@code bin/portal} launcher as a newcomer's shell would. */
class LauncherTest {

    private static final Path LAUNCHER = Path.of("bin/portal").toAbsolutePath();
    private static final Pattern CHOSEN = Pattern.compile("JDK:\\s+(\\S+) \\(Java (\\d+)\\)");

    private record Result(int exitCode, String output) {
    }

    private static Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        return run(LAUNCHER, env, args);
    }

    private static Result run(Path launcher, Map<String, String> env, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(
                java.util.stream.Stream.concat(java.util.stream.Stream.of("bash", launcher.toString()),
                        java.util.stream.Stream.of(args)).toList()).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    private static Path oldJdk() throws IOException {
        try (var dirs = Files.list(Path.of("/usr/lib/jvm"))) {
            return dirs.filter(d -> d.getFileName().toString().contains("17"))
                    .filter(d -> Files.isExecutable(d.resolve("bin/java")))
                    .findFirst().orElse(null);
        }
    }

    @Test
    void findsAJdk21OrNewerWhenOnlyAnOlderJavaIsOnThePathAndInJavaHome() throws Exception {
        Path old = oldJdk();
        Map<String, String> env = old == null
                ? Map.of("PATH", "/usr/bin:/bin", "HOME", System.getProperty("user.home"))
                : Map.of("PATH", old.resolve("bin") + ":/usr/bin:/bin", "JAVA_HOME", old.toString(),
                        "HOME", System.getProperty("user.home"));
        Result result = run(env, "doctor");
        assertThat(result.exitCode()).as(result.output()).isZero();
        Matcher chosen = CHOSEN.matcher(result.output());
        assertThat(chosen.find()).as(result.output()).isTrue();
        assertThat(Integer.parseInt(chosen.group(2))).isGreaterThanOrEqualTo(21);
        assertThat(Path.of(chosen.group(1), "bin", "javac")).isExecutable();
    }

    @Test
    void aJdksVersionIsReadFromItsReleaseFileWithoutStartingItsJava(@TempDir Path dir) throws Exception {
        Path jdk = fakeJdk(dir.resolve("jdk-release"), "#!/bin/sh\nexit 1\n");
        Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"23.0.1\"\n");
        Result result = run(Map.of("PATH", "/usr/bin:/bin", "JAVA_HOME", jdk.toString(), "HOME", System.getProperty("user.home")),
                "doctor");
        assertThat(result.output()).contains("JDK:   " + jdk + " (Java 23)");
    }

    @Test
    void aJdkWithoutAReleaseFileIsAskedForItsVersion(@TempDir Path dir) throws Exception {
        Path jdk = fakeJdk(dir.resolve("jdk-plain"), "#!/bin/sh\necho '    java.specification.version = 22' >&2\n");
        Result result = run(Map.of("PATH", "/usr/bin:/bin", "JAVA_HOME", jdk.toString(), "HOME", System.getProperty("user.home")),
                "doctor");
        assertThat(result.output()).contains("JDK:   " + jdk + " (Java 22)");
    }

    @Test
    void aClassDataArchiveOlderThanTheJarIsRemovedBeforeServingAndHelpUsesNone(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("portal");
        Path launcher = Files.createDirectories(root.resolve("bin")).resolve("portal");
        Files.copy(LAUNCHER, launcher);
        FileTime before = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
        for (Path source : List.of(Files.createDirectories(root.resolve("src/main")),
                Files.createDirectories(root.resolve("web")), Files.writeString(root.resolve("pom.xml"), "<project/>"))) {
            Files.setLastModifiedTime(source, before);
        }
        Path archive = Files.writeString(Files.createDirectories(root.resolve("target")).resolve("portal-serve.jsa"), "old");
        Files.setLastModifiedTime(archive, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        Files.writeString(root.resolve("target/portal.jar"), "rebuilt");
        Path jdk = fakeJdk(dir.resolve("jdk"), "#!/bin/sh\necho \"java $*\"\n");
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"25\"\n");
        Map<String, String> env = Map.of("PATH", "/usr/bin:/bin", "JAVA_HOME", jdk.toString(), "HOME", System.getProperty("user.home"));

        Result help = run(launcher, env, "serve", "--help");
        assertThat(help.output()).contains("java ", "serve --help").doesNotContain("SharedArchiveFile");
        assertThat(archive).exists();

        Result serve = run(launcher, env, "serve", "--port", "0");
        assertThat(serve.output()).contains("-XX:SharedArchiveFile=" + archive, "serve --port 0");
        assertThat(archive).doesNotExist();
    }

    /** A folder laid out as a JDK whose {@code java} runs {@code script}. */
    private static Path fakeJdk(Path home, String script) throws IOException {
        Path bin = Files.createDirectories(home.resolve("bin"));
        for (String tool : List.of("java", "javac")) {
            Files.writeString(bin.resolve(tool), script);
            bin.resolve(tool).toFile().setExecutable(true);
        }
        return home;
    }

    @Test
    void unknownCommandsAreRefusedWithTheUsage() throws Exception {
        Result result = run(Map.of("PATH", "/usr/bin:/bin"), "frobnicate");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).contains("Unknown command 'frobnicate'", "serve", "index", "test");
    }

    @Test
    void theJarsOwnHelpListsTheCommandsAndOptions() {
        assertThat(Main.run(List.of("--help"))).isZero();
        assertThat(Main.run(List.of("index", "--help"))).isZero();
        assertThat(Main.run(List.of("index", "--bogus"))).isEqualTo(2);
        assertThat(Main.run(List.of("nonsense"))).isEqualTo(2);
        assertThat(IndexCommand.HELP).contains("--corpus", "--index");
        assertThat(ServeCommand.HELP).contains("--port", "--corpus", "--index");
    }
}
