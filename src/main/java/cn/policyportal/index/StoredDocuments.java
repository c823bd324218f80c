package cn.policyportal.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;

import org.apache.lucene.document.Document;
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

import cn.policyportal.measures.Measure;
import cn.policyportal.measures.ProgressReport;
import cn.policyportal.structure.Abbreviations;
import cn.policyportal.structure.DocumentReferences;
import cn.policyportal.structure.DocumentStructure;
import cn.policyportal.structure.RuleHistory;
import cn.policyportal.structure.Unit;
import cn.policyportal.text.TextQuality;

/**
 * Reads back what {@link DocumentBlocks} wrote: the documents' metadata, each text with its
 * structure and references, the measures, and single articles. The schema is read here and
 * nowhere else.
 */
public final class StoredDocuments {

    /** Documents by date, newest first; undated ones last, in index order. */
    public static final Sort NEWEST_FIRST = new Sort(
            new SortField(Fields.DATE_SORT, SortField.Type.LONG, true), SortField.FIELD_DOC);
    private static final Set<String> LISTED_FIELDS = Set.of(Fields.DOC_ID, Fields.TITLE, Fields.NOTICE_TITLE,
            Fields.DOC_NUMBER, Fields.ISSUER, Fields.DATE, Fields.TYPE, Fields.DISCLOSURE, Fields.PATH, Fields.PLACE, Fields.OCR, Fields.QUALITY,
            Fields.ABBREVIATIONS, Fields.PROGRESS, Fields.RULE_HISTORY);
    private static final Set<String> TEXT_FIELDS = Set.of(Fields.BODY, Fields.STRUCTURE, Fields.REFERENCES);
    private static final TypeReference<List<ProgressReport>> PROGRESS = new TypeReference<>() {
    };

    /**
     * A document as the document list reads it from its parent.
     *
     * @param luceneId      the parent's id in the reader it was read from
     * @param abbreviations the short forms it defines (以下简称)
     * @param progress      the progress counts it states, if it is a rectification report
     * @param history       its version, 施行 date and repeal statements ({@link RuleHistory#NONE} when it states none)
     * @param quality       how well its text came out of its file
     */
    public record Listed(int luceneId, DocumentInfo info, List<Abbreviations.Abbreviation> abbreviations,
                         List<ProgressReport> progress, RuleHistory history, TextQuality quality) {
    }

    /** A document's text as the indexer parsed it. */
    public record Text(List<String> paragraphs, DocumentStructure structure, DocumentReferences references) {
    }

    private StoredDocuments() {
    }

    /** Every document, newest first. */
    public static List<Listed> all(IndexSearcher searcher) throws IOException {
        TermQuery all = new TermQuery(new Term(Fields.KIND, Fields.KIND_DOC));
        TopDocs docs = searcher.search(all, Math.max(1, searcher.count(all)), NEWEST_FIRST);
        StoredFields stored = searcher.storedFields();
        List<Listed> listed = new ArrayList<>(docs.scoreDocs.length);
        for (ScoreDoc sd : docs.scoreDocs) {
            Document doc = stored.document(sd.doc, LISTED_FIELDS);
            String progress = doc.get(Fields.PROGRESS);
            String history = doc.get(Fields.RULE_HISTORY);
            listed.add(new Listed(sd.doc, info(doc), Structures.decodeAbbreviations(doc.get(Fields.ABBREVIATIONS)),
                    progress == null ? List.of() : StoredJson.decode(progress, PROGRESS),
                    history == null ? RuleHistory.NONE : StoredJson.decode(history, RuleHistory.class),
                    StoredJson.decode(doc.get(Fields.QUALITY), TextQuality.class)));
        }
        return listed;
    }

    /** The titles the document at {@code parent} cites. */
    public static List<String> citedTitles(IndexSearcher searcher, int parent) throws IOException {
        String titles = searcher.storedFields().document(parent, Set.of(Fields.CITED_TITLES)).get(Fields.CITED_TITLES);
        return titles == null ? List.of() : titles.lines().toList();
    }

    /** The text of the document at {@code parent}: it is kept in the Lucene document just before it. */
    public static Text text(IndexSearcher searcher, int parent) throws IOException {
        Document text = searcher.storedFields().document(parent - 1, TEXT_FIELDS);
        String body = text.get(Fields.BODY);
        List<String> paragraphs = Arrays.asList((body == null ? "" : body).split(Fields.PARAGRAPH_SEPARATOR, -1));
        return new Text(paragraphs, StructureCodec.decode(text.get(Fields.STRUCTURE), paragraphs),
                StoredJson.decode(text.get(Fields.REFERENCES), DocumentReferences.class));
    }

    /** Every measure in the index, in document order. */
    public static List<Measure> measures(IndexSearcher searcher) throws IOException {
        TermQuery all = new TermQuery(new Term(Fields.KIND, Fields.KIND_MEASURE));
        TopDocs docs = searcher.search(all, Math.max(1, searcher.count(all)), Sort.INDEXORDER);
        StoredFields stored = searcher.storedFields();
        List<Measure> list = new ArrayList<>(docs.scoreDocs.length);
        for (ScoreDoc sd : docs.scoreDocs) {
            list.add(MeasureCodec.decode(stored.document(sd.doc, Set.of(Fields.MEASURE_JSON)).get(Fields.MEASURE_JSON)));
        }
        return List.copyOf(list);
    }

    /**
     * The unit of article {@code number} (之{@code sub}, or 0) of document {@code docId}, the first so
     * numbered, with its own text, or {@code null}: one term lookup, no text read.
     */
    public static ArticleUnit article(IndexSearcher searcher, String docId, int number, int sub) throws IOException {
        Query unit = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.DOC_ID, docId)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.UNIT_ARTICLE, Fields.articleKey(number, sub))), BooleanClause.Occur.FILTER)
                .build();
        ScoreDoc[] found = searcher.search(unit, 1, Sort.INDEXORDER).scoreDocs;
        if (found.length == 0) {
            return null;
        }
        UnitRef ref = DocValueLookup.unit(searcher, found[0].doc).ref();
        String stored = DocValueLookup.text(searcher, found[0].doc, Fields.UNIT_TEXT_VALUE);
        return new ArticleUnit(ref, DocumentBlocks.ownText(
                Unit.heading(ref.label(), ref.title()), stored));
    }

    /** An article read from its unit: where it is and its own text. */
    public record ArticleUnit(UnitRef ref, String text) {
    }

    static DocumentInfo info(Document doc) {
        return new DocumentInfo(doc.get(Fields.DOC_ID), doc.get(Fields.TITLE), doc.get(Fields.NOTICE_TITLE),
                doc.get(Fields.DOC_NUMBER), doc.get(Fields.ISSUER), doc.get(Fields.DATE), doc.get(Fields.TYPE),
                doc.get(Fields.DISCLOSURE), doc.get(Fields.PATH), doc.get(Fields.PLACE),
                doc.get(Fields.OCR) == null ? null : StoredJson.decode(doc.get(Fields.OCR), DocumentInfo.Ocr.class));
    }
}
