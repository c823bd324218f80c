package cn.policyportal.index;

/**
 * Names of the Lucene fields, and why each exists.
 *
 * <p>Each corpus document is written as one block: its paragraph units first, then the document
 * itself (the parent, last, as Lucene's block join expects). Every Lucene document of a block
 * carries {@link #DOC_ID}, so one delete term replaces or removes the whole block.
 */
public final class Fields {

    /** {@code doc}, {@code unit}, {@code measure} or {@code text}: one index holds documents and all their parts. */
    public static final String KIND = "kind";
    public static final String KIND_DOC = "doc";
    public static final String KIND_UNIT = "unit";
    public static final String KIND_MEASURE = "measure";
    public static final String KIND_TEXT = "text";

    /** A measure as JSON (stored only): the measures view and statistics read it back whole. */
    public static final String MEASURE_JSON = "measure_json";

    /**
     * Stable document id (exact term on every document of a block, stored on the parent): the
     * delete term and the key of every URL.
     */
    public static final String DOC_ID = "doc_id";
    /** File path relative to the corpus (stored only): shown to people, used to find removed files. */
    public static final String PATH = "path";
    /** SHA-256 of the file's bytes (stored only): unchanged files are skipped on re-index. */
    public static final String HASH = "hash";
    /** Media type Tika detected (stored only). */
    public static final String MEDIA_TYPE = "media_type";

    /** Display title, analysed by SmartChineseAnalyzer so that title words rank documents. */
    public static final String TITLE = "title";
    /** Full title of a wrapping 关于印发…的通知 (stored only). */
    public static final String NOTICE_TITLE = "notice_title";
    /** 文号 (exact term and stored): people paste it whole. */
    public static final String DOC_NUMBER = "doc_number";
    /** Issuing body (exact term, doc values for facet counts, stored). */
    public static final String ISSUER = "issuer";
    /** Document type such as 办法 (exact term, doc values for facets, stored). */
    public static final String TYPE = "type";
    /** Year of the 成文日期 (exact term, doc values for facets, stored). */
    public static final String YEAR = "year";
    /** 成文日期 as ISO text (stored only). */
    public static final String DATE = "date";
    /** 成文日期 as epoch day (doc values only): sorting by date. */
    public static final String DATE_SORT = "date_sort";
    /** Disclosure note such as 主动公开 (stored only). */
    public static final String DISCLOSURE = "disclosure";
    /**
     * How OCR read a scan, {@code pages} and {@code confidence} as JSON (stored only, absent for a file
     * with a text of its own): lists and hits show an OCR badge without reading the text, and the
     * indexer, not the page, knows how the file was read.
     */
    public static final String OCR = "ocr";
    /**
     * How well the text came out of the file, as JSON (stored only): the ingest report lists every
     * indexed file's figures and warning, also of files this run skipped as unchanged, without
     * extracting any file again.
     */
    public static final String QUALITY = "quality";
    /**
     * The province, city or county a local rule is made for (exact term and stored, absent for a
     * national one): over the 3,130 bench laws, 1,860 local regulations restate the national laws'
     * articles, and a question that names no place is answered by the national rule first
     * (hybrid Recall@10 on the judged questions, see docs/benchmarks.md).
     */
    public static final String PLACE = "place";
    /** Whether the title was read from the text rather than the file name (stored only). */
    public static final String TITLE_FROM_TEXT = "title_from_text";

    /**
     * The whole cleaned text, paragraphs separated by newlines (stored only, in the block's
     * {@code text} document just before its parent): the document view reads it. It is not
     * analysed: a document is found through its units (block join), so each text is analysed once,
     * not twice.
     */
    public static final String BODY = "body";

    /**
     * The document's structure as the indexer parsed it (stored JSON beside {@link #BODY}, its
     * paragraphs referred to by number): a page shows the structure without parsing the text again,
     * which took 5–40 ms for a long law on every uncached view.
     */
    public static final String STRUCTURE = "structure";

    /**
     * What the document cites, by paragraph and by article (stored JSON beside {@link #BODY}): the
     * citations of a document or article page are resolved, not found again in its text.
     */
    public static final String REFERENCES = "references";

    /**
     * Every title the document cites (stored on the parent, one per line, absent when none): "cited
     * by" is counted over the corpus from the parents alone, without decompressing every text.
     */
    public static final String CITED_TITLES = "cited_titles";

    /**
     * The progress counts a rectification report states (stored JSON on the parent, absent when it
     * states none): the reports' chart reads them with the document list instead of parsing every
     * text that mentions 整改.
     */
    public static final String PROGRESS = "progress";

    /**
     * The rule's history as {@code RuleHistoryParser} read it (stored JSON on the parent, absent when
     * the text states none): its version date and label, 施行 date, 试行 flag, the part of a code it
     * holds and the titles it repeals. Versions and validity are resolved across the corpus for
     * every snapshot from the parents alone, without reading a text.
     */
    public static final String RULE_HISTORY = "rule_history";

    /**
     * The opening of the text (binary doc value): the snippet of a hit found by its title or
     * filters alone, read without decompressing the stored fields around it.
     */
    public static final String LEAD = "lead";
    /** How much of the text {@link #LEAD} keeps. */
    public static final int LEAD_LENGTH = 200;

    /**
     * The abbreviations the document defines (stored), one "short form, tab, full form" per line:
     * the search widens a short form to its full forms without reading every text at start-up.
     */
    public static final String ABBREVIATIONS = "abbreviations";

    /**
     * A structural unit's heading and text (analysed): an article, a report section, a plan task.
     * Searching units lets a hit name the article it matched.
     */
    public static final String UNIT_TEXT = "unit_text";
    /**
     * What {@link #UNIT_TEXT} holds, as a binary doc value rather than a stored field: a page of
     * hits reads ten of them for its snippets, and a stored field would be found by decompressing
     * a block of a few hundred units each time (a sixth of a one-word search's time).
     */
    public static final String UNIT_TEXT_VALUE = "unit_text_value";
    /**
     * An article's number, {@code 16} or {@code 16-1} for 第十六条之一 (exact term, articles only): a
     * search that names an article finds it without parsing the document it is in.
     */
    public static final String UNIT_ARTICLE = "unit_article";
    /**
     * The unit's kind, path, label, title and parent headings in one binary doc value: a page of
     * hits names its units without decompressing stored text. See {@link #UNIT_META_SEPARATOR}.
     */
    public static final String UNIT_META = "unit_meta";
    /** Separates the values in {@link #UNIT_META}: kind, path, label, title, then each parent heading. */
    public static final String UNIT_META_SEPARATOR = "\u001F";
    /**
     * A unit's document id and path ({@link #unitKey}), as an exact term: the vector index names the
     * units it finds by it, and a question's lexical and vector rankings are fused on it.
     */
    public static final String UNIT_KEY = "unit_key";

    /** The document id as a doc value on the document (parent) itself, to map a hit to its metadata. */
    public static final String DOC_ID_VALUE = "doc_id_value";

    /** Department of the document's measures, lead or assisting (exact term, doc values for facets). */
    public static final String DEPT = "dept";

    /** The CJK-bigram twin of a text field: matches any substring of two or more characters. */
    public static String bigram(String field) {
        return field + "_bigram";
    }

    /** The single-character twin of a text field: answers one-character queries. */
    public static String unigram(String field) {
        return field + "_unigram";
    }

    /** The {@link #UNIT_KEY} of the unit at {@code path} in document {@code docId}. */
    public static String unitKey(String docId, String path) {
        return docId + "/" + path;
    }

    /** The {@link #UNIT_ARTICLE} term of article {@code number} (its 之{@code sub}, or 0). */
    public static String articleKey(int number, int sub) {
        return sub > 0 ? number + "-" + sub : String.valueOf(number);
    }

    /** Separates paragraphs inside {@link #BODY}. */
    public static final String PARAGRAPH_SEPARATOR = "\n";

    private Fields() {
    }
}
