package cn.policyportal.clause;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import cn.policyportal.index.DocumentInfo;
import cn.policyportal.index.UnitRef;
import cn.policyportal.versions.Validity;
import cn.policyportal.versions.VersionRef;

/**
 * What a clause reference resolved to.
 *
 * @param query     the reference as understood, such as 第十六条
 * @param ambiguous whether several documents fit and the person must choose
 * @param matches   the unit found, or the candidates when ambiguous
 * @param versions  the other versions of the rule found, oldest first, each with its validity
 * @param validity  the validity of the document found (absent when ambiguous)
 * @param notice    what a person must know before relying on the answer: the rule is 已废止 (and by
 *                  what), 已修改 or 尚未生效; absent when it is in force
 */
public record ClauseAnswer(String query, boolean ambiguous, List<Match> matches, List<VersionRef> versions,
                           Validity validity, String notice) {

    public ClauseAnswer {
        matches = List.copyOf(matches);
        versions = List.copyOf(versions);
    }

    /** One unit of one document. */
    public record Match(@JsonUnwrapped DocumentInfo document, UnitRef unit, String text, String url) {
    }
}
