package cn.policyportal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import cn.policyportal.ingest.DocumentIds;

/**
 * Laws over time for the tests of versions and validity: 27 files of the bench laws (ten rules in
 * several versions, three repealed by a later rule, two amendments to the constitution) and texts
 * made for the tests (公司法 in two versions, 民法典 in one file per part, two 保险法 interpretations,
 * a rule not yet in force).
 */
public final class RuleFixtures {

    public static final Path LAWS = Path.of("src/test/resources/versions/laws");
    public static final Path MADE = Path.of("src/test/resources/versions/made");

    private RuleFixtures() {
    }

    /** Every fixture, file name to text. */
    public static Map<String, String> all() {
        Map<String, String> files = new LinkedHashMap<>();
        for (Path folder : new Path[] {LAWS, MADE}) {
            try (Stream<Path> list = Files.list(folder)) {
                for (Path f : list.sorted().toList()) {
                    files.put(f.getFileName().toString(), Files.readString(f));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** The document id of fixture {@code fileName} in a corpus that holds it at its top. */
    public static String id(String fileName) {
        return DocumentIds.forPath(fileName);
    }
}
