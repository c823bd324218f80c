package cn.policyportal.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results.
 *
 * @param query       the query as typed
 * @param total       how many documents match
 * @param tookMs      time spent answering, in milliseconds
 * @param hits        the documents on this page
 * @param facets      per facet field, how many matching documents have each value, most first
 * @param didYouMean  when nothing matches: the same query without the words that match nothing, if that finds something
 * @param suggestions when nothing matches: the document titles nearest to the query
 * @param mode        {@code question} when the query was answered as a question; absent for keywords
 * @param questionWords for a question, the words searched (its function and question words dropped)
 * @param ranking     for a question, {@code words}, {@code meaning} or {@code hybrid}: what ranked the units
 */
public record SearchResult(String query, long total, long tookMs, List<SearchHit> hits,
                           Map<String, Map<String, Long>> facets, String didYouMean, List<String> suggestions,
                           String mode, List<String> questionWords, String ranking) {

    /** A keyword search's result. */
    public SearchResult(String query, long total, long tookMs, List<SearchHit> hits,
                        Map<String, Map<String, Long>> facets, String didYouMean, List<String> suggestions) {
        this(query, total, tookMs, hits, facets, didYouMean, suggestions, null, null, null);
    }
}
