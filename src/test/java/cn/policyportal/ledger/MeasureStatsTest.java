package cn.policyportal.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import cn.policyportal.accounts.Actor;
import cn.policyportal.accounts.Database;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.policyportal.Seeds;
import cn.policyportal.snapshot.Snapshots;

/** The statistics count from columns; every bucket must equal a count over the listed measures. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeasureStatsTest {

    private static final LocalDate AS_OF = LocalDate.of(2021, 11, 1);

    @TempDir
    static Path dir;

    private Snapshots snapshots;
    private Database database;
    private StatusStore store;
    private MeasureService measures;

    @BeforeAll
    void index() throws IOException {
        snapshots = new Snapshots(Seeds.indexed(dir));
        database = new Database(dir.resolve("data"));
        store = new StatusStore(database);
        measures = new MeasureService(snapshots, store, new Corrections(database));
    }

    @AfterAll
    void close() throws IOException {
        snapshots.close();
        database.close();
    }

    static List<MeasureQuery> queries() {
        return List.of(query(null, Set.of(), null), query("人事局", Set.of(), null), query(null, Set.of("overdue", "ongoing"), null),
                query(null, Set.of(), "科研"), query("没有这个部门", Set.of(), null));
    }

    private static MeasureQuery query(String leadDept, Set<String> statuses, String text) {
        return new MeasureQuery(leadDept, null, null, statuses, null, null, null, text, AS_OF, 1, 50);
    }

    @ParameterizedTest
    @MethodSource("queries")
    void everyDimensionCountsWhatTheListHolds(MeasureQuery query) throws IOException {
        List<MeasureView> listed = measures.all(query);
        for (String by : Dimension.keys()) {
            MeasureStats stats = measures.stats(query, by, true);
            assertThat(stats.total()).as(by).isEqualTo(listed.size());
            Map<String, Integer> counted = new TreeMap<>();
            Map<String, Map<String, Integer>> byStatus = new TreeMap<>();
            for (MeasureView m : listed) {
                for (String key : keys(m, by)) {
                    counted.merge(key, 1, Integer::sum);
                    byStatus.computeIfAbsent(key, k -> new TreeMap<>()).merge(m.status(), 1, Integer::sum);
                }
            }
            Map<String, Integer> reported = new TreeMap<>();
            for (MeasureStats.Bucket bucket : stats.buckets()) {
                reported.put(bucket.key(), bucket.count());
                bucket.byStatus().forEach((status, n) -> assertThat(n).as(by + " " + bucket.key() + " " + status)
                        .isEqualTo(byStatus.get(bucket.key()).getOrDefault(status, 0)));
            }
            assertThat(reported).as(by).isEqualTo(counted);
        }
    }

    @ParameterizedTest
    @MethodSource("queries")
    void bucketsComeLargestFirstOrInTimeOrder(MeasureQuery query) throws IOException {
        List<Integer> counts = measures.stats(query, "lead_dept", false).buckets().stream().map(MeasureStats.Bucket::count).toList();
        assertThat(counts).isSortedAccordingTo((a, b) -> b - a);
        List<String> quarters = measures.stats(query, "due_quarter", false).buckets().stream().map(MeasureStats.Bucket::key).toList();
        if (quarters.contains(Dimension.NO_DUE)) {
            assertThat(quarters.get(quarters.size() - 1)).isEqualTo(Dimension.NO_DUE);
        }
        assertThat(quarters.stream().filter(k -> !k.equals(Dimension.NO_DUE)).toList()).isSorted();
    }

    /** The keys a measure counts under, written out again from the API's fields. */
    private static List<String> keys(MeasureView m, String by) {
        return switch (by) {
            case "lead_dept" -> m.leadDepts().isEmpty() ? List.of(Dimension.UNNAMED) : m.leadDepts();
            case "assist_dept" -> m.assistDepts();
            case "leader" -> m.leadLeaders().isEmpty() ? List.of(Dimension.UNNAMED) : m.leadLeaders();
            case "status" -> List.of(m.status());
            default -> List.of(Dimension.dueKey(m.due(), by));
        };
    }
}
