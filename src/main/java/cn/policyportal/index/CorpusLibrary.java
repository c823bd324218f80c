package cn.policyportal.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.lucene.store.LockObtainFailedException;

import cn.policyportal.ingest.DocumentIds;
import cn.policyportal.ingest.DocumentReader;
import cn.policyportal.ingest.IngestException;
import cn.policyportal.ingest.IngestedDocument;

/**
 * Adds files to the corpus and takes them out on behalf of the portal's administrators, re-indexing
 * after each change, one change at a time.
 *
 * <p>A file is read in full before it is saved, so a file the portal cannot index is refused and
 * leaves the corpus as it was; the indexing run takes that reading instead of extracting the file
 * again. A removed file is moved to the hidden folder {@value #REMOVED_FOLDER}, never destroyed, so
 * a mistaken removal can be undone by moving it back.
 */
public final class CorpusLibrary {

    /** Where uploaded files go, below the corpus folder. */
    public static final String UPLOAD_FOLDER = "上传";
    /** Where removed files go, below the corpus folder; hidden, so the scanner does not index it. */
    public static final String REMOVED_FOLDER = ".removed";

    private static final Pattern FORBIDDEN = Pattern.compile("[/\\\\\\p{Cntrl}]");
    private static final int MAX_NAME_LENGTH = 120;

    /** A change the library refused, with a Chinese message for the person who asked for it. */
    public static final class Refused extends Exception {
        private final boolean conflict;

        Refused(String message, boolean conflict) {
            super(message);
            this.conflict = conflict;
        }

        /** Whether it was refused because of what is already there, rather than what was asked. */
        public boolean conflict() {
            return conflict;
        }
    }

    /**
     * A file that was added.
     *
     * @param path    its path in the corpus
     * @param docId   the id of its document
     * @param summary the indexing run that made it searchable
     */
    public record Added(String path, String docId, IndexSummary summary) {
    }

    private final Path corpus;
    private final Path index;
    private final DocumentReader reader;
    private final CorpusIndexer indexer;

    public CorpusLibrary(Path corpus, Path index, DocumentReader reader, CorpusIndexer indexer) {
        this.corpus = corpus;
        this.index = index;
        this.reader = reader;
        this.indexer = indexer;
    }

    /**
     * Saves {@code bytes} as {@code fileName} in the upload folder and indexes it.
     *
     * @throws Refused        when the name is not a plain file name or is already taken
     * @throws IngestException when the content cannot become a document (nothing is saved)
     */
    public synchronized Added add(String fileName, byte[] bytes) throws Refused, IngestException, IOException {
        String name = plainName(fileName);
        String relative = UPLOAD_FOLDER + "/" + name;
        IngestedDocument checked = reader.fromBytes(relative, bytes);
        Path folder = Files.createDirectories(corpus.resolve(UPLOAD_FOLDER));
        Path target = folder.resolve(name);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new Refused("已有同名文件：" + relative + "；请先删除它或改用其他文件名", true);
        }
        Path partial = folder.resolve("." + name + ".part");
        Files.write(partial, bytes);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        IndexSummary summary = reindex("文件已保存为 " + relative, Map.of(relative, checked));
        return new Added(relative, DocumentIds.forPath(relative), summary);
    }

    /**
     * Moves the file at {@code relativePath} out of the corpus into the removed folder and re-indexes.
     *
     * @throws Refused when the path does not name a file inside the corpus
     */
    public synchronized IndexSummary remove(String relativePath) throws Refused, IOException {
        Path root = corpus.toRealPath();
        Path file = root.resolve(relativePath).normalize();
        if (!file.startsWith(root) || file.equals(root) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new Refused("语料中没有这个文件：" + relativePath, false);
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
        Path removed = Files.createDirectories(root.resolve(REMOVED_FOLDER).resolve(stamp));
        Files.move(file, removed.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        return reindex("文件已移出语料", Map.of());
    }

    /** Indexes the corpus; when another process is indexing, says that {@code done} and the rest follows. */
    private IndexSummary reindex(String done, Map<String, IngestedDocument> alreadyRead) throws Refused, IOException {
        try {
            return indexer.index(corpus, index, IndexProgress.NONE, alreadyRead);
        } catch (LockObtainFailedException e) {
            throw new Refused(done + "，但另一个索引进程正在运行，检索结果要等它结束后的下一次索引才会更新", true);
        }
    }

    /** {@code fileName} if it names a plain, visible file; a path, a hidden name or control characters are refused. */
    static String plainName(String fileName) throws Refused {
        String name = fileName == null ? "" : fileName.strip();
        if (name.isEmpty()) {
            throw new Refused("缺少文件名", false);
        }
        if (FORBIDDEN.matcher(name).find() || CorpusScanner.isHiddenName(name)) {
            throw new Refused("文件名不能包含路径分隔符或控制字符，也不能以“.”开头：" + name.replaceAll("\\p{Cntrl}", "?"), false);
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new Refused("文件名过长（最多 " + MAX_NAME_LENGTH + " 个字符）", false);
        }
        return name;
    }
}
