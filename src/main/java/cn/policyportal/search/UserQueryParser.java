package cn.policyportal.search;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

import cn.policyportal.index.Fields;

/**
 * Turns what a person typed into a Lucene query over titles and text.
 *
 * <p>Words separated by spaces must all occur. A Chinese word that SmartChineseAnalyzer splits
 * (问题线索 → 问题 + 线索) becomes a phrase, so the words must stand together: the classic parser
 * otherwise ORs them and ranks texts where they lie far apart above the exact phrase.
 */
public final class UserQueryParser {

    /** Longer queries are refused: nobody types them, and they cost time. */
    public static final int MAX_LENGTH = 500;

    /** A word in the title says more about a document than the same word in its text. */
    private static final Map<String, Float> BOOSTS = Map.of(Fields.TITLE, 3f);

    private final Analyzer analyzer;
    private final String[] fields;

    /** A parser that searches {@code fields}. */
    public UserQueryParser(Analyzer analyzer, String... fields) {
        this.analyzer = analyzer;
        this.fields = fields.clone();
    }

    /**
     * Parses {@code text}; blank text matches every document.
     *
     * @throws InvalidQueryException when the text is too long or not a valid query
     */
    public Query parse(String text) {
        if (text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidQueryException("检索词过长（" + text.length() + " 字），请控制在 " + MAX_LENGTH + " 字以内");
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(fields, analyzer, BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        parser.setAllowLeadingWildcard(false);
        try {
            return parser.parse(text);
        } catch (ParseException | IllegalArgumentException e) {
            throw new InvalidQueryException("无法理解检索式“" + text + "”：括号、引号须成对出现，"
                    + "通配符 * ? 不能放在词首，AND、OR、NOT 前后须有检索词。可以去掉这些符号后重试。", e);
        }
    }
}
