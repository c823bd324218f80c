package cn.policyportal.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
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
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import cn.policyportal.index.Analyzers;
import cn.policyportal.index.Fields;

/**
 * Answers searches and document look-ups from the index on disk.
 *
 * <p>One {@link SearcherManager} is shared by all requests: searches run concurrently on the same
 * point-in-time reader, and {@link #refresh()} switches them to a newer commit atomically.
 */
public final class SearchService implements Closeable {

    /** The fields whose values are counted for every search. */
    public static final List<String> FACET_FIELDS = List.of(Fields.TYPE, Fields.ISSUER, Fields.YEAR);

    private static final Set<String> INFO_FIELDS = Set.of(Fields.DOC_ID, Fields.TITLE, Fields.NOTICE_TITLE,
            Fields.DOC_NUMBER, Fields.ISSUER, Fields.DATE, Fields.TYPE, Fields.DISCLOSURE, Fields.PATH);
    private static final Sort NEWEST_FIRST = new Sort(
            new SortField(Fields.DATE_SORT, SortField.Type.LONG, true), SortField.FIELD_DOC);

    private final Directory directory;
    private final SearcherManager searchers;
    private final Analyzer analyzer = Analyzers.chinese();
    private final UserQueryParser parser = new UserQueryParser(analyzer);

    /** Opens the index in {@code indexDir}, which must hold a committed index. */
    public SearchService(Path indexDir) throws IOException {
        this.directory = FSDirectory.open(indexDir);
        this.searchers = new SearcherManager(directory, null);
    }

    /** Makes searches see the latest commit; searches under way finish on the reader they started with. */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Runs {@code request}. */
    public SearchResult search(SearchRequest request) throws IOException {
        long start = System.nanoTime();
        Query userQuery = parser.parse(request.query());
        Query query = withFilters(userQuery, request.filters());
        int depth = request.page() * request.size();
        IndexSearcher searcher = searchers.acquire();
        try {
            CollectorManager<?, ? extends TopDocs> top = request.sort() == SearchRequest.Sort.DATE
                    || request.query().isEmpty()
                    ? new TopFieldCollectorManager(NEWEST_FIRST, depth, Integer.MAX_VALUE)
                    : new TopScoreDocCollectorManager(depth, Integer.MAX_VALUE);
            Object[] results = searchOrExplain(searcher, query, new MultiCollectorManager(top, new FacetCounts(FACET_FIELDS)));
            TopDocs topDocs = (TopDocs) results[0];
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Long>> facets = (Map<String, Map<String, Long>>) results[1];
            TopDocs page = page(topDocs, (request.page() - 1) * request.size());
            String[] snippets = Snippets.of(searcher, analyzer, Fields.BODY, userQuery, page);
            StoredFields stored = searcher.storedFields();
            List<SearchHit> hits = new ArrayList<>(page.scoreDocs.length);
            for (int i = 0; i < page.scoreDocs.length; i++) {
                ScoreDoc sd = page.scoreDocs[i];
                float score = Float.isNaN(sd.score) ? 0f : sd.score;
                hits.add(new SearchHit(info(stored.document(sd.doc, INFO_FIELDS)), score, snippets[i]));
            }
            long tookMs = (System.nanoTime() - start) / 1_000_000;
            return new SearchResult(request.query(), topDocs.totalHits.value(), tookMs, hits, facets);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Every document, newest first. */
    public List<DocumentInfo> documents() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            Query all = new TermQuery(new Term(Fields.KIND, Fields.KIND_DOC));
            int count = Math.max(1, searcher.count(all));
            TopDocs docs = searcher.search(all, count, NEWEST_FIRST);
            StoredFields stored = searcher.storedFields();
            List<DocumentInfo> list = new ArrayList<>(docs.scoreDocs.length);
            for (ScoreDoc sd : docs.scoreDocs) {
                list.add(info(stored.document(sd.doc, INFO_FIELDS)));
            }
            return list;
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The document with {@code id}, with its paragraphs.
     *
     * @throws NotFoundException when no document has that id
     */
    public DocumentView document(String id) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            Query byId = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.DOC_ID, id)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOC)), BooleanClause.Occur.FILTER)
                    .build();
            TopDocs found = searcher.search(byId, 1);
            if (found.scoreDocs.length == 0) {
                throw new NotFoundException("没有编号为“" + id + "”的文件，它可能已被删除或编号有误");
            }
            Document doc = searcher.storedFields().document(found.scoreDocs[0].doc);
            List<String> paragraphs = Arrays.asList(doc.get(Fields.BODY).split(Fields.PARAGRAPH_SEPARATOR, -1));
            return new DocumentView(info(doc), paragraphs);
        } finally {
            searchers.release(searcher);
        }
    }

    private static Object[] searchOrExplain(IndexSearcher searcher, Query query, MultiCollectorManager manager)
            throws IOException {
        try {
            return searcher.search(query, manager);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException("检索式过于复杂，请减少检索词或通配符", e);
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

    private static DocumentInfo info(Document doc) {
        return new DocumentInfo(doc.get(Fields.DOC_ID), doc.get(Fields.TITLE), doc.get(Fields.NOTICE_TITLE),
                doc.get(Fields.DOC_NUMBER), doc.get(Fields.ISSUER), doc.get(Fields.DATE), doc.get(Fields.TYPE),
                doc.get(Fields.DISCLOSURE), doc.get(Fields.PATH));
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        directory.close();
    }
}
