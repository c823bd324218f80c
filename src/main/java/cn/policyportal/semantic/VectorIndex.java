package cn.policyportal.semantic;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The vectors, in a Lucene index of their own beside the lexical one ({@code index/semantic/vectors}):
 * one document per unit with its key, its document, the key of its text and its vector in an HNSW
 * graph, scalar-quantised to a byte a dimension so the graph's searches read a quarter of the float
 * vectors (the floats stay on disk for re-scoring). Kept apart because the vectors come minutes
 * after the lexical commit and change on their own schedule: the lexical index is never held back,
 * rewritten or locked for them.
 */
public final class VectorIndex implements Closeable {

    static final String KEY = "unit_key";
    static final String DOC_ID = "doc_id";
    static final String TEXT_KEY = "text_key";
    static final String VECTOR = "vector";

    /** A unit the vectors found, and how near it is (cosine similarity mapped to 0–1). */
    public record Neighbour(String unitKey, String docId, float score) {
    }

    private final Directory directory;
    private volatile SearcherManager searchers;

    /** Opens the vector index in {@code dir} (it may not exist yet). */
    public VectorIndex(Path dir) throws IOException {
        Files.createDirectories(dir);
        this.directory = FSDirectory.open(dir);
    }

    /** A writer for the builder: HNSW with scalar quantisation, one at a time (Lucene's lock). */
    IndexWriter writer() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig()
                .setCodec(new Lucene104Codec() {
                    @Override
                    public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                        return new Lucene104HnswScalarQuantizedVectorsFormat();
                    }
                })
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(false);
        return new IndexWriter(directory, config);
    }

    static Document document(String unitKey, String docId, String textKey, float[] vector) {
        Document d = new Document();
        d.add(new StringField(KEY, unitKey, Field.Store.YES));
        d.add(new StringField(DOC_ID, docId, Field.Store.YES));
        d.add(new StringField(TEXT_KEY, textKey, Field.Store.YES));
        d.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
        return d;
    }

    /** Sees the latest commit of the vectors. */
    void refresh() throws IOException {
        if (searchers == null) {
            if (!DirectoryReader.indexExists(directory)) {
                return;
            }
            synchronized (this) {
                if (searchers == null) {
                    searchers = new SearcherManager(directory, null);
                }
            }
        }
        searchers.maybeRefreshBlocking();
    }

    /** The text key of every unit that has a vector, by unit key. */
    Map<String, String> textKeys() throws IOException {
        Map<String, String> keys = new HashMap<>();
        if (searchers == null) {
            return keys;
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            StoredFields stored = searcher.storedFields();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                var live = leaf.reader().getLiveDocs();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        Document d = stored.document(leaf.docBase + doc, Set.of(KEY, TEXT_KEY));
                        keys.put(d.get(KEY), d.get(TEXT_KEY));
                    }
                }
            }
        } finally {
            searchers.release(searcher);
        }
        return keys;
    }

    /** The {@code k} units nearest to {@code vector}, leaving out {@code excluded} (or none). */
    public List<Neighbour> nearest(float[] vector, int k, Query excluded) throws IOException {
        if (searchers == null) {
            return List.of();
        }
        Query filter = excluded == null ? null : new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
                .add(excluded, BooleanClause.Occur.MUST_NOT).build();
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(new KnnFloatVectorQuery(VECTOR, vector, k, filter), k);
            StoredFields stored = searcher.storedFields();
            List<Neighbour> found = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = stored.document(sd.doc, Set.of(KEY, DOC_ID));
                found.add(new Neighbour(d.get(KEY), d.get(DOC_ID), sd.score));
            }
            return found;
        } finally {
            searchers.release(searcher);
        }
    }

    /** The units nearest to the unit {@code unitKey}, from other documents and other texts; none when it has no vector. */
    public List<Neighbour> related(String unitKey, int k) throws IOException {
        if (searchers == null) {
            return List.of();
        }
        IndexSearcher searcher = searchers.acquire();
        float[] vector;
        String docId;
        String textKey;
        try {
            TopDocs hit = searcher.search(new TermQuery(new Term(KEY, unitKey)), 1);
            if (hit.scoreDocs.length == 0) {
                return List.of();
            }
            int doc = hit.scoreDocs[0].doc;
            Document d = searcher.storedFields().document(doc, Set.of(DOC_ID, TEXT_KEY));
            docId = d.get(DOC_ID);
            textKey = d.get(TEXT_KEY);
            vector = vectorOf(searcher, doc);
        } finally {
            searchers.release(searcher);
        }
        if (vector == null) {
            return List.of();
        }
        // The same article in another version of the law repeats its text: it is not a relation.
        Query excluded = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(DOC_ID, docId)), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(TEXT_KEY, textKey)), BooleanClause.Occur.SHOULD).build();
        return nearest(vector, k, excluded);
    }

    private static float[] vectorOf(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        FloatVectorValues values = leaf.reader().getFloatVectorValues(VECTOR);
        if (values == null) {
            return null;
        }
        KnnVectorValues.DocIndexIterator it = values.iterator();
        return it.advance(doc - leaf.docBase) == doc - leaf.docBase ? values.vectorValue(it.index()).clone() : null;
    }

    @Override
    public void close() throws IOException {
        if (searchers != null) {
            searchers.close();
        }
        directory.close();
    }
}
