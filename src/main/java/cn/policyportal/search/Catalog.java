package cn.policyportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import cn.policyportal.index.DocumentBlocks;
import cn.policyportal.index.Fields;
import cn.policyportal.index.MeasureCodec;
import cn.policyportal.measures.Measure;
import cn.policyportal.measures.ProgressReports;
import cn.policyportal.index.Structures;
import cn.policyportal.structure.DocumentStructure;
import cn.policyportal.structure.References;
import cn.policyportal.structure.TitleMatch;
import cn.policyportal.structure.Unit;

/**
 * What one point-in-time view of the index holds, document by document: metadata of every
 * document (read once), and structures and citations computed on demand and cached.
 * A new catalog is made when the searcher moves to a newer commit.
 */
final class Catalog {

    /** Documents whose structure is kept; others are parsed again when asked for. */
    private static final int STRUCTURE_CACHE = 256;
    static final Sort NEWEST_FIRST = new Sort(
            new SortField(Fields.DATE_SORT, SortField.Type.LONG, true), SortField.FIELD_DOC);
    static final Set<String> INFO_FIELDS = Set.of(Fields.DOC_ID, Fields.TITLE, Fields.NOTICE_TITLE,
            Fields.DOC_NUMBER, Fields.ISSUER, Fields.DATE, Fields.TYPE, Fields.DISCLOSURE, Fields.PATH,
            Fields.ABBREVIATIONS);

    /**
     * A document with its titles as {@link TitleMatch#normalise} reads them and the title's
     * character pairs ({@link TitleGrams}), made once: clause lookups and title suggestions compare
     * them, those {@link TitleIndex} lets through, on every such query.
     *
     * @param noticeTitle the normalised notice title, or {@code null} when it has none
     */
    record Titled(DocumentInfo doc, String title, String noticeTitle, int[] grams) {
    }

    /** A document read back from the index: metadata, paragraphs and structure. */
    record Stored(DocumentInfo info, List<String> paragraphs, DocumentStructure structure) {
    }

    private final IndexReader reader;
    private final IndexSearcher searcher;
    private final List<DocumentInfo> documents;
    private final Map<String, Integer> luceneIds = new HashMap<>();
    private final Map<String, DocumentInfo> infos = new HashMap<>();
    private final List<Titled> titled;
    /** Documents by normalised title and by normalised notice title, newest first. */
    private final Map<String, List<Titled>> byTitle = new HashMap<>();
    private final TitleIndex titleIndex;
    private final FacetOrdinals facets;
    private final Map<String, Stored> structures = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Stored> eldest) {
                    return size() > STRUCTURE_CACHE;
                }
            });
    private volatile Map<String, List<DocumentInfo>> citedBy;
    private final Map<String, Set<String>> abbreviations;
    private volatile List<Measure> measures;
    private volatile List<ProgressView> progress;

    Catalog(IndexSearcher searcher) throws IOException {
        this.searcher = searcher;
        this.reader = searcher.getIndexReader();
        TermQuery all = new TermQuery(new Term(Fields.KIND, Fields.KIND_DOC));
        TopDocs docs = searcher.search(all, Math.max(1, searcher.count(all)), NEWEST_FIRST);
        StoredFields stored = searcher.storedFields();
        List<Titled> titles = new ArrayList<>(docs.scoreDocs.length);
        Map<String, Set<String>> shortForms = new HashMap<>();
        for (ScoreDoc sd : docs.scoreDocs) {
            Document doc = stored.document(sd.doc, INFO_FIELDS);
            DocumentInfo info = info(doc);
            Structures.decodeAbbreviations(doc.get(Fields.ABBREVIATIONS)).forEach(a ->
                    shortForms.computeIfAbsent(a.shortForm(), k -> new TreeSet<>()).add(a.fullForm()));
            luceneIds.put(info.docId(), sd.doc);
            infos.put(info.docId(), info);
            String title = TitleMatch.normalise(info.title());
            titles.add(new Titled(info, title, info.noticeTitle() == null ? null : TitleMatch.normalise(info.noticeTitle()),
                    TitleGrams.of(title)));
        }
        this.titled = List.copyOf(titles);
        for (Titled t : titled) {
            byTitle.computeIfAbsent(t.title(), k -> new ArrayList<>()).add(t);
            if (t.noticeTitle() != null && !t.noticeTitle().equals(t.title())) {
                byTitle.computeIfAbsent(t.noticeTitle(), k -> new ArrayList<>()).add(t);
            }
        }
        this.titleIndex = new TitleIndex(titled);
        this.documents = titled.stream().map(Titled::doc).toList();
        this.abbreviations = Map.copyOf(shortForms);
        this.facets = new FacetOrdinals(reader, SearchService.FACET_FIELDS);
    }

    boolean isFor(IndexReader current) {
        return reader == current;
    }

    /** The facet values of every document, for counting them over a search's hits. */
    FacetOrdinals facets() {
        return facets;
    }

    /** Every document, newest first. */
    List<DocumentInfo> documents() {
        return documents;
    }

    /** Whether a document has {@code id}. */
    boolean contains(String id) {
        return luceneIds.containsKey(id);
    }

    /**
     * The document with {@code id}, its paragraphs and structure.
     *
     * @throws NotFoundException when there is none
     */
    Stored stored(String id) {
        Integer luceneId = luceneIds.get(id);
        if (luceneId == null) {
            throw new NotFoundException("没有编号为“" + id + "”的文件，它可能已被删除或编号有误");
        }
        Stored cached = structures.get(id);
        if (cached != null) {
            return cached;
        }
        // Parsed outside the map's lock: under load, one parse held it while every other search
        // that needed any structure waited behind it. Two threads may parse the same document once each.
        Stored parsed = read(luceneId);
        Stored raced = structures.putIfAbsent(id, parsed);
        return raced == null ? parsed : raced;
    }

    private Stored read(int luceneId) {
        try {
            Document doc = searcher.storedFields().document(luceneId);
            List<String> paragraphs = Arrays.asList(bodyAt(luceneId).split(Fields.PARAGRAPH_SEPARATOR, -1));
            DocumentStructure structure = Structures.of(paragraphs, doc.get(Fields.TITLE),
                    doc.get(Fields.NOTICE_TITLE), Structures.decodePageJoins(doc.get(Fields.PAGE_JOINS)));
            return new Stored(info(doc), paragraphs, structure);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Article {@code number} (之{@code sub}, or 0) of {@code doc}, the first so numbered, read from its
     * unit in the index: no structure is parsed, so a search naming an article of any of thousands
     * of documents costs one term lookup instead of a parse of a document that is rarely cached.
     */
    Optional<ClauseAnswer.Match> article(DocumentInfo doc, int number, int sub) {
        Query unit = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.DOC_ID, doc.docId())), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.UNIT_ARTICLE, Fields.articleKey(number, sub))), BooleanClause.Occur.FILTER)
                .build();
        try {
            ScoreDoc[] found = searcher.search(unit, 1, Sort.INDEXORDER).scoreDocs;
            if (found.length == 0) {
                return Optional.empty();
            }
            DocValueLookup.UnitMeta meta = DocValueLookup.unit(searcher, found[0].doc);
            String stored = DocValueLookup.text(searcher, found[0].doc, Fields.UNIT_TEXT_VALUE);
            UnitRef ref = meta.ref();
            String text = DocumentBlocks.ownText(Unit.heading(ref.label(), ref.title()), stored);
            return Optional.of(new ClauseAnswer.Match(doc, ref, text, Links.unit(doc.docId(), ref.path())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The corpus document a cited title names, if the corpus holds exactly one newest such document. */
    DocumentInfo resolveTitle(String citedTitle) {
        // A full match, score 4, is equality of the normalised titles: no other test is needed.
        String wanted = TitleMatch.normalise(citedTitle);
        List<Titled> named = wanted.isEmpty() ? List.of() : withTitle(wanted);
        return named.isEmpty() ? null : named.get(0).doc();
    }

    /** The documents whose normalised title or notice title is {@code normalised}, newest first. */
    List<Titled> withTitle(String normalised) {
        return byTitle.getOrDefault(normalised, List.of());
    }

    /** The documents that cite {@code id} by title. Computed once per catalog, over the whole corpus. */
    List<DocumentInfo> citedBy(String id) {
        if (citedBy == null) {
            synchronized (this) {
                if (citedBy == null) {
                    citedBy = computeCitedBy();
                }
            }
        }
        return citedBy.getOrDefault(id, List.of());
    }

    /** Every short form the corpus defines (以下简称), with its full forms, as the indexer stored them. */
    Map<String, Set<String>> abbreviations() {
        return abbreviations;
    }

    /** Every measure in the index, in document order. Read once per catalog. */
    List<Measure> measures() {
        if (measures == null) {
            synchronized (this) {
                if (measures == null) {
                    measures = readMeasures();
                }
            }
        }
        return measures;
    }

    private List<Measure> readMeasures() {
        try {
            TermQuery all = new TermQuery(new Term(Fields.KIND, Fields.KIND_MEASURE));
            TopDocs docs = searcher.search(all, Math.max(1, searcher.count(all)), Sort.INDEXORDER);
            StoredFields stored = searcher.storedFields();
            List<Measure> list = new ArrayList<>(docs.scoreDocs.length);
            for (ScoreDoc sd : docs.scoreDocs) {
                list.add(MeasureCodec.decode(stored.document(sd.doc, Set.of(Fields.MEASURE_JSON)).get(Fields.MEASURE_JSON)));
            }
            return List.copyOf(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every document with its normalised titles, newest first as {@link #documents}. */
    List<Titled> titled() {
        return titled;
    }

    /** Which of {@link #titled()} can match a title query at all, by position in it. */
    TitleIndex titleIndex() {
        return titleIndex;
    }

    /** The metadata of document {@code id}, or {@code null}. */
    DocumentInfo info(String id) {
        return infos.get(id);
    }

    /** The progress counts the corpus's rectification reports state. Computed once per catalog. */
    List<ProgressView> progress() {
        if (progress == null) {
            synchronized (this) {
                if (progress == null) {
                    List<ProgressView> found = new ArrayList<>();
                    for (DocumentInfo doc : documents) {
                        if (!bodyOf(doc.docId()).contains("整改")) {
                            continue;
                        }
                        LocalDate date = doc.date() == null ? null : LocalDate.parse(doc.date());
                        ProgressReports.of(stored(doc.docId()).structure(), date).forEach(r -> found.add(
                                new ProgressView(doc.docId(), doc.title(), doc.date(), r, Links.unit(doc.docId(), r.path()))));
                    }
                    progress = List.copyOf(found);
                }
            }
        }
        return progress;
    }

    private Map<String, List<DocumentInfo>> computeCitedBy() {
        Map<String, List<DocumentInfo>> reverse = new HashMap<>();
        for (DocumentInfo citing : documents) {
            String body = bodyOf(citing.docId());
            References.in(body, citing.title()).stream()
                    .filter(r -> r.kind() == References.Reference.Kind.DOCUMENT)
                    .map(r -> resolveTitle(r.title()))
                    .filter(cited -> cited != null && !cited.docId().equals(citing.docId()))
                    .map(DocumentInfo::docId)
                    .distinct()
                    .forEach(citedId -> reverse.computeIfAbsent(citedId, k -> new ArrayList<>()).add(citing));
        }
        return reverse;
    }

    private String bodyOf(String id) {
        try {
            return bodyAt(luceneIds.get(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the document at {@code parent}: it is kept in the Lucene document just before it. */
    String bodyAt(int parent) throws IOException {
        return text(searcher, parent);
    }

    static String text(IndexSearcher searcher, int parent) throws IOException {
        String body = searcher.storedFields().document(parent - 1, Set.of(Fields.BODY)).get(Fields.BODY);
        return body == null ? "" : body;
    }

    static DocumentInfo info(Document doc) {
        return new DocumentInfo(doc.get(Fields.DOC_ID), doc.get(Fields.TITLE), doc.get(Fields.NOTICE_TITLE),
                doc.get(Fields.DOC_NUMBER), doc.get(Fields.ISSUER), doc.get(Fields.DATE), doc.get(Fields.TYPE),
                doc.get(Fields.DISCLOSURE), doc.get(Fields.PATH));
    }
}
