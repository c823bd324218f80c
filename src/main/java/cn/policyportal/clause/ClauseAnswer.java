package cn.policyportal.clause;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import cn.policyportal.index.DocumentInfo;
import cn.policyportal.index.UnitRef;

/**
 * What a clause reference resolved to.
 *
 * @param query     the reference as understood, such as 第十六条
 * @param ambiguous whether several documents fit and the person must choose
 * @param matches   the unit found, or the candidates when ambiguous
 * @param versions  other versions of the chosen document (same title, other dates)
 */
public record ClauseAnswer(String query, boolean ambiguous, List<Match> matches, List<DocumentInfo> versions) {

    public ClauseAnswer {
        matches = List.copyOf(matches);
        versions = List.copyOf(versions);
    }

    /** One unit of one document. */
    public record Match(@JsonUnwrapped DocumentInfo document, UnitRef unit, String text, String url) {
    }
}
