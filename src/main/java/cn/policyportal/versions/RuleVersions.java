package cn.policyportal.versions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import cn.policyportal.index.DocumentInfo;
import cn.policyportal.snapshot.Snapshot;
import cn.policyportal.structure.RuleHistory;
import cn.policyportal.structure.TitleMatch;

/**
 * The documents of a corpus as rules over time: documents with the same normalised title are one
 * rule, those of one version date are one version (a code in one file per part, or copies of one
 * file), versions ordered by their own dates; and the repeal statements resolved to the documents
 * they repeal. From this, each document's validity as of a day follows.
 */
public final class RuleVersions {

    /** The rules of a snapshot, resolved on first use from the histories the indexer stored. */
    public static final Snapshot.View<RuleVersions> VIEW = s -> of(s.documents().stream()
            .map(d -> new Entry(d, s.history(d.docId()))).toList());

    /** A document with the history its text states. */
    public record Entry(DocumentInfo doc, RuleHistory history) {

        String docId() {
            return doc.docId();
        }

        LocalDate date() {
            return history.versionDate();
        }
    }

    /**
     * One version of a rule.
     *
     * @param entries its documents: one, or one per part of a code (or copies of one file)
     */
    public record Version(LocalDate date, String label, List<Entry> entries) {

        /** The first document, which stands for the version in links and lists. */
        public Entry first() {
            return entries.get(0);
        }

        /** When this version takes effect, if a document of it says. */
        LocalDate effectiveDate() {
            return entries.stream().map(e -> e.history().effectiveDate()).filter(d -> d != null).findFirst().orElse(null);
        }

        VersionRef ref() {
            return new VersionRef(first().docId(), first().doc().title(), date, label, null);
        }
    }

    /** A rule: its normalised title and its versions, oldest first. */
    public record Rule(String key, List<Version> versions) {
    }

    /** A repeal statement: the document making it and the title it names, with the rule it names if present. */
    public record Repeal(Entry by, String title, Rule rule) {
    }

    private final Map<String, Rule> byKey;
    private final Map<String, Rule> ruleOf = new HashMap<>();
    private final Map<String, Integer> versionOf = new HashMap<>();
    private final Map<String, Entry> repealedBy = new HashMap<>();
    private final List<Repeal> repeals;

    private RuleVersions(Map<String, Rule> byKey, List<Repeal> repeals) {
        this.byKey = byKey;
        this.repeals = repeals;
        byKey.values().forEach(rule -> {
            for (int v = 0; v < rule.versions().size(); v++) {
                for (Entry e : rule.versions().get(v).entries()) {
                    ruleOf.put(e.docId(), rule);
                    versionOf.put(e.docId(), v);
                }
            }
        });
        repeals.stream().filter(r -> r.rule() != null).forEach(this::markRepealed);
    }

    /** The rules of {@code entries}: grouped by title, split into versions by date, repeals resolved. */
    public static RuleVersions of(List<Entry> entries) {
        Map<String, List<Entry>> byTitle = new LinkedHashMap<>();
        entries.forEach(e -> byTitle.computeIfAbsent(key(e.doc().title()), k -> new ArrayList<>()).add(e));
        Map<String, Rule> rules = new LinkedHashMap<>();
        byTitle.forEach((key, docs) -> rules.put(key, new Rule(key, versions(docs))));
        List<Repeal> repeals = new ArrayList<>();
        for (Entry e : entries) {
            for (String title : e.history().repeals()) {
                repeals.add(new Repeal(e, title, rules.get(key(title))));
            }
        }
        return new RuleVersions(Map.copyOf(rules), List.copyOf(repeals));
    }

    /**
     * The rule a title names: its normalised title. An amendment (宪法修正案（2018年）) is an act of
     * its own, not a version of the amendments before it, so its title keeps its year.
     */
    public static String key(String title) {
        return title.contains("修正案") ? title.replaceAll("\\s", "") : TitleMatch.normalise(title);
    }

    /** The versions of one rule's documents, oldest first; an undated document counts as the oldest. */
    private static List<Version> versions(List<Entry> docs) {
        TreeMap<LocalDate, List<Entry>> byDate = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        docs.forEach(d -> byDate.computeIfAbsent(d.date(), k -> new ArrayList<>()).add(d));
        List<Version> versions = new ArrayList<>();
        byDate.forEach((date, parts) -> {
            List<Entry> ordered = parts.stream().sorted(Comparator.comparing((Entry e) -> e.history().part() == null ? ""
                    : e.history().part()).thenComparing(e -> e.doc().path() == null ? "" : e.doc().path())).toList();
            versions.add(new Version(date, ordered.get(0).history().versionLabel(), ordered));
        });
        return List.copyOf(versions);
    }

    /** Marks what {@code repeal} repeals; where several documents repeal one, the earliest counts. */
    private void markRepealed(Repeal repeal) {
        for (Entry e : repealedBy(repeal)) {
            repealedBy.merge(e.docId(), repeal.by(), (a, b) -> isEarlier(b, a) ? b : a);
        }
    }

    /**
     * The documents {@code repeal} repeals: those of the versions of the rule it names dated before
     * the repealing document (a rule re-enacted under its own name repeals its earlier versions, not
     * itself); none when it names no rule of the corpus.
     */
    public List<Entry> repealedBy(Repeal repeal) {
        if (repeal.rule() == null) {
            return List.of();
        }
        Entry by = repeal.by();
        return repeal.rule().versions().stream()
                .filter(v -> (by.date() == null || v.date() == null || v.date().isBefore(by.date()))
                        && !v.entries().contains(by))
                .flatMap(v -> v.entries().stream())
                .toList();
    }

    private static boolean isEarlier(Entry a, Entry b) {
        return a.date() != null && (b.date() == null || a.date().isBefore(b.date()));
    }

    /** Every rule. */
    public Collection<Rule> rules() {
        return byKey.values();
    }

    /** Every repeal statement of the corpus, with the rule each names when the corpus holds it. */
    public List<Repeal> repeals() {
        return repeals;
    }

    /** The rule whose normalised title is {@code key}, if any. */
    public Optional<Rule> ruleTitled(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The rule document {@code docId} is a version or part of. */
    public Optional<Rule> rule(String docId) {
        return Optional.ofNullable(ruleOf.get(docId));
    }

    /** The version document {@code docId} belongs to. */
    public Optional<Version> version(String docId) {
        Rule rule = ruleOf.get(docId);
        return rule == null ? Optional.empty() : Optional.of(rule.versions().get(versionOf.get(docId)));
    }

    /**
     * The validity of document {@code docId} as of {@code asOf}, from the corpus alone: 已废止 when a
     * document in force repeals it, 已修改 when a later version is in force, 尚未生效 before its 施行
     * date, else 现行有效.
     */
    public Validity validity(String docId, LocalDate asOf) {
        Rule rule = ruleOf.get(docId);
        if (rule == null) {
            return new Validity(ValidityStatus.IN_FORCE, null, null, null, Validity.TEXT, false, null);
        }
        int at = versionOf.get(docId);
        Version version = rule.versions().get(at);
        Entry self = version.entries().stream().filter(e -> e.docId().equals(docId)).findFirst().orElseThrow();
        LocalDate effective = version.effectiveDate();
        boolean provisional = self.history().provisional();
        Entry repealer = repealedBy.get(docId);
        if (repealer != null && inForce(repealer, asOf)) {
            return new Validity(ValidityStatus.REPEALED, effective, null, refOf(repealer), Validity.TEXT, provisional, null);
        }
        for (int later = rule.versions().size() - 1; later > at; later--) {
            Version newer = rule.versions().get(later);
            if (takenEffect(newer.effectiveDate(), newer.date(), asOf)) {
                return new Validity(ValidityStatus.AMENDED, effective, newer.ref(), null, Validity.TEXT, provisional, null);
            }
        }
        ValidityStatus status = takenEffect(effective, version.date(), asOf) ? ValidityStatus.IN_FORCE
                : ValidityStatus.NOT_YET_IN_FORCE;
        return new Validity(status, effective, null, null, Validity.TEXT, provisional, null);
    }

    /** Whether the document making a repeal is in force on {@code asOf}, so that its repeal holds. */
    private boolean inForce(Entry entry, LocalDate asOf) {
        Version v = version(entry.docId()).orElseThrow();
        return takenEffect(v.effectiveDate(), v.date(), asOf);
    }

    /** A version takes effect on its 施行 date, or, when its text states none, on its own date. */
    private static boolean takenEffect(LocalDate effective, LocalDate date, LocalDate asOf) {
        LocalDate from = effective != null ? effective : date;
        return from == null || !from.isAfter(asOf);
    }

    /** The version {@code entry} belongs to, as a link names it. */
    private VersionRef refOf(Entry entry) {
        VersionRef v = version(entry.docId()).orElseThrow().ref();
        return new VersionRef(entry.docId(), entry.doc().title(), v.date(), v.label(), null);
    }
}
