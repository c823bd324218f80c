package cn.policyportal.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * What the last committed indexing run recorded: when it ran and which files failed. Kept in the
 * Lucene commit's user data, so it is exactly as atomic as the index it describes.
 *
 * @param indexedAt epoch milliseconds at which the run that made this commit started
 * @param failures  the files that run could not index
 */
public record IndexStatus(long indexedAt, List<IndexSummary.Failure> failures, int schema) {

    /**
     * The version of what the indexer writes. An index written with another version is rebuilt
     * whole, whatever the content hashes say: its blocks lack fields the search now reads, or hold
     * text that the cleaning and structure parsing now read differently (6: a heading wrapped over
     * newspaper column lines no longer runs into the paragraph after it; 7: structures, references and
     * progress counts are stored, not parsed again when read; 8: each rule's history — version, 施行
     * date, repeal statements — is stored, and a title is read from a text's own title line that
     * holds the file's name; 9: a scan's OCR pages and confidence are stored for its badge, and every file's text quality; a PDF's wrapped lines are joined again where they begin with a cited article, a department note or a note's field;
     * 10: every unit carries its unit key, which the vector index names it by; 11: the place a local
     * rule is made for; a PDF's paragraphs follow its page layout, its ruled tables are read as rows,
     * and its scanned pages are OCR'd in their place).
     */
    public static final int SCHEMA = 11;

    static final String INDEXED_AT = "indexed_at";
    static final String SCHEMA_KEY = "schema";
    static final String FAILURES = "failures";
    private static final String FIELD_SEPARATOR = "\u001F";
    private static final String RECORD_SEPARATOR = "\u001E";

    public IndexStatus {
        failures = List.copyOf(failures);
    }

    /** The status of a run of the current indexer. */
    IndexStatus(long indexedAt, List<IndexSummary.Failure> failures) {
        this(indexedAt, failures, SCHEMA);
    }

    /** The status of the index in {@code indexDir}, or empty when there is no committed index. */
    public static Optional<IndexStatus> read(Path indexDir) throws IOException {
        if (!Files.isDirectory(indexDir)) {
            return Optional.empty();
        }
        try (Directory dir = FSDirectory.open(indexDir)) {
            if (!DirectoryReader.indexExists(dir)) {
                return Optional.empty();
            }
            return Optional.of(fromCommitData(SegmentInfos.readLatestCommit(dir).getUserData()));
        }
    }

    /** Whether {@code corpus} has changed since this index was made (or there is no index). */
    public static boolean isStale(Path corpus, Path indexDir) throws IOException {
        Optional<IndexStatus> status = read(indexDir);
        return status.isEmpty() || status.get().schema() != SCHEMA
                || CorpusScanner.lastModified(corpus) > status.get().indexedAt();
    }

    Map<String, String> toCommitData() {
        Map<String, String> data = new HashMap<>();
        data.put(INDEXED_AT, Long.toString(indexedAt));
        data.put(SCHEMA_KEY, Integer.toString(schema));
        List<String> records = new ArrayList<>();
        for (IndexSummary.Failure f : failures) {
            records.add(String.join(FIELD_SEPARATOR, f.path(), f.reason(), f.message(), Boolean.toString(f.keptPrevious())));
        }
        data.put(FAILURES, String.join(RECORD_SEPARATOR, records));
        return data;
    }

    /** The status recorded in a commit's user data. */
    public static IndexStatus of(Map<String, String> data) {
        return fromCommitData(data);
    }

    static IndexStatus fromCommitData(Map<String, String> data) {
        long indexedAt = Long.parseLong(data.getOrDefault(INDEXED_AT, "0"));
        List<IndexSummary.Failure> failures = new ArrayList<>();
        String encoded = data.getOrDefault(FAILURES, "");
        if (!encoded.isEmpty()) {
            for (String record : encoded.split(RECORD_SEPARATOR, -1)) {
                String[] f = record.split(FIELD_SEPARATOR, -1);
                if (f.length == 4) {
                    failures.add(new IndexSummary.Failure(f[0], f[1], f[2], Boolean.parseBoolean(f[3])));
                }
            }
        }
        return new IndexStatus(indexedAt, failures, Integer.parseInt(data.getOrDefault(SCHEMA_KEY, "1")));
    }
}
