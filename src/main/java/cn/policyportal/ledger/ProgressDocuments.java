package cn.policyportal.ledger;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gathers what the 通报 says from the ledger: the counts by status exactly as the statistics
 * count them for the same day, and from the round's reports what each department sent.
 */
public final class ProgressDocuments {

    private final MeasureService measures;
    private final Workflow workflow;

    public ProgressDocuments(MeasureService measures, Workflow workflow) {
        this.measures = measures;
        this.workflow = workflow;
    }

    /** The 通报 as of {@code asOf}, on round {@code roundId} (none when {@code null}): its scope is the round's. */
    public ProgressSummary summary(LocalDate asOf, Long roundId) throws IOException {
        Round round = roundId == null ? null : workflow.round(roundId);
        MeasureQuery scope = workflow.scopeQuery(round, asOf);
        MeasureStats byStatus = measures.stats(scope, "status", false);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (MeasureStatus s : MeasureStatus.values()) {
            counts.put(s.code(), byStatus.buckets().stream().filter(b -> b.key().equals(s.code()))
                    .mapToInt(MeasureStats.Bucket::count).sum());
        }
        List<MeasureView> all = measures.all(scope);
        Map<String, Report> reports = round == null ? Map.of() : workflow.reportsByMeasure(round.id());
        Map<String, Integer> byState = new LinkedHashMap<>();
        List<String[]> evidence = new ArrayList<>();
        int reported = 0;
        int accepted = 0;
        for (MeasureView m : all) {
            Report r = reports.get(m.id());
            if (r != null && r.reviewStatus().sent()) {
                reported++;
                accepted += r.reviewStatus() == ReportStatus.ACCEPTED ? 1 : 0;
                byState.merge(r.stateLabel(), 1, Integer::sum);
                r.evidence().forEach(e -> evidence.add(new String[] {m.task(), e.name()}));
            }
        }
        String title = round == null ? "关于重点工作举措进展情况的通报" : "关于“" + round.name() + "”举措进展情况的通报";
        return new ProgressSummary(title, asOf, round, byStatus.total(), counts, byState, reported, accepted,
                departments(all, reports), overdue(all, reports), evidence);
    }

    private static List<ProgressSummary.DepartmentRow> departments(List<MeasureView> all, Map<String, Report> reports) {
        Map<String, int[]> rows = new TreeMap<>();
        for (MeasureView m : all) {
            for (String dept : m.leadDepts().isEmpty() ? List.of(Dimension.UNNAMED) : m.leadDepts()) {
                int[] c = rows.computeIfAbsent(dept, d -> new int[MeasureStatus.values().length + 2]);
                c[0]++;
                c[1] += reports.get(m.id()) != null && reports.get(m.id()).reviewStatus().sent() ? 1 : 0;
                c[2 + MeasureStatus.ofCode(m.status()).ordinal()]++;
            }
        }
        List<ProgressSummary.DepartmentRow> out = new ArrayList<>();
        rows.forEach((dept, c) -> {
            Map<String, Integer> byStatus = new LinkedHashMap<>();
            for (MeasureStatus s : MeasureStatus.values()) {
                byStatus.put(s.code(), c[2 + s.ordinal()]);
            }
            out.add(new ProgressSummary.DepartmentRow(dept, c[0], byStatus, c[1]));
        });
        return out;
    }

    private static List<ProgressSummary.OverdueRow> overdue(List<MeasureView> all, Map<String, Report> reports) {
        return all.stream().filter(m -> m.status().equals(MeasureStatus.OVERDUE.code()))
                .map(m -> {
                    Report r = reports.get(m.id());
                    String reason = r == null || r.progress().isBlank() ? "本轮未报送" : r.stateLabel() + "：" + r.progress();
                    return new ProgressSummary.OverdueRow(m.task(), String.join("、", m.leadDepts()), m.due(), reason);
                })
                .toList();
    }
}
