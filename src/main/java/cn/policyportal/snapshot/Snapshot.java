package cn.policyportal.snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

import cn.policyportal.index.DocumentInfo;
import cn.policyportal.index.StoredDocuments;
import cn.policyportal.measures.Measure;
import cn.policyportal.measures.ProgressReport;
import cn.policyportal.structure.Abbreviations;
import cn.policyportal.structure.DocumentReferences;
import cn.policyportal.structure.DocumentStructure;
import cn.policyportal.structure.RuleHistory;
import cn.policyportal.text.TextQuality;

/**
 * One point-in-time view of the index: the metadata of every document (read once), each document's
 * stored text and structure (read on demand, the most used kept), and a memo in which each feature
 * keeps the views it derives from this snapshot. A newer commit gets a new snapshot.
 */
public final class Snapshot {

    /** Documents whose text and structure are kept; others are read again when asked for. */
    private static final int DOCUMENT_CACHE = 256;
    private static final View<List<Measure>> MEASURES = s -> StoredDocuments.measures(s.searcher());

    /** A view a feature derives from a snapshot, computed once per snapshot. Compared by identity. */
    @FunctionalInterface
    public interface View<T> {
        T of(Snapshot snapshot) throws IOException;
    }

    /** A document read back from the index: metadata, paragraphs, structure, references and abbreviations. */
    public record Stored(DocumentInfo info, List<String> paragraphs, DocumentStructure structure,
                         DocumentReferences references, List<Abbreviations.Abbreviation> abbreviations) {
    }

    private final IndexSearcher searcher;
    private final List<DocumentInfo> documents;
    private final Map<String, StoredDocuments.Listed> byId = new HashMap<>();
    private final Map<Integer, String> idByLuceneId = new HashMap<>();
    private final Map<String, Set<String>> abbreviations;
    private final Map<String, Stored> stored = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Stored> eldest) {
                    return size() > DOCUMENT_CACHE;
                }
            });
    private final Map<View<?>, Memo<?>> views = new ConcurrentHashMap<>();

    Snapshot(IndexSearcher searcher) throws IOException {
        this.searcher = searcher;
        List<StoredDocuments.Listed> listed = StoredDocuments.all(searcher);
        Map<String, Set<String>> shortForms = new HashMap<>();
        for (StoredDocuments.Listed doc : listed) {
            byId.put(doc.info().docId(), doc);
            idByLuceneId.put(doc.luceneId(), doc.info().docId());
            doc.abbreviations().forEach(a ->
                    shortForms.computeIfAbsent(a.shortForm(), k -> new TreeSet<>()).add(a.fullForm()));
        }
        this.documents = listed.stream().map(StoredDocuments.Listed::info).toList();
        this.abbreviations = Map.copyOf(shortForms);
    }

    boolean isFor(IndexReader reader) {
        return searcher.getIndexReader() == reader;
    }

    /** The searcher of this snapshot, valid while the work that was given this snapshot runs. */
    public IndexSearcher searcher() {
        return searcher;
    }

    /** Every document, newest first. */
    public List<DocumentInfo> documents() {
        return documents;
    }

    /** The id of the document whose parent is Lucene document {@code luceneId} of this snapshot, or {@code null}. */
    public String idAt(int luceneId) {
        return idByLuceneId.get(luceneId);
    }

    /** The metadata of document {@code id}, or {@code null}. */
    public DocumentInfo info(String id) {
        StoredDocuments.Listed doc = byId.get(id);
        return doc == null ? null : doc.info();
    }

    /** Every short form the corpus defines (以下简称), with its full forms. */
    public Map<String, Set<String>> abbreviations() {
        return abbreviations;
    }

    /** The progress counts document {@code id} states, if it is a rectification report. */
    public List<ProgressReport> progress(String id) {
        StoredDocuments.Listed doc = byId.get(id);
        return doc == null ? List.of() : doc.progress();
    }

    /** What document {@code id} states of its history: version, 施行 date, repeals ({@link RuleHistory#NONE} if nothing). */
    public RuleHistory history(String id) {
        StoredDocuments.Listed doc = byId.get(id);
        return doc == null ? RuleHistory.NONE : doc.history();
    }

    /** How well the text of document {@code id} came out of its file, or {@code null} for no such document. */
    public TextQuality quality(String id) {
        StoredDocuments.Listed doc = byId.get(id);
        return doc == null ? null : doc.quality();
    }

    /** The titles document {@code id} cites. */
    public List<String> citedTitles(String id) throws IOException {
        StoredDocuments.Listed doc = byId.get(id);
        return doc == null ? List.of() : StoredDocuments.citedTitles(searcher, doc.luceneId());
    }

    /**
     * The document with {@code id}, its paragraphs, structure and references.
     *
     * @throws NotFoundException when there is none
     */
    public Stored stored(String id) {
        StoredDocuments.Listed doc = byId.get(id);
        if (doc == null) {
            throw new NotFoundException("没有编号为“" + id + "”的文件，它可能已被删除或编号有误");
        }
        Stored cached = stored.get(id);
        if (cached != null) {
            return cached;
        }
        // Read outside the map's lock: under load, one read held it while every other request that
        // needed any document waited behind it. Two threads may read the same document once each.
        try {
            StoredDocuments.Text text = StoredDocuments.text(searcher, doc.luceneId());
            Stored read = new Stored(doc.info(), text.paragraphs(), text.structure(), text.references(),
                    doc.abbreviations());
            Stored raced = stored.putIfAbsent(id, read);
            return raced == null ? read : raced;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every measure in the index, in document order. Read once per snapshot. */
    public List<Measure> measures() {
        return view(MEASURES);
    }

    /**
     * The view {@code view} derives from this snapshot, computed on first use and kept while the
     * snapshot is current. Concurrent first uses compute it once.
     */
    @SuppressWarnings("unchecked")
    public <T> T view(View<T> view) {
        return ((Memo<T>) views.computeIfAbsent(view, v -> new Memo<>())).get(view, this);
    }

    /** One memoised view; computed outside the map so that a view may use other views. */
    private static final class Memo<T> {
        private volatile T value;

        T get(View<T> view, Snapshot snapshot) {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        try {
                            v = view.of(snapshot);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        value = v;
                    }
                }
            }
            return v;
        }
    }
}
