package cn.policyportal.index;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

import cn.policyportal.ingest.DocumentMetadata;
import cn.policyportal.ingest.IngestedDocument;
import cn.policyportal.measures.Departments;
import cn.policyportal.measures.Measure;
import cn.policyportal.measures.MeasureExtractor;
import cn.policyportal.measures.ProgressReport;
import cn.policyportal.measures.ProgressReports;
import cn.policyportal.structure.Abbreviations;
import cn.policyportal.structure.DocumentReferences;
import cn.policyportal.structure.DocumentStructure;
import cn.policyportal.structure.RuleHistory;
import cn.policyportal.structure.RuleHistoryParser;
import cn.policyportal.structure.Unit;
import cn.policyportal.structure.UnitKind;

/** Turns an {@link IngestedDocument} into the block of Lucene documents described in {@link Fields}. */
public final class DocumentBlocks {

    /*
     * Text fields keep positions (for phrases) but no offsets: snippets mark the searched words in
     * the stored text directly, which every match is, so no highlighter needs offsets.
     */

    /**
     * Single characters are only ever searched one at a time (a longer text is a phrase of bigrams),
     * so their field needs no positions: a third fewer postings to write for the largest field.
     */
    private static final FieldType UNIGRAM_TYPE = unigramType();

    private static FieldType unigramType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    private DocumentBlocks() {
    }

    /**
     * The search units of {@code doc} (articles, sections, tasks, paragraphs), its measures and its
     * text, followed by the document.
     */
    public static List<Document> of(IngestedDocument doc) {
        DocumentStructure structure = Structures.of(doc);
        DocumentReferences references = DocumentReferences.of(structure, doc.paragraphs(), doc.metadata().title());
        List<DocumentStructure.Located> units = structure.searchUnits();
        List<Measure> measures = MeasureExtractor.of(doc.id(), structure, doc.paragraphs(), doc.tables(),
                Departments.standard());
        List<Document> block = new ArrayList<>(units.size() + measures.size() + 1);
        units.forEach(unit -> block.add(unit(doc.id(), unit)));
        measures.forEach(m -> block.add(measure(m)));
        block.add(text(doc, structure, references));
        Document parent = parent(doc);
        addStored(parent, Fields.CITED_TITLES, references.citedTitles().isEmpty() ? null
                : String.join("\n", references.citedTitles()));
        // Only a rectification report states progress counts: other texts are not looked through.
        List<ProgressReport> progress = doc.paragraphs().stream().anyMatch(p -> p.contains("整改"))
                ? ProgressReports.of(structure, doc.metadata().date()) : List.of();
        addStored(parent, Fields.PROGRESS, progress.isEmpty() ? null : StoredJson.encode(progress));
        RuleHistory history = RuleHistoryParser.of(doc.paragraphs(), doc.metadata().title(), doc.path(),
                doc.metadata().date());
        addStored(parent, Fields.RULE_HISTORY, history.equals(RuleHistory.NONE) ? null : StoredJson.encode(history));
        measures.stream().flatMap(m -> java.util.stream.Stream.concat(m.leadDepts().stream(), m.assistDepts().stream()))
                .distinct().forEach(dept -> addFacet(parent, Fields.DEPT, dept));
        block.add(parent);
        return block;
    }

    /**
     * The document's whole text, in a Lucene document of its own just before the parent: reading a
     * hit's title and date then never decompresses its text.
     */
    private static Document text(IngestedDocument doc, DocumentStructure structure, DocumentReferences references) {
        Document d = new Document();
        d.add(new StringField(Fields.KIND, Fields.KIND_TEXT, Field.Store.NO));
        d.add(new StringField(Fields.DOC_ID, doc.id(), Field.Store.NO));
        d.add(new StoredField(Fields.BODY, String.join(Fields.PARAGRAPH_SEPARATOR, doc.paragraphs())));
        d.add(new StoredField(Fields.STRUCTURE, StructureCodec.encode(structure, doc.paragraphs())));
        d.add(new StoredField(Fields.REFERENCES, StoredJson.encode(references)));
        addNoUnitText(d);
        return d;
    }

    private static Document measure(Measure m) {
        Document d = new Document();
        d.add(new StringField(Fields.KIND, Fields.KIND_MEASURE, Field.Store.NO));
        d.add(new StringField(Fields.DOC_ID, m.docId(), Field.Store.NO));
        d.add(new StoredField(Fields.MEASURE_JSON, MeasureCodec.encode(m)));
        addNoUnitText(d);
        return d;
    }

    private static Document unit(String docId, DocumentStructure.Located located) {
        Unit u = located.unit();
        Document d = new Document();
        d.add(new StringField(Fields.KIND, Fields.KIND_UNIT, Field.Store.NO));
        d.add(new StringField(Fields.DOC_ID, docId, Field.Store.NO));
        d.add(new StringField(Fields.UNIT_KEY, Fields.unitKey(docId, u.path()), Field.Store.NO));
        List<String> meta = new ArrayList<>(List.of(u.kind().name(), u.path(), u.label() == null ? "" : u.label(),
                u.title() == null ? "" : u.title()));
        meta.addAll(located.parentHeadings());
        d.add(new BinaryDocValuesField(Fields.UNIT_META, new BytesRef(String.join(Fields.UNIT_META_SEPARATOR, meta))));
        if (u.kind() == UnitKind.ARTICLE && u.number() != null) {
            d.add(new StringField(Fields.UNIT_ARTICLE, Fields.articleKey(u.number(), u.subNumber()), Field.Store.NO));
        }
        String text = searchText(u.heading(), u.text());
        addText(d, Fields.UNIT_TEXT, text, Field.Store.NO);
        d.add(new BinaryDocValuesField(Fields.UNIT_TEXT_VALUE, new BytesRef(text)));
        return d;
    }

    /** What {@link Fields#UNIT_TEXT} holds of a unit: its heading, then its own text. */
    private static String searchText(String heading, String text) {
        return heading.isEmpty() || text.startsWith(heading) ? text
                : text.isEmpty() ? heading : heading + "\n" + text;
    }

    /** A unit's own text, without its heading, from what {@link Fields#UNIT_TEXT_VALUE} holds. */
    public static String ownText(String heading, String stored) {
        if (heading.isEmpty() || !stored.startsWith(heading)) {
            return stored;
        }
        if (stored.length() == heading.length()) {
            return "";
        }
        return stored.charAt(heading.length()) == '\n' ? stored.substring(heading.length() + 1) : stored;
    }

    private static Document parent(IngestedDocument doc) {
        DocumentMetadata meta = doc.metadata();
        Document d = new Document();
        d.add(new StringField(Fields.KIND, Fields.KIND_DOC, Field.Store.NO));
        d.add(new StringField(Fields.DOC_ID, doc.id(), Field.Store.YES));
        d.add(new SortedDocValuesField(Fields.DOC_ID_VALUE, new BytesRef(doc.id())));
        d.add(new StoredField(Fields.PATH, doc.path()));
        d.add(new StoredField(Fields.HASH, doc.contentHash()));
        d.add(new StoredField(Fields.MEDIA_TYPE, doc.mediaType()));
        addText(d, Fields.TITLE, meta.title(), Field.Store.YES);
        d.add(new StoredField(Fields.TITLE_FROM_TEXT, meta.titleFromText() ? 1 : 0));
        addStored(d, Fields.NOTICE_TITLE, meta.noticeTitle());
        addStored(d, Fields.DISCLOSURE, meta.disclosure());
        d.add(new StoredField(Fields.QUALITY, StoredJson.encode(doc.quality())));
        addStored(d, Fields.OCR, doc.ocr() == null ? null
                : StoredJson.encode(DocumentInfo.Ocr.of(doc.ocr().pages(), doc.ocr().meanConfidence())));
        if (meta.docNumber() != null) {
            d.add(new StringField(Fields.DOC_NUMBER, meta.docNumber(), Field.Store.YES));
        }
        addFacet(d, Fields.ISSUER, meta.issuer());
        if (meta.place() != null) {
            d.add(new StringField(Fields.PLACE, meta.place(), Field.Store.YES));
        }
        addFacet(d, Fields.TYPE, meta.type());
        if (meta.date() != null) {
            d.add(new StoredField(Fields.DATE, meta.date().toString()));
            d.add(new NumericDocValuesField(Fields.DATE_SORT, meta.date().toEpochDay()));
            addFacet(d, Fields.YEAR, String.valueOf(meta.date().getYear()));
        }
        addStored(d, Fields.ABBREVIATIONS, Structures.encodeAbbreviations(Abbreviations.of(doc.paragraphs())));
        String body = String.join(Fields.PARAGRAPH_SEPARATOR, doc.paragraphs());
        d.add(new BinaryDocValuesField(Fields.LEAD, new BytesRef(body.substring(0, Math.min(body.length(), Fields.LEAD_LENGTH)))));
        addNoUnitText(d);
        return d;
    }

    /** A text field analysed three ways: dictionary words (stored if asked), bigrams and single characters. */
    private static void addText(Document d, String field, String text, Field.Store store) {
        d.add(new TextField(field, text, store));
        d.add(new TextField(Fields.bigram(field), text, Field.Store.NO));
        d.add(new Field(Fields.unigram(field), text, UNIGRAM_TYPE));
    }

    /**
     * An empty unit text, for the documents of a block that are not units. When every document of a
     * segment has a field, Lucene keeps its norms (the text lengths scoring reads) as a plain array;
     * otherwise scoring each matching unit first looks it up in an index of the documents that have
     * one (7–9% of a search's collection). An empty text adds no term and counts for no statistic.
     */
    private static void addNoUnitText(Document d) {
        addText(d, Fields.UNIT_TEXT, "", Field.Store.NO);
    }

    private static void addStored(Document d, String field, String value) {
        if (value != null) {
            d.add(new StoredField(field, value));
        }
    }

    /** A filterable, countable value: exact term for filters, doc values for facet counts. */
    private static void addFacet(Document d, String field, String value) {
        if (value != null) {
            d.add(new StringField(field, value, Field.Store.YES));
            d.add(new SortedSetDocValuesField(field, new BytesRef(value)));
        }
    }
}
