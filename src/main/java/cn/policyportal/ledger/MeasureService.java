package cn.policyportal.ledger;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import cn.policyportal.accounts.Actor;
import cn.policyportal.accounts.DepartmentNames;
import cn.policyportal.index.DocumentInfo;
import cn.policyportal.measures.Measure;
import cn.policyportal.snapshot.InvalidQueryException;
import cn.policyportal.snapshot.Links;
import cn.policyportal.snapshot.NotFoundException;
import cn.policyportal.snapshot.Snapshot;
import cn.policyportal.snapshot.Snapshots;

/**
 * Lists, counts and exports the measures of the corpus with their statuses, and records status
 * changes. Measures come from the index (re-read when it changes); statuses from the status store.
 */
public final class MeasureService {

    private final Snapshots snapshots;
    private final StatusStore store;
    private final Corrections corrections;
    /** The views of every measure for one snapshot, day and set of recorded statuses: most requests share them. */
    private final AtomicReference<Views> views = new AtomicReference<>();

    /** Every measure's view, computed once for a snapshot, a day and a set of recorded statuses. */
    private record Views(Snapshot snapshot, LocalDate asOf, Map<String, List<StatusChange>> statuses,
                         Map<String, List<DepartmentCorrection>> corrections, List<MeasureView> all, MeasureTable table) {
    }

    public MeasureService(Snapshots snapshots, StatusStore store, Corrections corrections) {
        this.snapshots = snapshots;
        this.store = store;
        this.corrections = corrections;
    }

    /** One page of the measures {@code query} selects, in document order. */
    public MeasurePage list(MeasureQuery query) throws IOException {
        List<MeasureView> all = select(query);
        int from = Math.min((query.page() - 1) * query.size(), all.size());
        int to = Math.min(from + query.size(), all.size());
        return new MeasurePage(query.asOf(), all.size(), all.subList(from, to));
    }

    /** Every measure {@code query} selects, whatever its page: what an export writes. */
    public List<MeasureView> all(MeasureQuery query) throws IOException {
        return select(query);
    }

    /**
     * The measures {@code query} selects, counted by {@code by}, and within each bucket by status
     * when {@code thenStatus}.
     */
    public MeasureStats stats(MeasureQuery query, String by, boolean thenStatus) throws IOException {
        Dimension dimension = Dimension.of(by);
        return snapshots.read(snapshot -> {
            Views views = viewsOf(snapshot, query.asOf());
            Predicate<MeasureView> selected = filter(query);
            int[] rows = query.selectsAll() ? null
                    : IntStream.range(0, views.all().size()).filter(i -> selected.test(views.all().get(i))).toArray();
            MeasureTable.Counts counts = views.table().count(dimension, rows);
            List<MeasureStats.Bucket> buckets = new ArrayList<>();
            for (int key = 0; key < counts.keys().size(); key++) {
                if (counts.byKey()[key] > 0) {
                    buckets.add(new MeasureStats.Bucket(counts.keys().get(key), counts.byKey()[key],
                            thenStatus ? byStatus(counts.byKeyAndStatus()[key]) : null));
                }
            }
            Comparator<MeasureStats.Bucket> order = dimension.inTimeOrder()
                    ? Comparator.comparing(MeasureStats.Bucket::key,
                            Comparator.comparing((String k) -> k.equals(Dimension.NO_DUE)).thenComparing(k -> k))
                    : Comparator.comparing((MeasureStats.Bucket b) -> -b.count()).thenComparing(MeasureStats.Bucket::key);
            buckets.sort(order);
            return new MeasureStats(by, query.asOf(), rows == null ? views.all().size() : rows.length, buckets);
        });
    }

    /**
     * Records a status change of measure {@code id}.
     *
     * @throws NotFoundException     when there is no such measure
     * @throws InvalidQueryException when the status is not one that can be recorded
     */
    public MeasureView record(Actor by, String id, String status, String note, LocalDate date) throws IOException {
        by.requireAdmin();
        if (!StatusChange.COMPLETED.equals(status) && !StatusChange.REOPENED.equals(status)) {
            throw new InvalidQueryException("只能登记 completed（已完成）或 reopened（撤销完成），收到的是“" + status + "”");
        }
        if (note != null && note.length() > 2000) {
            throw new InvalidQueryException("说明过长，请控制在 2000 字以内");
        }
        LocalDate today = LocalDate.now();
        if (date.isAfter(today)) {
            throw new InvalidQueryException("日期 date 不能晚于今天（" + today + "）");
        }
        Measure measure = measure(id);
        store.record(by, id, status, note, date);
        return snapshots.read(s -> view(s, measure, today));
    }

    /**
     * Sets the departments of measure {@code id} by hand; they hold until corrected again, whatever
     * re-indexing reads, and a reporter's measures follow them.
     *
     * @throws NotFoundException     when there is no such measure
     * @throws InvalidQueryException when no lead department is given or the note is too long
     */
    public MeasureView correctDepartments(Actor by, String id, List<String> lead, List<String> assist, String note)
            throws IOException {
        by.requireAdmin();
        List<String> leadDepts = DepartmentNames.fold(lead);
        List<String> assistDepts = DepartmentNames.fold(assist).stream().filter(d -> !leadDepts.contains(d)).toList();
        if (leadDepts.isEmpty()) {
            throw new InvalidQueryException("请至少填写一个牵头部门（lead_depts）");
        }
        if (note != null && note.length() > 2000) {
            throw new InvalidQueryException("说明过长，请控制在 2000 字以内");
        }
        Measure measure = measure(id);
        LocalDate today = LocalDate.now();
        MeasureView before = snapshots.read(s -> view(s, measure, today));
        corrections.record(by, before, leadDepts, assistDepts, note == null ? "" : note);
        return snapshots.read(s -> view(s, measure, today));
    }

    /**
     * Measure {@code id} as of {@code asOf}.
     *
     * @throws NotFoundException when there is none
     */
    public MeasureView find(String id, LocalDate asOf) throws IOException {
        Measure measure = measure(id);
        return snapshots.read(s -> view(s, measure, asOf));
    }

    private Measure measure(String id) throws IOException {
        return snapshots.read(s -> s.measures().stream().filter(m -> m.id().equals(id)).findFirst())
                .orElseThrow(() -> new NotFoundException("没有编号为“" + id + "”的举措"));
    }

    /** The progress counts stated by the corpus's rectification reports, as the indexer read them. */
    public List<ProgressView> progress() throws IOException {
        return snapshots.read(s -> s.documents().stream()
                .flatMap(doc -> s.progress(doc.docId()).stream().map(r -> new ProgressView(doc.docId(), doc.title(),
                        doc.date(), r, Links.unit(doc.docId(), r.path()))))
                .toList());
    }

    private List<MeasureView> select(MeasureQuery q) throws IOException {
        return snapshots.read(s -> viewsOf(s, q.asOf()).all().stream().filter(filter(q)).toList());
    }

    private static Predicate<MeasureView> filter(MeasureQuery q) {
        return m -> (q.docId() == null || m.docId().equals(q.docId()))
                && (q.leadDept() == null || m.leadDepts().contains(q.leadDept()))
                && (q.assistDept() == null || m.assistDepts().contains(q.assistDept()))
                && (q.leader() == null || m.leadLeaders().contains(q.leader()))
                && (q.text() == null || contains(m, q.text()))
                && inDueRange(m.due(), q)
                && (q.statuses().isEmpty() || q.statuses().contains(m.status()))
                && (q.ids() == null || q.ids().contains(m.id()))
                && (q.dueWithin() == null || dueSoon(m, q.asOf(), q.dueWithin()));
    }

    private Views viewsOf(Snapshot snapshot, LocalDate asOf) {
        Map<String, List<StatusChange>> statuses = store.all();
        Map<String, List<DepartmentCorrection>> corrected = corrections.all();
        Views cached = views.get();
        if (cached != null && cached.snapshot() == snapshot && cached.asOf().equals(asOf) && cached.statuses() == statuses
                && cached.corrections() == corrected) {
            return cached;
        }
        List<MeasureView> all = snapshot.measures().stream().map(m -> view(snapshot, m, asOf)).toList();
        Views fresh = new Views(snapshot, asOf, statuses, corrected, all, new MeasureTable(all));
        views.set(fresh);
        return fresh;
    }

    private MeasureView view(Snapshot snapshot, Measure m, LocalDate asOf) {
        List<StatusChange> history = store.all().getOrDefault(m.id(), List.of());
        MeasureStatus status = MeasureStatus.of(m, history, asOf);
        DocumentInfo doc = snapshot.info(m.docId());
        List<DepartmentCorrection> corrected = corrections.all().get(m.id());
        DepartmentCorrection latest = corrected == null ? null : corrected.get(corrected.size() - 1);
        return new MeasureView(m.id(), m.docId(), doc == null ? null : doc.title(), m.path(), m.category(), m.task(),
                m.text(), m.leadLeaders(), m.coLeaders(), latest == null ? m.leadDepts() : latest.leadDepts(),
                latest == null ? m.assistDepts() : latest.assistDepts(), m.deadline(), m.deadline().due(), status.code(),
                status.label(), history, Links.unit(m.docId(), m.path()), corrected);
    }

    /** Whether the measure's words, departments or leaders contain {@code text} (人事 finds 人事局). */
    private static boolean contains(MeasureView m, String text) {
        return Stream.of(Stream.of(m.task(), m.text(), m.category()), m.leadDepts().stream(),
                        m.assistDepts().stream(), m.leadLeaders().stream(), m.coLeaders().stream())
                .flatMap(s -> s)
                .anyMatch(s -> s != null && s.contains(text));
    }

    /** 临期: open, and due from {@code asOf} to {@code days} days after it. */
    private static boolean dueSoon(MeasureView m, LocalDate asOf, int days) {
        return m.due() != null && !m.status().equals(MeasureStatus.COMPLETED.code()) && !m.due().isBefore(asOf)
                && !m.due().isAfter(asOf.plusDays(days));
    }

    private static boolean inDueRange(LocalDate due, MeasureQuery q) {
        if (q.dueFrom() == null && q.dueTo() == null) {
            return true;
        }
        return due != null && (q.dueFrom() == null || !due.isBefore(q.dueFrom()))
                && (q.dueTo() == null || !due.isAfter(q.dueTo()));
    }

    private static Map<String, Integer> byStatus(int[] countByOrdinal) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (MeasureStatus s : MeasureStatus.values()) {
            counts.put(s.code(), countByOrdinal[s.ordinal()]);
        }
        return counts;
    }
}
