package cn.policyportal.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import cn.policyportal.index.Fields;
import cn.policyportal.index.IndexStatus;
import cn.policyportal.structure.Abbreviations;
import cn.policyportal.structure.DocumentStructure;

/**
 * Answers every question the portal asks of the index: searches, documents, articles, clause
 * references and citations.
 *
 * <p>One {@link SearcherManager} is shared by all requests: searches run concurrently on the same
 * point-in-time reader, and {@link #refresh()} switches them to a newer commit atomically.
 */
public final class SearchService implements Closeable {

    /** The fields whose values are counted for every search. */
    public static final List<String> FACET_FIELDS = List.of(Fields.TYPE, Fields.ISSUER, Fields.YEAR, Fields.DEPT);
    /** A hit names its best unit and folds up to this many more under it. */
    private static final int UNITS_PER_HIT = 4;
    /** One more than {@link #UNITS_PER_HIT}: enough unless a document's best units hold two colophons. */
    private static final int CANDIDATES_PER_HIT = UNITS_PER_HIT + 1;

    private static final long REFRESH_MILLIS = 2000;

    private final Directory directory;
    private volatile boolean closed;
    private final SearcherManager searchers;
    private final Synonyms synonyms = Synonyms.standard();
    private final AtomicReference<Catalog> catalog = new AtomicReference<>();

    /** Opens the index in {@code indexDir}, which must hold a committed index. */
    public SearchService(Path indexDir) throws IOException {
        this.directory = FSDirectory.open(indexDir);
        this.searchers = new SearcherManager(directory, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setTimeout(new SearchDeadline());
                return searcher;
            }
        });
        Thread refresher = new Thread(this::refreshPeriodically, "index-refresh");
        refresher.setDaemon(true);
        refresher.start();
    }

    /**
     * Picks up a new commit within a couple of seconds of {@code bin/portal index} making it:
     * searches under way finish on the reader they started with, later ones see the new one.
     */
    private void refreshPeriodically() {
        while (!closed) {
            try {
                Thread.sleep(REFRESH_MILLIS);
                searchers.maybeRefresh();
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                // The index is being rewritten or was closed: the next round tries again.
            }
        }
    }

    /** When the index was last made, and the files that could not be indexed then. */
    public IndexStatus ingestReport() throws IOException {
        return withSearcher((searcher, cat) -> IndexStatus.of(
                ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData()));
    }

    /** Makes searches see the latest commit; searches under way finish on the reader they started with. */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /**
     * Reads the catalog and runs one search, so that the analyzers' dictionaries are loaded and
     * the first person to search does not wait for them. Meant for a background thread at start-up.
     */
    public void warmUp() throws IOException {
        search(new SearchRequest("法规", Map.of(), 1, 10, SearchRequest.Sort.RELEVANCE));
    }

    /** Work done with one acquired searcher and the catalog of its reader. */
    private interface Work<T> {
        T run(IndexSearcher searcher, Catalog catalog) throws IOException;
    }

    private <T> T withSearcher(Work<T> work) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return work.run(searcher, catalogOf(searcher));
        } finally {
            searchers.release(searcher);
        }
    }

    /** The catalog of {@code searcher}'s reader, read once even when the first searches come together. */
    private Catalog catalogOf(IndexSearcher searcher) throws IOException {
        Catalog current = catalog.get();
        if (current != null && current.isFor(searcher.getIndexReader())) {
            return current;
        }
        synchronized (catalog) {
            current = catalog.get();
            if (current == null || !current.isFor(searcher.getIndexReader())) {
                current = new Catalog(searcher);
                catalog.set(current);
            }
            return current;
        }
    }

    /** Applies {@code work} to the catalog of the current index, for the services that share it. */
    <T> T withCatalog(java.util.function.Function<Catalog, T> work) throws IOException {
        return withSearcher((searcher, cat) -> work.apply(cat));
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
        return withSearcher((searcher, cat) -> {
            SearchQueries queries = queries(cat, request.analysis());
            Query docQuery = queries.documents(text);
            Object[] results = collect(searcher, withFilters(docQuery, filters), topDocs(request),
                    new FacetCounts(cat.facets()));
            TopDocs topDocs = (TopDocs) results[0];
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Long>> facets = (Map<String, Map<String, Long>>) results[1];
            TopDocs page = page(topDocs, (request.page() - 1) * request.size());
            Query unitQuery = text.groups().isEmpty() ? null : queries.units(text);
            List<SearchHit> hits = hits(searcher, cat, unitQuery, queries.highlightWords(text), page);
            boolean clause = false;
            if (request.page() == 1) {
                Optional<SearchHit> first = clauseHit(cat, request.query(), hits);
                if (first.isPresent()) {
                    hits.removeIf(h -> h.document().docId().equals(first.get().document().docId()));
                    hits.add(0, first.get());
                    clause = true;
                }
            }
            long total = clause ? Math.max(1, topDocs.totalHits.value()) : topDocs.totalHits.value();
            String didYouMean = total == 0 ? DidYouMean.query(searcher, queries, text, filters) : null;
            List<String> suggestions = total == 0 && !text.isEmpty()
                    ? new ClauseResolver(cat).nearestTitles(request.query()) : null;
            long tookMs = (System.nanoTime() - start) / 1_000_000;
            return new SearchResult(request.query(), total, tookMs, hits, facets, didYouMean, suggestions);
        });
    }

    private SearchQueries queries(Catalog cat, SearchRequest.Analysis analysis) {
        return analysis == SearchRequest.Analysis.WORDS
                ? new SearchQueries(synonyms, Map.of(), SearchQueries.Mode.WORDS_ONLY)
                : new SearchQueries(synonyms, cat.abbreviations(), SearchQueries.Mode.FULL);
    }

    private static CollectorManager<?, ? extends TopDocs> topDocs(SearchRequest request) {
        int depth = request.page() * request.size();
        return request.sort() == SearchRequest.Sort.DATE || request.query().isEmpty()
                ? new TopFieldCollectorManager(Catalog.NEWEST_FIRST, depth, Integer.MAX_VALUE)
                : new TopScoreDocCollectorManager(depth, Integer.MAX_VALUE);
    }

    /** The hits of a page, each with the units of its document that matched best and its snippet. */
    private static List<SearchHit> hits(IndexSearcher searcher, Catalog cat, Query unitQuery, List<String> words,
                                        TopDocs page) throws IOException {
        int[] parents = Arrays.stream(page.scoreDocs).mapToInt(sd -> sd.doc).toArray();
        Map<Integer, List<ScoreDoc>> units = unitQuery == null || parents.length == 0 ? Map.of()
                : UnitMatches.of(searcher, unitQuery, parents);
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
            DocumentInfo info = cat.info(docIds[i]);
            float score = Float.isNaN(page.scoreDocs[i].score) ? 0f : page.scoreDocs[i].score;
            List<UnitAt> found = best.get(i);
            if (found.isEmpty()) {
                hits.add(new SearchHit(info, score, Snippets.of(leads[i] == null ? "" : leads[i], words), null,
                        Links.document(info.docId()), List.of()));
                continue;
            }
            UnitRef unit = found.get(0).ref();
            List<SearchHit.UnitLink> more = found.subList(1, found.size()).stream()
                    .map(u -> new SearchHit.UnitLink(u.ref(), Links.unit(info.docId(), u.ref().path()))).toList();
            hits.add(new SearchHit(info, score, Snippets.of(unitTexts[i] == null ? "" : unitTexts[i], words), unit,
                    Links.unit(info.docId(), unit.path()), more));
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
    private static Optional<SearchHit> clauseHit(Catalog catalog, String text, List<SearchHit> ranked) {
        List<DocumentInfo> preferred = ranked.stream().map(SearchHit::document).toList();
        return ClauseQuery.parse(text)
                .flatMap(clause -> new ClauseResolver(catalog).first(clause, preferred))
                .map(match -> new SearchHit(match.document(), Float.MAX_VALUE, Snippets.escape(match.text()),
                        match.unit(), match.url(), List.of()));
    }

    /** Every document, newest first. */
    public List<DocumentInfo> documents() throws IOException {
        return withSearcher((searcher, cat) -> cat.documents());
    }

    /**
     * The metadata of the document with {@code id}.
     *
     * @throws NotFoundException when no document has that id
     */
    public DocumentInfo info(String id) throws IOException {
        return withSearcher((searcher, cat) -> cat.stored(id).info());
    }

    /**
     * The document with {@code id}: metadata, paragraphs, table of contents and abbreviations.
     *
     * @throws NotFoundException when no document has that id
     */
    public DocumentView document(String id) throws IOException {
        return withSearcher((searcher, cat) -> {
            Catalog.Stored doc = cat.stored(id);
            return new DocumentView(doc.info(), doc.structure().form().name().toLowerCase(Locale.ROOT),
                    doc.paragraphs(), OutlineNode.of(doc.structure().units()), UnitView.of(doc.structure()),
                    Abbreviations.of(doc.paragraphs()), Citations.ofDocument(cat, doc));
        });
    }

    /**
     * Article {@code number} of document {@code id} (16, 十六, 第十六条, 16-1 for 之一).
     *
     * @throws NotFoundException when the document or the article does not exist
     */
    public ArticleView article(String id, String number) throws IOException {
        ArticleNumber wanted = ArticleNumber.parse(number);
        return withSearcher((searcher, cat) -> {
            Catalog.Stored doc = cat.stored(id);
            DocumentStructure.Located found = doc.structure().article(wanted.number(), wanted.sub())
                    .orElseThrow(() -> new NotFoundException("《" + doc.info().title() + "》中没有" + wanted.label()
                            + "（共 " + doc.structure().articles().size() + " 条）"));
            var unit = found.unit();
            return new ArticleView(id, unit.number(), unit.label(), unit.title(), found.parentHeadings(), unit.path(),
                    unit.text(), Links.unit(id, unit.path()), Citations.ofArticle(cat, doc, unit));
        });
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
        return withSearcher((searcher, cat) -> new ClauseResolver(cat).resolve(query));
    }

    /**
     * The documents {@code id} cites and the documents that cite it.
     *
     * @throws NotFoundException when no document has that id
     */
    public CitationsView citations(String id) throws IOException {
        return withSearcher((searcher, cat) -> {
            Catalog.Stored doc = cat.stored(id);
            return new CitationsView(id, Citations.ofDocument(cat, doc), cat.citedBy(id));
        });
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
        filters.forEach((field, value) -> {
            if (!FACET_FIELDS.contains(field)) {
                throw new InvalidQueryException("不支持按“" + field + "”筛选，可用的筛选项：" + String.join("、", FACET_FIELDS));
            }
            builder.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        });
        return builder.build();
    }

    private static TopDocs page(TopDocs all, int from) {
        ScoreDoc[] docs = all.scoreDocs;
        ScoreDoc[] slice = from >= docs.length ? new ScoreDoc[0] : Arrays.copyOfRange(docs, from, docs.length);
        return new TopDocs(new TotalHits(slice.length, TotalHits.Relation.EQUAL_TO), slice);
    }

    @Override
    public void close() throws IOException {
        closed = true;
        searchers.close();
        directory.close();
    }
}
