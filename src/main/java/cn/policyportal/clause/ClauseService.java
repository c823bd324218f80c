package cn.policyportal.clause;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import cn.policyportal.index.DocumentInfo;
import cn.policyportal.snapshot.InvalidQueryException;
import cn.policyportal.snapshot.NotFoundException;
import cn.policyportal.snapshot.Snapshot;
import cn.policyportal.snapshot.Snapshots;
import cn.policyportal.versions.Validities;

/** Resolves clause references typed by a person (《X》第N条, 第四章) against the current index. */
public final class ClauseService {

    private final Snapshots snapshots;
    private final Validities validities;

    public ClauseService(Snapshots snapshots, Validities validities) {
        this.snapshots = snapshots;
        this.validities = validities;
    }

    /**
     * Resolves a clause reference typed by a person, such as 巡视工作协作配合实施办法第十六条.
     *
     * @throws InvalidQueryException when the text names no article or chapter
     * @throws NotFoundException     when nothing fits; the exception suggests the nearest titles
     */
    public ClauseAnswer clause(String text) throws IOException {
        ClauseQuery query = ClauseQuery.parse(text).orElseThrow(() -> new InvalidQueryException(
                "请写明条款，例如：巡视工作协作配合实施办法第十六条、第九条、实施办法第四章"));
        return snapshots.read(s -> new ClauseResolver(s, validities).resolve(query));
    }

    /**
     * The unit a clause-like {@code text} names on {@code snapshot}, if it names one that exists:
     * among documents that have it (of a titled rule, its version in force), the first of
     * {@code preferred} that does, else the newest.
     */
    public static Optional<ClauseAnswer.Match> first(Snapshot snapshot, Validities validities, String text,
            List<DocumentInfo> preferred) {
        return ClauseQuery.parse(text).flatMap(clause -> new ClauseResolver(snapshot, validities).first(clause, preferred));
    }

    /** The titles on {@code snapshot} closest to {@code title}, for a search or lookup that found nothing. */
    public static List<String> nearestTitles(Snapshot snapshot, String title) {
        return new ClauseResolver(snapshot, Validities.TEXT_ONLY).nearestTitles(title);
    }
}
