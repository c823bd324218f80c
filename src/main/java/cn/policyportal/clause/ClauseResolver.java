package cn.policyportal.clause;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.policyportal.index.DocumentInfo;
import cn.policyportal.index.StoredDocuments;
import cn.policyportal.index.UnitRef;
import cn.policyportal.snapshot.Links;
import cn.policyportal.snapshot.NotFoundException;
import cn.policyportal.snapshot.Snapshot;
import cn.policyportal.structure.DocumentStructure;
import cn.policyportal.structure.TitleMatch;
import cn.policyportal.structure.Unit;
import cn.policyportal.structure.UnitKind;
import cn.policyportal.text.CharacterPairs;
import cn.policyportal.versions.RuleVersions;
import cn.policyportal.versions.Validities;
import cn.policyportal.versions.Validity;
import cn.policyportal.versions.ValidityStatus;
import cn.policyportal.versions.VersionRef;

/**
 * Resolves a {@link ClauseQuery} against the corpus: picks the rule the title names (the best
 * match), its version (the one in force, unless a year is named) with all its parts, then the
 * unit in them.
 */
final class ClauseResolver {

    private static final int SUGGESTIONS = 5;

    private final Snapshot snapshot;
    private final Titles titles;
    private final RuleVersions rules;
    private final Validities validities;
    private final LocalDate today = LocalDate.now();

    ClauseResolver(Snapshot snapshot, Validities validities) {
        this.snapshot = snapshot;
        this.titles = snapshot.view(Titles.VIEW);
        this.rules = snapshot.view(RuleVersions.VIEW);
        this.validities = validities;
    }

    /**
     * Resolves {@code query}.
     *
     * @throws NotFoundException when no document fits, or the document has no such unit; the
     *                           exception carries the nearest titles or units as suggestions
     */
    ClauseAnswer resolve(ClauseQuery query) {
        List<DocumentInfo> candidates = candidates(query);
        Map<Object, ClauseAnswer.Match> found = new LinkedHashMap<>();
        for (DocumentInfo doc : candidates) {
            // Copies of one version in two folders are one answer, not a choice between two.
            unitOf(doc, query).ifPresent(m -> found.putIfAbsent(rules.version(doc.docId()).<Object>map(v -> v)
                    .orElse(doc.docId()), m));
        }
        if (found.isEmpty() && query.year() == null) {
            inEarlierVersions(query, candidates).ifPresent(m -> found.put(m.document().docId(), m));
        }
        if (found.isEmpty()) {
            throw notFound(query, candidates);
        }
        List<ClauseAnswer.Match> matches = List.copyOf(found.values());
        if (matches.size() == 1) {
            DocumentInfo doc = matches.get(0).document();
            Validity validity = validities.of(snapshot, doc.docId(), today);
            return new ClauseAnswer(query.label(), false, matches, versionsOf(doc), validity,
                    ValidityNotice.of(doc, validity).orElse(null));
        }
        return new ClauseAnswer(query.label(), true, matches, List.of(), null, null);
    }

    /**
     * The unit {@code query} names in the newest earlier version that has it, when the version in
     * force has none: an article an amendment dropped is still quoted, and its answer says that
     * the version is 已修改.
     */
    private Optional<ClauseAnswer.Match> inEarlierVersions(ClauseQuery query, List<DocumentInfo> chosen) {
        Set<String> tried = chosen.stream().map(DocumentInfo::docId).collect(Collectors.toSet());
        return chosen.stream().map(d -> rules.rule(d.docId())).flatMap(Optional::stream).distinct()
                .flatMap(rule -> rule.versions().reversed().stream())
                .flatMap(v -> v.entries().stream())
                .filter(e -> !tried.contains(e.doc().docId()))
                .map(e -> unitOf(e.doc(), query))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /**
     * The unit {@code query} names in the first document that has it, trying {@code preferred}
     * (best first) before the others. A search's clause hit needs only this one, and stopping at
     * it spares parsing every document for a bare 第十五条. An article is looked up in the index,
     * where every article is a unit of its own; a chapter or section needs the structure.
     */
    Optional<ClauseAnswer.Match> first(ClauseQuery query, List<DocumentInfo> preferred) {
        List<DocumentInfo> candidates = candidates(query);
        Set<String> allowed = candidates.stream().map(DocumentInfo::docId).collect(Collectors.toSet());
        return Stream.concat(preferred.stream().filter(d -> allowed.contains(d.docId())), candidates.stream())
                .map(doc -> query.level().equals("条") ? article(doc, query) : unitOf(doc, query))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /**
     * The article {@code query} names in {@code doc}, read from its unit in the index: no structure
     * is read, so a search naming an article of any of thousands of documents costs one term lookup.
     */
    private Optional<ClauseAnswer.Match> article(DocumentInfo doc, ClauseQuery query) {
        try {
            StoredDocuments.ArticleUnit unit = StoredDocuments.article(snapshot.searcher(), doc.docId(),
                    query.number(), query.sub());
            return Optional.ofNullable(unit).map(u -> new ClauseAnswer.Match(doc, u.ref(), u.text(),
                    Links.unit(doc.docId(), u.ref().path())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<DocumentInfo> candidates(ClauseQuery query) {
        return query.title().isEmpty() ? snapshot.documents() : titled(query);
    }

    /** The documents the title fits best: per distinct title, every part of its version in force or of the named year. */
    private List<DocumentInfo> titled(ClauseQuery query) {
        String wanted = TitleMatch.normalise(query.title());
        // A title that fits nearly always contains what was typed: the slow test for its characters
        // in order runs over all the titles only when none contains it.
        Map<String, List<DocumentInfo>> byTitle = bestTitles(wanted, 2);
        if (byTitle.isEmpty()) {
            byTitle = bestTitles(wanted, 1);
        }
        List<DocumentInfo> chosen = new ArrayList<>();
        for (List<DocumentInfo> docs : byTitle.values()) {
            rules.rule(docs.get(0).docId()).flatMap(rule -> pickVersion(rule, query.year()))
                    .ifPresent(v -> v.entries().forEach(e -> chosen.add(e.doc())));
        }
        return chosen;
    }

    /** The documents, by title, whose title or notice title scores best for {@code wanted}, if at least {@code floor}. */
    private Map<String, List<DocumentInfo>> bestTitles(String wanted, int floor) {
        int best = floor;
        Map<String, List<DocumentInfo>> byTitle = new LinkedHashMap<>();
        List<Titles.Titled> all = titles.titled();
        for (int position : titles.index().withCharactersOf(wanted)) {
            Titles.Titled doc = all.get(position);
            int score = Math.max(TitleMatch.scoreNormalised(wanted, doc.title(), best),
                    doc.noticeTitle() == null ? 0 : TitleMatch.scoreNormalised(wanted, doc.noticeTitle(), best));
            if (score == 0) {
                continue;
            }
            if (score > best || byTitle.isEmpty()) {
                best = score;
                byTitle.clear();
            }
            byTitle.computeIfAbsent(doc.title(), k -> new ArrayList<>()).add(doc.doc());
        }
        return byTitle;
    }

    /**
     * The version of {@code rule} a lookup answers from: with a year, the newest version of that
     * year; else the newest version in force, or the newest of all when none is (a repealed rule
     * answers with a notice that says so).
     */
    private Optional<RuleVersions.Version> pickVersion(RuleVersions.Rule rule, Integer year) {
        List<RuleVersions.Version> newestFirst = rule.versions().reversed();
        if (year != null) {
            return newestFirst.stream().filter(v -> isOfYear(v, year.toString())).findFirst();
        }
        return newestFirst.stream()
                .filter(v -> validities.of(snapshot, v.first().doc().docId(), today).status() == ValidityStatus.IN_FORCE)
                .findFirst()
                .or(() -> newestFirst.stream().findFirst());
    }

    /** Whether version {@code v} is of {@code year}: by its own date, its label, or its file's name. */
    private static boolean isOfYear(RuleVersions.Version v, String year) {
        return v.date() != null && String.valueOf(v.date().getYear()).equals(year)
                || v.entries().stream().map(e -> e.doc()).anyMatch(d -> d.date() != null && d.date().startsWith(year)
                        || d.path() != null && d.path().contains(year));
    }

    /** The other versions of the rule {@code doc} belongs to, oldest first, each with its validity today. */
    private List<VersionRef> versionsOf(DocumentInfo doc) {
        RuleVersions.Version own = rules.version(doc.docId()).orElse(null);
        return validities.versions(snapshot, doc.docId(), today).stream()
                .filter(v -> own == null || own.entries().stream().noneMatch(e -> e.doc().docId().equals(v.docId())))
                .toList();
    }

    private Optional<ClauseAnswer.Match> unitOf(DocumentInfo doc, ClauseQuery query) {
        DocumentStructure structure = snapshot.stored(doc.docId()).structure();
        Optional<DocumentStructure.Located> unit = query.level().equals("条")
                ? structure.article(query.number(), query.sub())
                : structure.find(u -> u.kind() == containerKind(query.level()) && u.number() != null
                        && u.number() == query.number()).stream().findFirst();
        return unit.map(l -> new ClauseAnswer.Match(doc, UnitRef.of(l), fullText(l.unit()),
                Links.unit(doc.docId(), l.unit().path())));
    }

    private static UnitKind containerKind(String level) {
        return switch (level) {
            case "编" -> UnitKind.PART;
            case "章" -> UnitKind.CHAPTER;
            default -> UnitKind.SECTION;
        };
    }

    /** An article's own text; a chapter's headings of the articles it holds. */
    private static String fullText(Unit unit) {
        if (unit.kind() == UnitKind.ARTICLE) {
            return unit.text();
        }
        List<String> lines = new ArrayList<>(unit.paragraphs());
        unit.children().forEach(c -> lines.add(c.heading() + (c.text().isEmpty() ? "" : " " + c.text())));
        return String.join("\n", lines);
    }

    private NotFoundException notFound(ClauseQuery query, List<DocumentInfo> candidates) {
        if (!query.title().isEmpty() && candidates.isEmpty()) {
            return new NotFoundException("没有找到名称与“" + query.title() + "”相符的文件", nearestTitles(query.title()));
        }
        if (candidates.size() == 1) {
            DocumentInfo doc = candidates.get(0);
            int articles = snapshot.stored(doc.docId()).structure().articles().size();
            return new NotFoundException("《" + doc.title() + "》中没有" + query.label()
                    + (articles > 0 ? "（共 " + articles + " 条）" : ""), List.of(doc.title()));
        }
        return new NotFoundException("没有文件含有" + query.label(),
                query.title().isEmpty() ? List.of() : nearestTitles(query.title()));
    }

    /** The titles closest to {@code title}: most shared character pairs first. */
    List<String> nearestTitles(String title) {
        int[] wanted = CharacterPairs.of(TitleMatch.normalise(title));
        record Scored(String title, double similarity) {
        }
        List<Titles.Titled> all = titles.titled();
        return Arrays.stream(titles.index().sharingAPairWith(wanted)).mapToObj(all::get)
                .map(t -> new Scored(t.doc().title(), CharacterPairs.dice(wanted, t.grams())))
                .filter(s -> s.similarity() > 0)
                .sorted(Comparator.comparingDouble((Scored s) -> -s.similarity()))
                .map(Scored::title)
                .distinct()
                .limit(SUGGESTIONS)
                .toList();
    }
}
