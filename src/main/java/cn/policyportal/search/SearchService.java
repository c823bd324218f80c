package cn.policyportal.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

import cn.policyportal.clause.ClauseService;
import cn.policyportal.index.DocValueLookup;
import cn.policyportal.index.DocumentInfo;
import cn.policyportal.index.Fields;
import cn.policyportal.index.StoredDocuments;
import cn.policyportal.index.UnitRef;
import cn.policyportal.semantic.Semantic;
import cn.policyportal.snapshot.InvalidQueryException;
import cn.policyportal.snapshot.Links;
import cn.policyportal.snapshot.SearchDeadline;
import cn.policyportal.snapshot.Snapshot;
import cn.policyportal.snapshot.Snapshots;
import cn.policyportal.text.Places;
import cn.policyportal.versions.RuleVersions;
import cn.policyportal.versions.Validities;
import cn.policyportal.versions.Validity;
import cn.policyportal.versions.ValidityStatus;

/**
 * Full-text search over the current index: documents ranked by their titles and units, each hit
 * with its best units and a snippet, facet counts, and the article a query names put first.
 */
public final class SearchService {

    /** The fields whose values are counted for every search. */
    public static final List<String> FACET_FIELDS = Facet.FIELDS;
    /** A hit names its best unit and folds up to this many more under it. */
    private static final int UNITS_PER_HIT = 4;
    /** One more than {@link #UNITS_PER_HIT}: enough unless a document's best units hold two colophons. */
    private static final int CANDIDATES_PER_HIT = UNITS_PER_HIT + 1;
    /** The facet values of every document of a snapshot, read once for counting them over hits. */
    private static final Snapshot.View<FacetOrdinals> FACETS =
            s -> new FacetOrdinals(s.searcher().getIndexReader(), FACET_FIELDS);

    /** The places the snapshot's local rules are made for, which a question may name. */
    private static final Snapshot.View<Set<String>> PLACES = s -> s.documents().stream()
            .map(DocumentInfo::place).filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));

    private final Snapshots snapshots;
    private final Validities validities;
    private final Semantic semantic;
    private final Synonyms synonyms = Synonyms.standard();

    /** Search by words alone, with validities from the texts alone (the evaluation). */
    public SearchService(Snapshots snapshots) {
        this(snapshots, Validities.TEXT_ONLY, Semantic.off());
    }

    /** Search by words, and questions by meaning too once {@code semantic} is ready. */
    public SearchService(Snapshots snapshots, Validities validities, Semantic semantic) {
        this.snapshots = snapshots;
        this.validities = validities;
        this.semantic = semantic;
    }

    /**
     * Reads the snapshot and runs one search, so that the analyzers' dictionaries are loaded and
     * the first person to search does not wait for them. Meant for a background thread at start-up.
     */
    public void warmUp() throws IOException {
        search(new SearchRequest("法规", Map.of(), 1, 10, SearchRequest.Sort.RELEVANCE));
    }

    /**
     * Runs {@code request}. A query that names an article (第十六条, 信托法第二十条) puts that article
     * first when it resolves; a query that finds nothing comes back with suggestions.
     */
    public SearchResult search(SearchRequest request) throws IOException {
        long start = System.nanoTime();
        QueryText text = QueryText.parse(request.query());
        Map<String, String> filters = new LinkedHashMap<>(request.filters());
        filters.putAll(text.filters());
        Optional<Question> question = question(request, text);
        return snapshots.read(snapshot -> {
            if (question.isPresent()) {
                return answer(snapshot, request, question.get(), filters, start);
            }
            IndexSearcher searcher = snapshot.searcher();
            SearchQueries queries = queries(snapshot, request.analysis());
            Query docQuery = queries.documents(text);
            Map<String, ValidityStatus> statuses = validities.statuses(snapshot, LocalDate.now());
            Query filtered = ValidityFilter.of(withFilters(docQuery, filters), statuses, request.validity());
            Object[] results = collect(searcher, filtered, topDocs(request),
                    new FacetCounts(snapshot.view(FACETS)), new ValidityCounts(snapshot, statuses));
            TopDocs topDocs = (TopDocs) results[0];
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Long>> facets = new LinkedHashMap<>((Map<String, Map<String, Long>>) results[1]);
            @SuppressWarnings("unchecked")
            Map<String, Long> byValidity = (Map<String, Long>) results[2];
            facets.put(ValidityFilter.PARAM, byValidity);
            TopDocs page = page(topDocs, (request.page() - 1) * request.size());
            Query unitQuery = text.groups().isEmpty() ? null : queries.units(text);
            int[] parents = Arrays.stream(page.scoreDocs).mapToInt(sd -> sd.doc).toArray();
            Map<Integer, List<ScoreDoc>> units = unitQuery == null || parents.length == 0 ? Map.of()
                    : UnitMatches.of(searcher, unitQuery, parents);
            List<SearchHit> hits = hits(snapshot, units, queries.highlightWords(text), page);
            boolean clause = request.page() == 1 && clauseFirst(snapshot, request, hits);
            long total = clause ? Math.max(1, topDocs.totalHits.value()) : topDocs.totalHits.value();
            String didYouMean = total == 0 ? DidYouMean.query(searcher, queries, text, filters) : null;
            List<String> suggestions = total == 0 && !text.isEmpty()
                    ? ClauseService.nearestTitles(snapshot, request.query()) : null;
            long tookMs = (System.nanoTime() - start) / 1_000_000;
            return new SearchResult(request.query(), total, tookMs, hits, facets, didYouMean, suggestions);
        });
    }

    /** The question {@code request} asks, or empty when it is answered as keywords. */
    private static Optional<Question> question(SearchRequest request, QueryText text) {
        return switch (request.answering()) {
            case KEYWORDS -> Optional.empty();
            case AUTO -> request.sort() == SearchRequest.Sort.RELEVANCE && request.analysis() == SearchRequest.Analysis.FULL
                    ? Question.of(request.query(), text) : Optional.empty();
            default -> Question.of(request.query(), text)
                    .or(() -> Optional.of(new Question(text.groups().stream().map(g -> g.get(0).text()).toList())))
                    .filter(q -> !q.words().isEmpty());
        };
    }

    /**
     * Answers a question: the units that hold most of its words and, once the vectors are ready, the
     * units nearest in meaning, combined by their scores, best first, grouped by document. The
     * facets count the documents found; a named article still comes first.
     */
    private SearchResult answer(Snapshot snapshot, SearchRequest request, Question question,
            Map<String, String> filters, long start) throws IOException {
        IndexSearcher searcher = snapshot.searcher();
        SearchQueries queries = queries(snapshot, request.analysis());
        Map<String, ValidityStatus> statuses = validities.statuses(snapshot, LocalDate.now());
        Query documents = filters.isEmpty() && request.validity() == null ? null
                : ValidityFilter.of(withFilters(new MatchAllDocsQuery(), filters), statuses, request.validity());
        SearchRequest.Answering way = request.answering();
        boolean byWords = way != SearchRequest.Answering.QUESTION_MEANING;
        boolean byMeaning = way == SearchRequest.Answering.QUESTION_MEANING
                || (way != SearchRequest.Answering.QUESTION_WORDS && semantic.ready());
        List<List<ScoreDoc>> rankings = new ArrayList<>();
        if (byWords) {
            rankings.add(QuestionRanking.lexical(searcher, queries, question, documents));
        }
        if (byMeaning) {
            rankings.add(QuestionRanking.vectors(searcher,
                    semantic.nearest(request.query(), QuestionRanking.VECTOR_DEPTH), documents));
        }
        List<ScoreDoc> combined = rankings.size() == 1 ? rankings.get(0)
                : QuestionRanking.combine(rankings.get(0), rankings.get(1));
        QuestionPriors priors = new QuestionPriors(Places.named(request.query(), snapshot.view(PLACES)), statuses,
                request.validity() != null);
        Map<Integer, Integer> parentOf = QuestionRanking.parents(searcher, combined);
        List<ScoreDoc> units = QuestionRanking.weighed(combined, parentOf,
                parent -> priors.weight(snapshot.info(snapshot.idAt(parent))));
        units = QuestionRanking.distinct(searcher, units, parentOf,
                parent -> RuleVersions.key(snapshot.info(snapshot.idAt(parent)).title()));
        String ranking = byWords && byMeaning ? "hybrid" : byMeaning ? "meaning" : "words";
        Map<Integer, List<ScoreDoc>> byDocument = QuestionRanking.byDocument(units, parentOf);
        List<Integer> ranked = new ArrayList<>(byDocument.keySet());
        int from = Math.min(ranked.size(), (request.page() - 1) * request.size());
        ScoreDoc[] pageDocs = ranked.subList(from, Math.min(ranked.size(), from + request.size())).stream()
                .map(doc -> new ScoreDoc(doc, byDocument.get(doc).get(0).score)).toArray(ScoreDoc[]::new);
        TopDocs page = new TopDocs(new TotalHits(pageDocs.length, TotalHits.Relation.EQUAL_TO), pageDocs);
        List<String> words = new ArrayList<>();
        question.words().forEach(w -> queries.variants(w).forEach(v -> words.add(SearchQueries.fold(v))));
        List<SearchHit> hits = hits(snapshot, byDocument, words, page);
        boolean clause = request.page() == 1 && clauseFirst(snapshot, request, hits);
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>(FacetCounts.over(snapshot.view(FACETS), searcher, ranked));
        facets.put(ValidityFilter.PARAM, ValidityCounts.over(snapshot, statuses, ranked));
        long total = Math.max(ranked.size(), clause ? 1 : 0);
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        return new SearchResult(request.query(), total, tookMs, hits, facets, null, null,
                "question", question.words(), ranking);
    }

    /**
     * Puts the article a clause-like query names first, when it resolves and its document is of the
     * validity asked for; whether it did.
     */
    private boolean clauseFirst(Snapshot snapshot, SearchRequest request, List<SearchHit> hits) {
        Optional<SearchHit> first = clauseHit(snapshot, request.query(), hits)
                .filter(h -> request.validity() == null || h.validity().status() == request.validity());
        first.ifPresent(hit -> {
            hits.removeIf(h -> h.document().docId().equals(hit.document().docId()));
            hits.add(0, hit);
        });
        return first.isPresent();
    }

    /**
     * The validity a search is filtered by, from its parameter: one of the four words, or
     * {@code null} (absent or blank) for all.
     *
     * @throws InvalidQueryException when it names none of them
     */
    public static ValidityStatus validity(String param) {
        return ValidityFilter.parse(param);
    }

    private SearchQueries queries(Snapshot snapshot, SearchRequest.Analysis analysis) {
        return analysis == SearchRequest.Analysis.WORDS
                ? new SearchQueries(synonyms, Map.of(), SearchQueries.Mode.WORDS_ONLY)
                : new SearchQueries(synonyms, snapshot.abbreviations(), SearchQueries.Mode.FULL);
    }

    private static CollectorManager<?, ? extends TopDocs> topDocs(SearchRequest request) {
        int depth = request.page() * request.size();
        return request.sort() == SearchRequest.Sort.DATE || request.query().isEmpty()
                ? new TopFieldCollectorManager(StoredDocuments.NEWEST_FIRST, depth, Integer.MAX_VALUE)
                : new TopScoreDocCollectorManager(depth, Integer.MAX_VALUE);
    }

    /**
     * The hits of a page, each with the units of its document that matched best and its snippet,
     * from each document's matching units best first ({@code units}, by the document's Lucene id).
     */
    private List<SearchHit> hits(Snapshot snapshot, Map<Integer, List<ScoreDoc>> units, List<String> words,
            TopDocs page) throws IOException {
        IndexSearcher searcher = snapshot.searcher();
        int[] parents = Arrays.stream(page.scoreDocs).mapToInt(sd -> sd.doc).toArray();
        Map<Integer, DocValueLookup.UnitMeta> candidates = candidates(searcher, units.values());
        List<List<UnitAt>> best = new ArrayList<>();
        int[] snippetSources = new int[parents.length];
        for (int i = 0; i < parents.length; i++) {
            best.add(best(searcher, units.getOrDefault(parents[i], List.of()), candidates));
            snippetSources[i] = best.get(i).isEmpty() ? parents[i] : best.get(i).get(0).doc();
        }
        // A snippet comes from the best unit's text, or from the document's lead when no unit
        // matched; a unit has no lead and a document no unit text, so each source yields one.
        String[] unitTexts = DocValueLookup.texts(searcher, snippetSources, Fields.UNIT_TEXT_VALUE);
        String[] leads = DocValueLookup.texts(searcher, snippetSources, Fields.LEAD);
        String[] docIds = DocValueLookup.docIds(searcher, parents);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < parents.length; i++) {
            DocumentInfo info = snapshot.info(docIds[i]);
            float score = Float.isNaN(page.scoreDocs[i].score) ? 0f : page.scoreDocs[i].score;
            List<UnitAt> found = best.get(i);
            if (found.isEmpty()) {
                hits.add(new SearchHit(info, score, Snippets.of(leads[i] == null ? "" : leads[i], words), null,
                        Links.document(info.docId()), List.of(), validity(snapshot, info)));
                continue;
            }
            UnitRef unit = found.get(0).ref();
            List<SearchHit.UnitLink> more = found.subList(1, found.size()).stream()
                    .map(u -> new SearchHit.UnitLink(u.ref(), Links.unit(info.docId(), u.ref().path()))).toList();
            hits.add(new SearchHit(info, score, Snippets.of(unitTexts[i] == null ? "" : unitTexts[i], words), unit,
                    Links.unit(info.docId(), unit.path()), more, validity(snapshot, info)));
        }
        return hits;
    }

    /** A unit of a hit: its Lucene id and where it is. */
    private record UnitAt(int doc, UnitRef ref) {
    }

    /**
     * The metadata of the units a page is likely to name, by Lucene id: each hit's first
     * {@link #CANDIDATES_PER_HIT} matching units, read at once. Doc values are read forward only, so
     * reading them one unit at a time, in score order, would open a reader for every unit.
     */
    private static Map<Integer, DocValueLookup.UnitMeta> candidates(IndexSearcher searcher,
            Collection<List<ScoreDoc>> ranked) throws IOException {
        int[] docs = ranked.stream().flatMap(r -> r.stream().limit(CANDIDATES_PER_HIT))
                .mapToInt(sd -> sd.doc).toArray();
        DocValueLookup.UnitMeta[] metas = DocValueLookup.units(searcher, docs);
        Map<Integer, DocValueLookup.UnitMeta> byDoc = new HashMap<>();
        for (int i = 0; i < docs.length; i++) {
            byDoc.put(docs[i], metas[i]);
        }
        return byDoc;
    }

    /**
     * A document's best matching units, at most {@link #UNITS_PER_HIT}, from its matching units best
     * first and the metadata already read of some of them. The colophon (抄送, 印发) is named only
     * when nothing else matches: its short lines would otherwise win every search for an office's name.
     */
    private static List<UnitAt> best(IndexSearcher searcher, List<ScoreDoc> ranked,
            Map<Integer, DocValueLookup.UnitMeta> read) throws IOException {
        List<UnitAt> best = new ArrayList<>();
        UnitAt colophon = null;
        for (ScoreDoc sd : ranked) {
            DocValueLookup.UnitMeta meta = read.containsKey(sd.doc) ? read.get(sd.doc)
                    : DocValueLookup.unit(searcher, sd.doc);
            if (meta == null) {
                continue;
            }
            if ("COLOPHON".equals(meta.kind())) {
                colophon = colophon == null ? new UnitAt(sd.doc, meta.ref()) : colophon;
            } else {
                best.add(new UnitAt(sd.doc, meta.ref()));
                if (best.size() == UNITS_PER_HIT) {
                    break;
                }
            }
        }
        if (best.isEmpty() && colophon != null) {
            best.add(colophon);
        }
        return best;
    }

    /**
     * The article a clause-like query names, as a hit. When several documents have it, the one the
     * text search ranks highest wins.
     */
    private Optional<SearchHit> clauseHit(Snapshot snapshot, String text, List<SearchHit> ranked) {
        List<DocumentInfo> preferred = ranked.stream().map(SearchHit::document).toList();
        return ClauseService.first(snapshot, validities, text, preferred)
                .map(match -> new SearchHit(match.document(), Float.MAX_VALUE, Snippets.escape(match.text()),
                        match.unit(), match.url(), List.of(), validity(snapshot, match.document())));
    }

    private Validity validity(Snapshot snapshot, DocumentInfo doc) {
        return validities.of(snapshot, doc.docId(), LocalDate.now());
    }

    private static Object[] collect(IndexSearcher searcher, Query query, CollectorManager<?, ?>... managers)
            throws IOException {
        SearchDeadline.start();
        try {
            Object[] results = searcher.search(query, new MultiCollectorManager(managers));
            if (new SearchDeadline().shouldExit()) {
                throw new InvalidQueryException("检索用时过长，已停止：请减少检索词或增加限定条件后重试");
            }
            return results;
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException("检索式过于复杂，请减少检索词后重试", e);
        } finally {
            SearchDeadline.clear();
        }
    }

    private static Query withFilters(Query query, Map<String, String> filters) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOC)), BooleanClause.Occur.FILTER);
        filters.forEach((param, value) ->
                builder.add(new TermQuery(new Term(Facet.of(param).field(), value)), BooleanClause.Occur.FILTER));
        return builder.build();
    }

    private static TopDocs page(TopDocs all, int from) {
        ScoreDoc[] docs = all.scoreDocs;
        ScoreDoc[] slice = from >= docs.length ? new ScoreDoc[0] : Arrays.copyOfRange(docs, from, docs.length);
        return new TopDocs(new TotalHits(slice.length, TotalHits.Relation.EQUAL_TO), slice);
    }
}
