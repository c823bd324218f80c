package cn.policyportal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

import cn.policyportal.index.Fields;
import cn.policyportal.snapshot.InvalidQueryException;
import cn.policyportal.versions.ValidityStatus;

/**
 * The search filter by validity ({@code validity=现行有效}). Validity is not indexed (it follows the
 * corpus, the day and admins' overrides), so the filter names documents by id: those of the
 * status, or, when they are the larger share, the others to exclude.
 */
final class ValidityFilter {

    /** The parameter and the facet's key. */
    static final String PARAM = "validity";

    private ValidityFilter() {
    }

    /**
     * The validity named {@code value}, or {@code null} for all.
     *
     * @throws InvalidQueryException when it names none of the four
     */
    static ValidityStatus parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return ValidityStatus.of(value.strip()).orElseThrow(() -> new InvalidQueryException(
                "时效性筛选 validity 只能是" + ValidityStatus.labels() + "之一，收到的是“" + value + "”"));
    }

    /** {@code query} restricted to the documents whose status in {@code statuses} is {@code wanted}. */
    static Query of(Query query, Map<String, ValidityStatus> statuses, ValidityStatus wanted) {
        if (wanted == null) {
            return query;
        }
        List<BytesRef> with = new ArrayList<>();
        List<BytesRef> without = new ArrayList<>();
        statuses.forEach((id, status) -> (status == wanted ? with : without).add(new BytesRef(id)));
        if (with.isEmpty()) {
            return new MatchNoDocsQuery("no document is " + wanted.label());
        }
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        if (with.size() <= without.size()) {
            filtered.add(new TermInSetQuery(Fields.DOC_ID, with), BooleanClause.Occur.FILTER);
        } else if (!without.isEmpty()) {
            filtered.add(new TermInSetQuery(Fields.DOC_ID, without), BooleanClause.Occur.MUST_NOT);
        }
        return filtered.build();
    }
}
