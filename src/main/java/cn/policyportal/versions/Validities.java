package cn.policyportal.versions;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.policyportal.accounts.Actor;
import cn.policyportal.index.DocumentInfo;
import cn.policyportal.snapshot.InvalidQueryException;
import cn.policyportal.snapshot.Snapshot;

/**
 * Each document's validity as the portal shows it: derived from the corpus ({@link RuleVersions}),
 * unless an admin has overridden it; and the versions of its rule with theirs.
 */
public final class Validities {

    /** Validities from the texts alone, for runs without a data folder (the evaluation, the benchmark). */
    public static final Validities TEXT_ONLY = new Validities(null);

    /** {@code null} for {@link #TEXT_ONLY}, which has no overrides and records none. */
    private final ValidityStore store;
    /** The statuses of the last day and snapshot asked for: a search counts them over its hits. */
    private volatile Day lastDay;

    /** The statuses of every document on one day, over one snapshot's rules and one state of the overrides. */
    private record Day(RuleVersions rules, LocalDate asOf, Map<String, List<ValidityChange>> overrides,
                       Map<String, ValidityStatus> statuses) {
    }

    /** Validities with the overrides recorded in {@code store}. */
    public Validities(ValidityStore store) {
        this.store = store;
    }

    private Map<String, List<ValidityChange>> overrides() {
        return store == null ? Map.of() : store.all();
    }

    /** The validity of document {@code docId} of {@code snapshot} as of {@code asOf}. */
    public Validity of(Snapshot snapshot, String docId, LocalDate asOf) {
        Validity derived = snapshot.view(RuleVersions.VIEW).validity(docId, asOf);
        List<ValidityChange> history = history(docId);
        if (history.isEmpty() || history.get(history.size() - 1).status() == null) {
            return derived;
        }
        ValidityChange last = history.get(history.size() - 1);
        return derived.overridden(last.status(), last.reason());
    }

    /**
     * The status of every document of {@code snapshot} as of {@code asOf}, by document id: made once
     * per day, snapshot and state of the overrides, since every search counts them.
     */
    public Map<String, ValidityStatus> statuses(Snapshot snapshot, LocalDate asOf) {
        RuleVersions rules = snapshot.view(RuleVersions.VIEW);
        Map<String, List<ValidityChange>> overrides = overrides();
        Day day = lastDay;
        if (day != null && day.rules() == rules && day.asOf().equals(asOf) && day.overrides() == overrides) {
            return day.statuses();
        }
        Map<String, ValidityStatus> statuses = new HashMap<>();
        for (DocumentInfo doc : snapshot.documents()) {
            statuses.put(doc.docId(), of(snapshot, doc.docId(), asOf).status());
        }
        Day made = new Day(rules, asOf, overrides, Map.copyOf(statuses));
        lastDay = made;
        return made.statuses();
    }

    /** Every version of the rule document {@code docId} belongs to, oldest first, each with its status. */
    public List<VersionRef> versions(Snapshot snapshot, String docId, LocalDate asOf) {
        return snapshot.view(RuleVersions.VIEW).rule(docId).map(rule -> rule.versions().stream()
                .map(v -> withStatus(snapshot, v.ref(), asOf)).toList()).orElse(List.of());
    }

    private VersionRef withStatus(Snapshot snapshot, VersionRef ref, LocalDate asOf) {
        return new VersionRef(ref.docId(), ref.title(), ref.date(), ref.label(), of(snapshot, ref.docId(), asOf).status());
    }

    /** The overrides recorded for {@code docId}, oldest first. */
    public List<ValidityChange> history(String docId) {
        return overrides().getOrDefault(docId, List.of());
    }

    /**
     * Records admin {@code by}'s override of {@code docId}: {@code status} one of the four words, or blank
     * to let the text decide again; {@code reason} is required.
     *
     * @throws InvalidQueryException when the status is no validity or the reason is missing
     */
    public ValidityChange override(Actor by, String docId, String status, String reason) throws IOException {
        ValidityStatus set = status == null || status.isBlank() ? null : ValidityStatus.of(status.strip())
                .orElseThrow(() -> new InvalidQueryException("时效性“" + status + "”无效，应为"
                        + ValidityStatus.labels() + "之一；留空则恢复按文本判断"));
        if (reason == null || reason.isBlank()) {
            throw new InvalidQueryException("请填写更改时效性的原因");
        }
        if (reason.length() > 500) {
            throw new InvalidQueryException("原因过长（" + reason.length() + " 字），请控制在 500 字以内");
        }
        return store.record(by, docId, set, reason.strip());
    }
}
