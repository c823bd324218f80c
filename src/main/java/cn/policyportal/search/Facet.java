package cn.policyportal.search;

import java.util.Arrays;
import java.util.List;

import cn.policyportal.index.Fields;
import cn.policyportal.snapshot.InvalidQueryException;

/**
 * A filter that is also counted for every search: its name in the API (a URL parameter, a
 * {@code type:办法} term, a key of {@code "facets"}) and the index field it reads.
 */
public enum Facet {
    TYPE("type", Fields.TYPE),
    ISSUER("issuer", Fields.ISSUER),
    YEAR("year", Fields.YEAR),
    DEPT("dept", Fields.DEPT);

    /** The index fields of every facet, in this order. */
    static final List<String> FIELDS = Arrays.stream(values()).map(Facet::field).toList();

    private final String param;
    private final String field;

    Facet(String param, String field) {
        this.param = param;
        this.field = field;
    }

    /** The name in the API. */
    public String param() {
        return param;
    }

    String field() {
        return field;
    }

    /**
     * The facet named {@code param} in the API.
     *
     * @throws InvalidQueryException when there is none
     */
    static Facet of(String param) {
        return Arrays.stream(values()).filter(f -> f.param.equals(param)).findFirst()
                .orElseThrow(() -> new cn.policyportal.snapshot.InvalidQueryException("不支持按“" + param
                        + "”筛选，可用的筛选项：" + String.join("、", Arrays.stream(values()).map(Facet::param).toList())));
    }

    /** Whether {@code param} names a facet. */
    static boolean isFacet(String param) {
        return Arrays.stream(values()).anyMatch(f -> f.param.equals(param));
    }
}
