package cn.policyportal.ledger;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

import cn.policyportal.snapshot.InvalidQueryException;

/**
 * What the measures can be counted by, and how the statistics page draws each count. A new chart
 * is one constant here: {@code GET /api/stats/dimensions} lists them and the page draws what it lists.
 */
@JsonFormat(shape = JsonFormat.Shape.OBJECT)
public enum Dimension {
    LEAD_DEPT("lead_dept", "牵头部门", "各牵头部门的举措数（按状态分色）", Chart.BARS, 1, Size.WIDE,
            m -> orUnnamed(m.leadDepts())),
    ASSIST_DEPT("assist_dept", "协助部门", "各协助部门参与的举措数", Chart.BARS, 5, Size.TALL, MeasureView::assistDepts),
    LEADER("leader", "牵头院领导", "各牵头院领导的举措数", Chart.BARS, 4, Size.NORMAL, m -> orUnnamed(m.leadLeaders())),
    STATUS("status", "状态", "举措状态分布", Chart.SHARES, 2, Size.NORMAL, m -> List.of(m.status())),
    DUE_MONTH("due_month", "截止月份", "按截止时间的举措数（已逾期为红色）", Chart.TIMELINE, 3, Size.NORMAL,
            m -> List.of(dueKey(m.due(), "due_month"))),
    DUE_QUARTER("due_quarter", "截止季度", "按截止时间的举措数（已逾期为红色）", Chart.TIMELINE, 3, Size.NORMAL,
            m -> List.of(dueKey(m.due(), "due_quarter"))),
    DUE_YEAR("due_year", "截止年份", "按截止时间的举措数（已逾期为红色）", Chart.TIMELINE, 3, Size.NORMAL,
            m -> List.of(dueKey(m.due(), "due_year")));

    /** How the page draws a dimension's counts. */
    public enum Chart {
        /** Bars of each key stacked by status; a click opens the measures with that key and status. */
        BARS,
        /** One share per key (the keys are statuses). */
        SHARES,
        /** Bars over time; the dimensions of this kind share one chart and are chosen as its period. */
        TIMELINE
    }

    /** How much room a chart takes: the width of the page, or the height of a long list of names. */
    public enum Size { WIDE, TALL, NORMAL }

    /** The key of measures without a due date. */
    public static final String NO_DUE = "未定期限";
    /** The key of measures that name no one where the dimension asks for a name. */
    public static final String UNNAMED = "未注明";

    private final String key;
    private final String label;
    private final String caption;
    private final Chart chart;
    private final int order;
    private final Size size;
    private final Function<MeasureView, List<String>> keysOf;

    Dimension(String key, String label, String caption, Chart chart, int order, Size size,
              Function<MeasureView, List<String>> keysOf) {
        this.key = key;
        this.label = label;
        this.caption = caption;
        this.chart = chart;
        this.order = order;
        this.size = size;
        this.keysOf = keysOf;
    }

    /** The name in the API: {@code by=lead_dept}. */
    @JsonProperty
    public String key() {
        return key;
    }

    /** What is counted, as a filter or an axis names it: 牵头部门. */
    @JsonProperty
    public String label() {
        return label;
    }

    /** The chart's caption. */
    @JsonProperty
    public String caption() {
        return caption;
    }

    @JsonProperty
    public Chart chart() {
        return chart;
    }

    /** Where the chart stands on the page, first to last; a timeline's dimensions share one place. */
    @JsonProperty
    public int order() {
        return order;
    }

    @JsonProperty
    public Size size() {
        return size;
    }

    /** The keys {@code measure} is counted under. */
    List<String> keys(MeasureView measure) {
        return keysOf.apply(measure);
    }

    /** Whether keys are ordered in time (oldest first, undated last) rather than by count. */
    boolean inTimeOrder() {
        return chart == Chart.TIMELINE;
    }

    /** Every dimension's API name. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(Dimension::key).toList();
    }

    /**
     * The dimension named {@code key} in the API.
     *
     * @throws InvalidQueryException when there is none
     */
    public static Dimension of(String key) {
        return Arrays.stream(values()).filter(d -> d.key.equals(key)).findFirst()
                .orElseThrow(() -> new InvalidQueryException("统计维度 by 只能是：" + String.join("、", keys())));
    }

    /** The month, quarter or year bucket of {@code due} in the dimension named {@code key}. */
    public static String dueKey(LocalDate due, String key) {
        if (due == null) {
            return NO_DUE;
        }
        return switch (key) {
            case "due_month" -> String.format("%d-%02d", due.getYear(), due.getMonthValue());
            case "due_quarter" -> due.getYear() + "-Q" + ((due.getMonthValue() - 1) / 3 + 1);
            default -> String.valueOf(due.getYear());
        };
    }

    private static List<String> orUnnamed(List<String> values) {
        return values.isEmpty() ? List.of(UNNAMED) : values;
    }
}
