package cn.policyportal.search;

import java.util.Map;

import cn.policyportal.snapshot.InvalidQueryException;
import cn.policyportal.versions.ValidityStatus;

/**
 * A search as a person asked for it.
 *
 * @param query    the text typed into the search box; blank lists every document
 * @param filters  exact-match filters by facet field ({@code type}, {@code issuer}, {@code year}, {@code dept})
 * @param page     1-based page number
 * @param size     hits per page
 * @param sort     {@link Sort#RELEVANCE} or {@link Sort#DATE} (newest first)
 * @param analysis {@link Analysis#FULL}, or {@link Analysis#WORDS} to search SmartChineseAnalyzer
 *                 words alone, the baseline the evaluation and the benchmark compare against
 * @param validity only documents of this validity (today), or {@code null} for all
 * @param answering how the query is read: {@link Answering#AUTO} as a question when it reads as one;
 *                 the others force one way, for the evaluation to compare them
 */
public record SearchRequest(String query, Map<String, String> filters, int page, int size, Sort sort,
                            Analysis analysis, ValidityStatus validity, Answering answering) {

    /** How hits are ordered. */
    public enum Sort { RELEVANCE, DATE }

    /** Which analyses the search uses. */
    public enum Analysis { FULL, WORDS }

    /**
     * How a query is answered: {@code AUTO} reads a question as one (by words, and by meaning once
     * the vectors are ready) and anything else as keywords; {@code KEYWORDS} requires every word;
     * the {@code QUESTION_*} ways answer as a question by words alone, by meaning alone, or both.
     */
    public enum Answering { AUTO, KEYWORDS, QUESTION_WORDS, QUESTION_MEANING, QUESTION_HYBRID }

    /** The largest page size a request may ask for. */
    public static final int MAX_SIZE = 100;
    /** How deep into the results paging may go. */
    public static final int MAX_DEPTH = 10_000;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        filters = Map.copyOf(filters);
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidQueryException("每页条数 size 应在 1 到 " + MAX_SIZE + " 之间");
        }
        if (page < 1 || (long) page * size > MAX_DEPTH) {
            throw new InvalidQueryException("页码 page 应在 1 到 " + (MAX_DEPTH / size) + " 之间");
        }
        if (query.length() > 500) {
            throw new InvalidQueryException("检索词过长（" + query.length() + " 字），请控制在 500 字以内");
        }
    }

    /** A search over documents of {@code validity} (null for every one), answered the usual way. */
    public SearchRequest(String query, Map<String, String> filters, int page, int size, Sort sort, Analysis analysis,
                         ValidityStatus validity) {
        this(query, filters, page, size, sort, analysis, validity, Answering.AUTO);
    }

    /** A search over documents of every validity, answered as {@code answering} says. */
    public SearchRequest(String query, Map<String, String> filters, int page, int size, Sort sort, Analysis analysis,
                         Answering answering) {
        this(query, filters, page, size, sort, analysis, null, answering);
    }

    /** A search with all analyses over documents of every validity, answered the usual way. */
    public SearchRequest(String query, Map<String, String> filters, int page, int size, Sort sort) {
        this(query, filters, page, size, sort, Analysis.FULL, null, Answering.AUTO);
    }
}
