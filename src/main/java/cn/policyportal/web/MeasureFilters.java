package cn.policyportal.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import cn.policyportal.ledger.MeasureQuery;
import cn.policyportal.ledger.MeasureStatus;
import cn.policyportal.ledger.RoundFilter;
import cn.policyportal.ledger.Workflow;
import cn.policyportal.snapshot.InvalidQueryException;

/**
 * The measure filters of every measures route, read from named values: a request's query string,
 * or the filter a round is opened with. One reading for both, so that a round opened from the
 * current filter of {@code /measures} holds exactly the measures that page shows.
 */
final class MeasureFilters {

    /** The filters, in the order a round's filter is written down. */
    static final List<String> NAMES = List.of("doc", "lead_dept", "assist_dept", "leader", "status", "due_from", "due_to",
            "due_within", "unreported", "round", "q", "as_of");
    /** What the address of {@code /measures} also carries without selecting measures: a round's filter ignores it. */
    private static final Set<String> NOT_FILTERS = Set.of("page", "size", "sort");

    private MeasureFilters() {
    }

    /**
     * The query the values of {@code param} describe, with the workflow's filters: {@code due_within}
     * days (临期) and {@code unreported} (本轮未报送) in round {@code round}, the newest when not given.
     */
    static MeasureQuery query(Function<String, String> param, Workflow workflow, int page, int size) throws IOException {
        LocalDate asOf = Params.optionalDate(param.apply("as_of"), "as_of");
        asOf = asOf == null ? LocalDate.now() : asOf;
        Set<String> ids = null;
        if (Params.text(param.apply("unreported")) != null) {
            ids = workflow.unreported(workflow.round(Params.optionalId(param.apply("round"), "round")).id(), asOf);
        }
        String within = Params.text(param.apply("due_within"));
        return new MeasureQuery(Params.text(param.apply("lead_dept")), Params.text(param.apply("assist_dept")),
                Params.text(param.apply("leader")), statuses(param.apply("status")),
                Params.optionalDate(param.apply("due_from"), "due_from"), Params.optionalDate(param.apply("due_to"), "due_to"),
                Params.text(param.apply("doc")), Params.text(param.apply("q")), asOf, page, size,
                within == null ? null : Params.integer(within, "due_within", 30), ids);
    }

    private static Set<String> statuses(String raw) {
        String value = Params.text(raw);
        if (value == null) {
            return Set.of();
        }
        Set<String> codes = Arrays.stream(value.split(",")).map(String::strip).collect(Collectors.toSet());
        for (String code : codes) {
            if (MeasureStatus.ofCode(code) == null) {
                throw new InvalidQueryException("状态 status 只能是 completed、overdue、in_progress、ongoing、unscheduled，收到的是“" + code + "”");
            }
        }
        return codes;
    }

    /**
     * The filters of a round's {@code filter} (a query string as {@code /measures} has in its address,
     * or an object of the same names) with {@code doc}, in {@link #NAMES} order, blanks left out.
     *
     * @throws InvalidQueryException for a name that is no filter, or a filter of another document than {@code doc}
     */
    static Map<String, String> values(JsonNode filter, String doc) {
        Map<String, String> given = filter.isTextual() ? fromQueryString(filter.asText())
                : filter.isObject() ? fromObject(filter) : Map.of();
        if (!filter.isMissingNode() && !filter.isNull() && !filter.isTextual() && !filter.isObject()) {
            throw new InvalidQueryException("筛选条件 filter 应为举措页地址中的参数（如 \"lead_dept=人事局&status=overdue\"）或同名字段的 JSON 对象");
        }
        for (String name : given.keySet()) {
            if (!NAMES.contains(name) && !NOT_FILTERS.contains(name)) {
                throw new InvalidQueryException("筛选条件中的“" + name + "”不是举措页的筛选项；可用：" + String.join("、", NAMES));
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : NAMES) {
            String value = Params.text(given.get(name));
            if (value != null) {
                values.put(name, value);
            }
        }
        String document = Params.text(doc);
        if (document != null && values.containsKey("doc") && !values.get("doc").equals(document)) {
            throw new InvalidQueryException("报送范围的文件 doc 与筛选条件中的文件不一致，请只给出一个");
        }
        if (document != null) {
            values.put("doc", document);
        }
        return values;
    }

    /** The round filter {@code values} describe, read as the measures routes read them, with its query string. */
    static RoundFilter roundFilter(Map<String, String> values, Workflow workflow) throws IOException {
        MeasureQuery query = query(values::get, workflow, 1, 1);
        String text = values.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("&"));
        return new RoundFilter(query, text);
    }

    private static Map<String, String> fromQueryString(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        String query = text.strip().startsWith("?") ? text.strip().substring(1) : text.strip();
        // The decoder below would read a broken escape or bytes that are no UTF-8 leniently, as an address is not.
        QueryStrings.requireValid(query);
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                values.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new InvalidQueryException("筛选条件 filter 的编码有误：百分号编码须为两位十六进制数");
            }
        }
        return values;
    }

    private static Map<String, String> fromObject(JsonNode filter) {
        Map<String, String> values = new LinkedHashMap<>();
        filter.properties().forEach(e -> values.put(e.getKey(), e.getValue().isArray()
                ? String.join(",", Params.strings(e.getValue())) : e.getValue().asText("")));
        return values;
    }
}
