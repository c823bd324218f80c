package cn.policyportal.index;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Lists the files of a corpus folder and tells when it last changed. */
public final class CorpusScanner {

    private CorpusScanner() {
    }

    /**
     * Every regular, non-hidden file below {@code corpus}, in a stable order, and every link that
     * does not lead to one (broken, looping, or to a folder, which is not followed so that a loop
     * cannot trap the walk): reading those fails, so they are reported rather than silently missing.
     * A link to a file listed already, or to the same file as an earlier link, is left out: the file
     * is indexed once, under its own path, and a search does not show it twice.
     */
    public static List<Path> files(Path corpus) throws IOException {
        List<Path> files = new ArrayList<>();
        Set<Path> links = new HashSet<>();
        Files.walkFileTree(corpus, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(corpus) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!isHidden(file) && (attrs.isRegularFile() || attrs.isSymbolicLink())) {
                    files.add(file);
                    if (attrs.isSymbolicLink()) {
                        links.add(file);
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                files.add(file);
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return links.isEmpty() ? files : withoutRepeatedLinks(corpus, files, links);
    }

    private static List<Path> withoutRepeatedLinks(Path corpus, List<Path> files, Set<Path> links) throws IOException {
        Path root = corpus.toRealPath();
        Set<Path> targets = new HashSet<>();
        for (Path file : files) {
            if (!links.contains(file)) {
                targets.add(root.resolve(corpus.relativize(file)));
            }
        }
        List<Path> kept = new ArrayList<>();
        for (Path file : files) {
            if (!links.contains(file) || leadsToNewFile(file, targets)) {
                kept.add(file);
            }
        }
        return kept;
    }

    /** Whether the link {@code file} leads to a file not in {@code targets}, which it joins; a broken link does. */
    private static boolean leadsToNewFile(Path file, Set<Path> targets) {
        try {
            return targets.add(file.toRealPath());
        } catch (IOException broken) {
            return true;
        }
    }

    /**
     * The newest modification time, in epoch milliseconds, of {@code corpus}, its folders and files.
     * Folders count because adding or removing a file changes its folder's time.
     */
    public static long lastModified(Path corpus) throws IOException {
        long[] newest = {Files.getLastModifiedTime(corpus).toMillis()};
        Files.walkFileTree(corpus, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                newest[0] = Math.max(newest[0], attrs.lastModifiedTime().toMillis());
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                newest[0] = Math.max(newest[0], attrs.lastModifiedTime().toMillis());
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        return newest[0];
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && isHiddenName(name.toString());
    }

    /** Names starting with "." are never indexed: editors' swap files, {@code .removed} and the like. */
    static boolean isHiddenName(String name) {
        return name.startsWith(".");
    }
}
