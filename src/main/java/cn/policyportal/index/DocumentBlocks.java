package cn.policyportal.index;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
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
import cn.policyportal.structure.DocumentStructure;
import cn.policyportal.structure.Unit;

/** Turns an {@link IngestedDocument} into the block of Lucene documents described in {@link Fields}. */
public final class DocumentBlocks {

    /** Analysed, stored, with offsets in the postings so highlighting needs no re-analysis. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);
    /**
     * The bigram and unigram twins: analysed over the same text, not stored, with offsets, so the
     * highlighter can mark what they matched in the stored words field.
     */
    private static final FieldType TWIN_WITH_OFFSETS = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
        TWIN_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TWIN_WITH_OFFSETS.freeze();
    }

    private DocumentBlocks() {
    }

    /**
     * The search units of {@code doc} (articles, sections, tasks, paragraphs) and its measures,
     * followed by the document.
     */
    public static List<Document> of(IngestedDocument doc) {
        DocumentStructure structure = Structures.of(doc);
        List<DocumentStructure.Located> units = structure.searchUnits();
        List<Measure> measures = MeasureExtractor.of(doc.id(), structure, doc.paragraphs(), doc.tables(),
                Departments.standard());
        List<Document> block = new ArrayList<>(units.size() + measures.size() + 1);
        for (int i = 0; i < units.size(); i++) {
            block.add(unit(doc.id(), i, units.get(i)));
        }
        measures.forEach(m -> block.add(measure(m)));
        Document parent = parent(doc);
        measures.stream().flatMap(m -> java.util.stream.Stream.concat(m.leadDepts().stream(), m.assistDepts().stream()))
                .distinct().forEach(dept -> addFacet(parent, Fields.DEPT, dept));
        block.add(parent);
        return block;
    }

    private static Document measure(Measure m) {
        Document d = new Document();
        d.add(new StringField(Fields.KIND, Fields.KIND_MEASURE, Field.Store.NO));
        d.add(new StringField(Fields.DOC_ID, m.docId(), Field.Store.YES));
        d.add(new StringField(Fields.MEASURE_ID, m.id(), Field.Store.YES));
        d.add(new StoredField(Fields.MEASURE_JSON, MeasureCodec.encode(m)));
        return d;
    }

    private static Document unit(String docId, int ordinal, DocumentStructure.Located located) {
        Unit u = located.unit();
        Document d = new Document();
        d.add(new StringField(Fields.KIND, Fields.KIND_UNIT, Field.Store.NO));
        d.add(new StringField(Fields.DOC_ID, docId, Field.Store.YES));
        d.add(new StringField(Fields.UNIT_PATH, u.path(), Field.Store.YES));
        d.add(new StringField(Fields.UNIT_KIND, u.kind().name(), Field.Store.YES));
        d.add(new StoredField(Fields.UNIT_ORDINAL, ordinal));
        addStored(d, Fields.UNIT_LABEL, u.label());
        addStored(d, Fields.UNIT_TITLE, u.title());
        located.parentHeadings().forEach(h -> d.add(new StoredField(Fields.UNIT_PARENTS, h)));
        String heading = u.heading();
        String text = heading.isEmpty() || u.text().startsWith(heading) ? u.text()
                : u.text().isEmpty() ? heading : heading + "\n" + u.text();
        addText(d, Fields.UNIT_TEXT, text);
        return d;
    }

    private static Document parent(IngestedDocument doc) {
        DocumentMetadata meta = doc.metadata();
        Document d = new Document();
        d.add(new StringField(Fields.KIND, Fields.KIND_DOC, Field.Store.NO));
        d.add(new StringField(Fields.DOC_ID, doc.id(), Field.Store.YES));
        d.add(new StoredField(Fields.PATH, doc.path()));
        d.add(new StoredField(Fields.HASH, doc.contentHash()));
        d.add(new StoredField(Fields.MEDIA_TYPE, doc.mediaType()));
        addText(d, Fields.TITLE, meta.title());
        d.add(new StoredField(Fields.TITLE_FROM_TEXT, meta.titleFromText() ? 1 : 0));
        addStored(d, Fields.NOTICE_TITLE, meta.noticeTitle());
        addStored(d, Fields.DISCLOSURE, meta.disclosure());
        if (meta.docNumber() != null) {
            d.add(new StringField(Fields.DOC_NUMBER, meta.docNumber(), Field.Store.YES));
        }
        addFacet(d, Fields.ISSUER, meta.issuer());
        addFacet(d, Fields.TYPE, meta.type());
        if (meta.date() != null) {
            d.add(new StoredField(Fields.DATE, meta.date().toString()));
            d.add(new NumericDocValuesField(Fields.DATE_SORT, meta.date().toEpochDay()));
            addFacet(d, Fields.YEAR, String.valueOf(meta.date().getYear()));
        }
        d.add(new StoredField(Fields.BODY, String.join(Fields.PARAGRAPH_SEPARATOR, doc.paragraphs())));
        d.add(new StoredField(Fields.PAGE_JOINS, Structures.encodePageJoins(doc.pageJoins())));
        return d;
    }

    /** A text field analysed three ways: dictionary words (stored), bigrams and single characters. */
    private static void addText(Document d, String field, String text) {
        d.add(new Field(field, text, TEXT_WITH_OFFSETS));
        d.add(new Field(Fields.bigram(field), text, TWIN_WITH_OFFSETS));
        d.add(new Field(Fields.unigram(field), text, TWIN_WITH_OFFSETS));
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
