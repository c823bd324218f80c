package cn.policyportal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import cn.policyportal.index.CorpusIndexer;
import cn.policyportal.index.IndexProgress;
import cn.policyportal.ingest.DocumentReader;

/** The five bundled corpus documents, used as real fixtures by the tests. */
public enum Seeds {
    CAS_REPORT("中共中国科学院党组关于巡视整改进展情况的通报.txt"),
    MOST_REPORT("中共科学技术部党组关于巡视整改进展情况的通报（科技日报版面）.txt"),
    INSPECTION_RULES("中共中国科学院党组巡视工作协作配合实施办法（试行）.txt"),
    SUPERVISION_RULES("党建工作督查实施办法（试行）.txt"),
    WORK_PLAN("中共中国科学院党组贯彻落实习近平总书记在两院院士大会上重要讲话和大会精神重点工作分工方案.txt");

    /** The corpus folder of the repository; tests run with the project root as working directory. */
    public static final Path CORPUS = Path.of("corpus");

    private final String fileName;

    Seeds(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    public Path path() {
        return CORPUS.resolve(fileName);
    }

    public byte[] bytes() {
        try {
            return Files.readAllBytes(path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String text() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    /** Copies every seed into {@code dir}, which is created if needed. */
    public static void copyAll(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Seeds seed : values()) {
            Files.copy(seed.path(), dir.resolve(seed.fileName), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Copies every seed into {@code dir/corpus}, indexes them into {@code dir/index} and returns that folder. */
    public static Path indexed(Path dir) throws IOException {
        copyAll(dir.resolve("corpus"));
        new CorpusIndexer(new DocumentReader(10_000_000), 2).index(dir.resolve("corpus"), dir.resolve("index"), IndexProgress.NONE);
        return dir.resolve("index");
    }

    /** Every seed, for parameterised tests. */
    public static Stream<Seeds> all() {
        return Stream.of(values());
    }

    /** The Han characters of {@code text}, in order. */
    public static String hanCharacters(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints()
                .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    public static List<Seeds> list() {
        return List.of(values());
    }
}
