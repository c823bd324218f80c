package cn.policyportal.ledger;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.policyportal.accounts.Actor;
import cn.policyportal.accounts.AuditLog;
import cn.policyportal.accounts.Database;
import cn.policyportal.accounts.Refusal;
import cn.policyportal.accounts.Role;
import cn.policyportal.snapshot.NotFoundException;

/**
 * The supervision workflow (督查督办): the office opens a round, each lead department reports on
 * its measures with evidence, the office accepts or returns each report, and an accepted
 * 已完成 records the measure's completion. Each write is one transaction with its audit entry.
 */
public final class Workflow {

    /** The most evidence files one submission carries. */
    public static final int MAX_FILES = 10;
    private static final int MAX_PROGRESS = 5000;
    private static final Pattern EVIDENCE_NAME = Pattern.compile("[^/\\\\\\p{Cntrl}]{1,200}\\.(?i:pdf|docx|doc|png|jpe?g|gif)");

    private final Database database;
    private final MeasureService measures;
    private final StatusStore statuses;
    private final EvidenceCheck check;
    private final long maxEvidenceBytes;

    public Workflow(Database database, MeasureService measures, StatusStore statuses, EvidenceCheck check,
                    long maxEvidenceBytes) throws IOException {
        this.database = database;
        this.measures = measures;
        this.statuses = statuses;
        this.check = check;
        this.maxEvidenceBytes = maxEvidenceBytes;
        database.schema(WorkflowStore.SCHEMA);
        database.schema(NoteStore.SCHEMA);
    }

    /**
     * Opens a round over the measures {@code filter} selects: every measure when it is {@code null} or
     * sets nothing, one document's when it names only that document, else those it selects today.
     *
     * <p>A filter's measures are fixed when the round opens, while a round over every measure or
     * one document follows the corpus. A filter speaks of states that the round itself changes:
     * "已逾期" or "本轮未报送" measures stop being so once they are reported and accepted, and a
     * filter read again on each use would drop them from the round, their reports from its
     * 报送率 and the 本轮未报送 list, mid-round. What the office announced ("共12项") stays the
     * round's scope; a department correction still moves a measure to its new desk.
     */
    public Round openRound(Actor by, String name, LocalDate due, RoundFilter filter) throws IOException {
        by.requireAdmin();
        String title = name == null ? "" : name.strip();
        if (title.isEmpty() || title.length() > 100) {
            throw Refusal.unprocessable("请填写轮次名称（name），不超过 100 字，例如“2026年12月进展报送”");
        }
        if (due == null) {
            throw Refusal.unprocessable("请填写报送截止日期（due），格式如 2026-12-31");
        }
        if (filter != null && !filter.query().selectsAll() && !filter.query().onlyDocument()) {
            return openFiltered(by, title, due, filter);
        }
        String docId = filter == null ? null : filter.query().docId();
        List<MeasureView> inScope = measures.all(everyMeasure(docId, LocalDate.now()));
        if (docId != null && inScope.isEmpty()) {
            throw Refusal.unprocessable("文件“" + docId + "”中没有举措，不能作为报送范围");
        }
        String label = docId == null ? ScopeLabel.everyMeasure() : ScopeLabel.document(
                inScope.get(0).docTitle() == null ? docId : inScope.get(0).docTitle());
        return database.write(tx -> {
            Round round = WorkflowStore.insertRound(tx, title, due, docId, null, label, List.of(), by.name());
            AuditLog.append(tx, by, "round.open", "round/" + round.id(), null, round);
            return round;
        });
    }

    private Round openFiltered(Actor by, String title, LocalDate due, RoundFilter filter) throws IOException {
        List<MeasureView> selected = measures.all(filter.query());
        if (selected.isEmpty()) {
            throw Refusal.unprocessable("按这个筛选条件没有举措，不能作为报送范围：请在举措页调整筛选后再开启");
        }
        String label = ScopeLabel.of(filter.query(), selected.get(0).docTitle(), selected.size());
        List<String> ids = selected.stream().map(MeasureView::id).toList();
        return database.write(tx -> {
            Round round = WorkflowStore.insertRound(tx, title, due, null, filter.text(), label, ids, by.name());
            AuditLog.append(tx, by, "round.open", "round/" + round.id(), null, round);
            return round;
        });
    }

    /** Every round, newest first. */
    public List<Round> rounds() throws IOException {
        return database.read(WorkflowStore::rounds);
    }

    /**
     * Round {@code id}, or the newest when {@code id} is {@code null}.
     *
     * @throws NotFoundException when there is no such round, or none at all
     */
    public Round round(Long id) throws IOException {
        List<Round> rounds = rounds();
        return rounds.stream().filter(r -> id == null || r.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException(id == null ? "还没有报送轮次，请管理员先开启一轮" : "没有编号为 " + id + " 的报送轮次"));
    }

    /** The measures of round {@code roundId} that concern {@code by}, each with its report of the round. */
    public List<MyMeasure> myMeasures(Actor by, long roundId, LocalDate asOf) throws IOException {
        Round round = round(roundId);
        Map<String, Report> reports = reportsByMeasure(round.id());
        Map<String, List<Note>> notes = database.read(tx -> NoteStore.byMeasure(tx, round.id()));
        List<MyMeasure> mine = new ArrayList<>();
        for (MeasureView m : scope(round, asOf)) {
            String duty = duty(by, m);
            if (duty != null) {
                mine.add(new MyMeasure(m, duty, reports.get(m.id()), notes.getOrDefault(m.id(), List.of())));
            }
        }
        // What the department must report on comes first; what it assists, after.
        mine.sort(Comparator.comparing(m -> !m.duty().equals("lead")));
        return mine;
    }

    private static String duty(Actor by, MeasureView m) {
        if (by.role() != Role.REPORTER) {
            return "office";
        }
        if (by.leadsAny(m.leadDepts())) {
            return "lead";
        }
        return m.assistDepts().stream().anyMatch(by.departments()::contains) ? "assist" : null;
    }

    /**
     * Saves or sends {@code by}'s report on measure {@code measureId}: the report, its evidence and
     * its audit entry are one transaction.
     *
     * @throws Refusal 403 when {@code by} does not report for the measure's lead department, 409 when
     *                 the report is already accepted, 413 for a file over the limit, 422 for a bad field or file
     */
    public Report submit(Actor by, String measureId, ReportDraft draft) throws IOException {
        Round round = round(draft.roundId());
        MeasureView measure = measures.find(measureId, LocalDate.now());
        if (!by.isAdmin() && !by.leadsAny(measure.leadDepts())) {
            throw Refusal.forbidden("只有该举措的牵头部门（" + String.join("、", measure.leadDepts()) + "）可以报送进展");
        }
        requireInScope(round, measure);
        checkFields(draft);
        checkFiles(draft.files());
        ReportStatus status = draft.draft() ? ReportStatus.DRAFT : ReportStatus.SUBMITTED;
        return database.write(tx -> {
            Report before = WorkflowStore.report(tx, round.id(), measureId);
            if (before != null && before.reviewStatus() == ReportStatus.ACCEPTED) {
                throw Refusal.conflict("该举措本轮的报送已审核通过，不能再修改");
            }
            Report after = WorkflowStore.save(tx, draft, measureId, status, by.name());
            AuditLog.append(tx, by, draft.draft() ? "report.draft" : "report.submit", "report/" + after.id(), before, after);
            return after;
        });
    }

    private static void checkFields(ReportDraft draft) {
        String progress = draft.progress() == null ? "" : draft.progress().strip();
        if (progress.length() > MAX_PROGRESS) {
            throw Refusal.unprocessable("进展情况过长，请控制在 " + MAX_PROGRESS + " 字以内");
        }
        boolean noState = draft.state() == null || draft.state().isBlank();
        if (!noState) {
            ProgressState.ofCode(draft.state());
        }
        if (!draft.draft() && (progress.isEmpty() || noState)) {
            throw Refusal.unprocessable("提交前请填写进展情况（progress）并选择完成情况（state）；只想先保存可存为草稿");
        }
    }

    private void checkFiles(List<Upload> files) {
        if (files.size() > MAX_FILES) {
            throw Refusal.unprocessable("一次最多上传 " + MAX_FILES + " 个佐证材料");
        }
        for (Upload file : files) {
            if (!EVIDENCE_NAME.matcher(file.name()).matches()) {
                throw Refusal.unprocessable("佐证材料“" + file.name() + "”的类型不支持：只接受 PDF、DOCX、DOC 和图片（PNG、JPG、GIF）");
            }
            if (file.bytes().length > maxEvidenceBytes) {
                throw new Refusal(Refusal.Kind.TOO_LARGE, "佐证材料“" + file.name() + "”超过 "
                        + maxEvidenceBytes / 1_000_000 + " MB 的大小上限");
            }
            check.check(file);
        }
    }

    /**
     * The office's decision on a sent report: {@code accept}, or {@code return} with a reason. An
     * accepted 已完成 records the measure as completed today, in the same transaction.
     */
    public Report review(Actor by, long reportId, String decision, String reason) throws IOException {
        by.requireAdmin();
        boolean accept = "accept".equals(decision);
        if (!accept && !"return".equals(decision)) {
            throw Refusal.unprocessable("审核结果 decision 只能是 accept（通过）或 return（退回）");
        }
        String why = reason == null ? "" : reason.strip();
        if (!accept && why.isEmpty()) {
            throw Refusal.unprocessable("退回时请写明理由（reason），部门将看到它");
        }
        return database.write(tx -> {
            Report before = WorkflowStore.report(tx, reportId);
            if (before == null) {
                throw new NotFoundException("没有编号为 " + reportId + " 的报送");
            }
            if (before.reviewStatus() != ReportStatus.SUBMITTED) {
                throw Refusal.conflict("这份报送的状态是“" + before.statusLabel() + "”，只有待审核的报送可以审核");
            }
            WorkflowStore.review(tx, reportId, accept ? ReportStatus.ACCEPTED : ReportStatus.RETURNED, accept ? null : why);
            Report after = WorkflowStore.report(tx, reportId);
            AuditLog.append(tx, by, accept ? "review.accept" : "review.return", "report/" + reportId, before, after);
            if (accept && ProgressState.COMPLETED.code().equals(after.state())) {
                StatusChange change = statuses.record(tx, after.measureId(), StatusChange.COMPLETED,
                        "报送审核通过：" + after.progress(), LocalDate.now());
                AuditLog.append(tx, by, "measure.status", after.measureId(), null, change);
            }
            return after;
        });
    }

    /**
     * The reports of round {@code roundId} {@code by} may read (a reporter: its departments'), each
     * with the assisting departments' notes, optionally of one review status and holding every word
     * of {@code text} in their progress, return reason or file names (进展 search).
     */
    public List<ReportEntry> reports(Actor by, long roundId, String status, String text) throws IOException {
        Round round = round(roundId);
        Map<String, List<Note>> notes = database.read(tx -> NoteStore.byMeasure(tx, round.id()));
        return readable(by, round, status, ReportWords.of(text)).stream()
                .map(f -> new ReportEntry(f.report(), f.measure().task(), f.measure().leadDepts(), f.measure().url(),
                        notes.getOrDefault(f.measure().id(), List.of())))
                .toList();
    }

    /**
     * The 进展 scope of the search page: page {@code page} of the reports {@code by} may read, in round
     * {@code roundId} or in every round, that hold every word of {@code text} (every report when
     * blank), newest round first, with the words marked. The same matching and reading rule as
     * {@link #reports}: a reporter finds its departments' reports only.
     */
    public ReportSearch searchReports(Actor by, String text, Long roundId, int page, int size) throws IOException {
        ReportSearch.check(page, size);
        ReportWords words = ReportWords.of(text);
        List<ReportHit> hits = new ArrayList<>();
        for (Round round : roundId == null ? rounds() : List.of(round(roundId))) {
            readable(by, round, null, words).reversed()
                    .forEach(f -> hits.add(ReportHit.of(f.report(), f.measure(), round, words)));
        }
        return ReportSearch.of(words, hits, page, size);
    }

    /** A report with the measure it is about. */
    private record Found(Report report, MeasureView measure) {
    }

    /** The reports of {@code round} on measures in its scope that {@code by} may read, of {@code status}, holding {@code words}. */
    private List<Found> readable(Actor by, Round round, String status, ReportWords words) throws IOException {
        Map<String, MeasureView> inScope = scope(round, LocalDate.now()).stream()
                .collect(Collectors.toMap(MeasureView::id, m -> m, (a, b) -> a, LinkedHashMap::new));
        List<Found> found = new ArrayList<>();
        for (Report r : database.read(tx -> WorkflowStore.reports(tx, round.id()))) {
            MeasureView m = inScope.get(r.measureId());
            if (m != null && (by.role() != Role.REPORTER || by.leadsAny(m.leadDepts()))
                    && (status == null || r.status().equals(status)) && words.foundIn(r)) {
                found.add(new Found(r, m));
            }
        }
        return found;
    }

    /**
     * Evidence file {@code id} for {@code by}: the office and leaders read every file, a reporter
     * those of its departments' measures.
     */
    public Evidence evidence(Actor by, long id) throws IOException {
        Evidence evidence = database.read(tx -> WorkflowStore.evidence(tx, id));
        if (evidence == null) {
            throw new NotFoundException("没有编号为 " + id + " 的佐证材料");
        }
        if (by.role() == Role.REPORTER) {
            Report report = database.read(tx -> WorkflowStore.report(tx, evidence.reportId()));
            if (!by.leadsAny(measures.find(report.measureId(), LocalDate.now()).leadDepts())) {
                throw Refusal.forbidden("只能查看本部门举措的佐证材料");
            }
        }
        return evidence;
    }

    /** The bytes of evidence file {@code id}; check access with {@link #evidence} first. */
    public byte[] evidenceBytes(long id) throws IOException {
        return database.read(tx -> WorkflowStore.evidenceBytes(tx, id));
    }

    /** The ids of the measures in round {@code roundId} with no report sent (本轮未报送). */
    public Set<String> unreported(long roundId, LocalDate asOf) throws IOException {
        Round round = round(roundId);
        Map<String, Report> reports = reportsByMeasure(round.id());
        return scope(round, asOf).stream().map(MeasureView::id)
                .filter(id -> reports.get(id) == null || !reports.get(id).reviewStatus().sent())
                .collect(Collectors.toSet());
    }

    /** Each lead department's 报送率, 按期完成率 and overdue count for round {@code roundId} on {@code asOf}. */
    public List<Scorecard> scorecards(long roundId, LocalDate asOf) throws IOException {
        Round round = round(roundId);
        Map<String, Report> reports = reportsByMeasure(round.id());
        Set<String> inScope = scope(round, asOf).stream().map(MeasureView::id).collect(Collectors.toSet());
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (MeasureView m : measures.all(everyMeasure(null, asOf))) {
            for (String dept : m.leadDepts()) {
                tally(counts.computeIfAbsent(dept, d -> new int[6]), m, inScope.contains(m.id()), reports.get(m.id()), asOf);
            }
        }
        return counts.entrySet().stream().map(e -> scorecard(e.getKey(), e.getValue()))
                .filter(s -> s.inScope() > 0 || s.dueByAsOf() > 0)
                .sorted(Comparator.comparing(Scorecard::reportRate).thenComparing(Scorecard::department))
                .toList();
    }

    /** Adds {@code m} to a department's counts: in scope, reported, accepted, due by the day, done on time, overdue. */
    private static void tally(int[] c, MeasureView m, boolean inScope, Report report, LocalDate asOf) {
        if (inScope) {
            c[0]++;
            c[1] += report != null && report.reviewStatus().sent() ? 1 : 0;
            c[2] += report != null && report.reviewStatus() == ReportStatus.ACCEPTED ? 1 : 0;
        }
        if (m.due() != null && !m.due().isAfter(asOf)) {
            c[3]++;
            c[4] += completedBy(m, m.due()) ? 1 : 0;
        }
        c[5] += m.status().equals(MeasureStatus.OVERDUE.code()) ? 1 : 0;
    }

    private static boolean completedBy(MeasureView m, LocalDate day) {
        StatusChange latest = null;
        for (StatusChange change : m.history()) {
            if (!change.date().isAfter(day)) {
                latest = change;
            }
        }
        return latest != null && latest.completed();
    }

    private static Scorecard scorecard(String dept, int[] c) {
        return new Scorecard(dept, c[0], c[1], c[2], c[0] == 0 ? 0 : (double) c[1] / c[0], c[3], c[4],
                c[3] == 0 ? null : (double) c[4] / c[3], c[5]);
    }

    /** What department {@code dept} still owes in round {@code roundId} (the newest when {@code null}) on {@code asOf}. */
    public Owed owed(String dept, Long roundId, LocalDate asOf, int soonDays) throws IOException {
        Round round = rounds().isEmpty() && roundId == null ? null : round(roundId);
        Map<String, Report> reports = round == null ? Map.of() : reportsByMeasure(round.id());
        Set<String> inScope = round == null ? Set.of()
                : scope(round, asOf).stream().map(MeasureView::id).collect(Collectors.toSet());
        List<MeasureView> unreported = new ArrayList<>();
        List<MyMeasure> returned = new ArrayList<>();
        List<MeasureView> overdue = new ArrayList<>();
        List<MeasureView> soon = new ArrayList<>();
        for (MeasureView m : measures.all(everyMeasure(null, asOf))) {
            if (!m.leadDepts().contains(dept)) {
                continue;
            }
            Report report = reports.get(m.id());
            if (inScope.contains(m.id()) && (report == null || report.reviewStatus() == ReportStatus.DRAFT)) {
                unreported.add(m);
            }
            if (report != null && report.reviewStatus() == ReportStatus.RETURNED) {
                returned.add(new MyMeasure(m, "lead", report));
            }
            if (m.status().equals(MeasureStatus.OVERDUE.code())) {
                overdue.add(m);
            } else if (m.due() != null && m.status().equals(MeasureStatus.IN_PROGRESS.code())
                    && !m.due().isAfter(asOf.plusDays(soonDays))) {
                soon.add(m);
            }
        }
        return new Owed(dept, round, unreported, returned, overdue, soon);
    }

    /** The measures in a round's scope, as of {@code asOf}. */
    List<MeasureView> scope(Round round, LocalDate asOf) throws IOException {
        return measures.all(scopeQuery(round, asOf));
    }

    /** The query of a round's scope as of {@code asOf}: every measure when {@code round} is {@code null}. */
    MeasureQuery scopeQuery(Round round, LocalDate asOf) throws IOException {
        if (round == null || !round.frozen()) {
            return everyMeasure(round == null ? null : round.docId(), asOf);
        }
        Set<String> ids = database.read(tx -> WorkflowStore.scopeIds(tx, round.id()));
        return new MeasureQuery(null, null, null, Set.of(), null, null, null, null, asOf, 1, 1, null, ids);
    }

    /** Refuses a write on {@code measure} in {@code round} unless the round covers it. */
    void requireInScope(Round round, MeasureView measure) throws IOException {
        boolean inScope = round.frozen() ? database.read(tx -> WorkflowStore.scopeIds(tx, round.id())).contains(measure.id())
                : round.docId() == null || round.docId().equals(measure.docId());
        if (!inScope) {
            throw Refusal.unprocessable("该举措不在“" + round.name() + "”的报送范围（" + round.scope() + "）内");
        }
    }

    /** The reports of round {@code roundId}, by measure. */
    Map<String, Report> reportsByMeasure(long roundId) throws IOException {
        Map<String, Report> byMeasure = new HashMap<>();
        database.read(tx -> WorkflowStore.reports(tx, roundId)).forEach(r -> byMeasure.put(r.measureId(), r));
        return byMeasure;
    }

    private static MeasureQuery everyMeasure(String docId, LocalDate asOf) {
        return new MeasureQuery(null, null, null, Set.of(), null, null, docId, null, asOf, 1, 1);
    }
}
