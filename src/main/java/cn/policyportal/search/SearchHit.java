package cn.policyportal.search;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import cn.policyportal.index.DocumentInfo;
import cn.policyportal.index.UnitRef;
import cn.policyportal.versions.Validity;

/**
 * One matching document.
 *
 * @param document  its metadata
 * @param score     relevance score (0 when sorted by date)
 * @param snippet   HTML-escaped best passage(s), matched words wrapped in {@code <mark>}
 * @param unit      the unit (article, section, task) that matched best, or {@code null}
 * @param url       the link to the document, opened at that unit
 * @param moreUnits other units of the same document that match, best first
 * @param validity  the document's validity today, for its badge
 */
public record SearchHit(@JsonUnwrapped DocumentInfo document, float score, String snippet, UnitRef unit, String url,
                        List<UnitLink> moreUnits, Validity validity) {

    /** A unit and its link. */
    public record UnitLink(UnitRef unit, String url) {
    }
}
