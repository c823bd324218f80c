package cn.policyportal.documents;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import cn.policyportal.index.IndexStatus;
import cn.policyportal.index.IndexSummary;
import cn.policyportal.text.TextQuality;

/**
 * What the last indexing run left: when it ran, the files it could not index, and for every indexed
 * file how well its text came out of it (a file with a warning is indexed and searchable).
 *
 * @param indexedAt when the run that made the index started, ISO instant
 * @param failures  the files that could not be indexed, each with its reason
 * @param files     every indexed file by path, with its text's quality
 */
public record IngestReport(String indexedAt, List<IndexSummary.Failure> failures, List<File> files) {

    /** One indexed file and how well its text came out of it. */
    public record File(String path, String docId, String title, @JsonUnwrapped TextQuality quality) {
    }

    static IngestReport of(IndexStatus status, List<File> files) {
        return new IngestReport(Instant.ofEpochMilli(status.indexedAt()).toString(), status.failures(),
                files.stream().sorted(Comparator.comparing(File::path)).toList());
    }
}
