package cn.policyportal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real portal on the seeds (and any extra files a test class adds), indexed into a fresh folder
 * and served on a free port. Registered on a static field it serves a whole test class; on an
 * instance field, each test gets its own.
 */
public final class SeedPortal implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private final Map<String, byte[]> extraFiles;
    private Path dir;
    private TestPortal portal;
    private boolean perTest;

    public SeedPortal() {
        this(Map.of());
    }

    private SeedPortal(Map<String, byte[]> extraFiles) {
        this.extraFiles = extraFiles;
    }

    /** A portal whose corpus holds the seeds and {@code files} (name to UTF-8 text). */
    public static SeedPortal withFiles(Map<String, String> files) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return new SeedPortal(bytes);
    }

    public TestPortal portal() {
        return portal;
    }

    /** The folder the corpus, index and data live in, which the test may also use. */
    public Path dir() {
        return dir;
    }

    public Path corpus() {
        return dir.resolve("corpus");
    }

    /** Stops the portal and starts another on the same folders, re-indexing first when {@code reindex}. */
    public TestPortal restart(boolean reindex) throws IOException {
        portal.close();
        portal = new TestPortal(corpus(), dir.resolve("index"), dir.resolve("index-data"), reindex);
        return portal;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        start();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        if (portal == null) {
            perTest = true;
            start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (perTest) {
            stop();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        stop();
    }

    private void start() throws IOException {
        dir = Files.createTempDirectory("seed-portal");
        Seeds.copyAll(corpus());
        for (Map.Entry<String, byte[]> file : extraFiles.entrySet()) {
            Files.write(corpus().resolve(file.getKey()), file.getValue());
        }
        portal = new TestPortal(corpus(), dir.resolve("index"));
    }

    private void stop() throws IOException {
        if (portal == null) {
            return;
        }
        portal.close();
        portal = null;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
