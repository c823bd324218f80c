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

/** Turns an {@link IngestedDocument} into the block of Lucene documents described in {@link Fields}. */
public final class DocumentBlocks {

    /** Analysed, stored, with offsets in the postings so highlighting needs no re-analysis. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private DocumentBlocks() {
    }

    /** The paragraph units of {@code doc} followed by the document itself. */
    public static List<Document> of(IngestedDocument doc) {
        List<Document> block = new ArrayList<>(doc.paragraphs().size() + 1);
        for (int i = 0; i < doc.paragraphs().size(); i++) {
            Document unit = new Document();
            unit.add(new StringField(Fields.KIND, Fields.KIND_PARA, Field.Store.NO));
            unit.add(new StringField(Fields.DOC_ID, doc.id(), Field.Store.YES));
            unit.add(new StoredField(Fields.UNIT_ORDINAL, i));
            unit.add(new Field(Fields.UNIT_TEXT, doc.paragraphs().get(i), TEXT_WITH_OFFSETS));
            block.add(unit);
        }
        block.add(parent(doc));
        return block;
    }

    private static Document parent(IngestedDocument doc) {
        DocumentMetadata meta = doc.metadata();
        Document d = new Document();
        d.add(new StringField(Fields.KIND, Fields.KIND_DOC, Field.Store.NO));
        d.add(new StringField(Fields.DOC_ID, doc.id(), Field.Store.YES));
        d.add(new StoredField(Fields.PATH, doc.path()));
        d.add(new StoredField(Fields.HASH, doc.contentHash()));
        d.add(new StoredField(Fields.MEDIA_TYPE, doc.mediaType()));
        d.add(new TextField(Fields.TITLE, meta.title(), Field.Store.YES));
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
        d.add(new Field(Fields.BODY, String.join(Fields.PARAGRAPH_SEPARATOR, doc.paragraphs()), TEXT_WITH_OFFSETS));
        return d;
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
