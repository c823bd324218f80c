package cn.policyportal.search;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * One matching document.
 *
 * @param document its metadata
 * @param score    relevance score (0 when sorted by date)
 * @param snippet  HTML-escaped best passage(s), matched words wrapped in {@code <mark>}
 */
public record SearchHit(@JsonUnwrapped DocumentInfo document, float score, String snippet) {
}
