package cn.policyportal.measures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.policyportal.text.ChineseNumerals;

/**
 * Reads a 时间期限 into a {@link Deadline}: 2021年9月底前 → 2021-09-30, 2021年年底前 → 2021-12-31,
 * “十四五”末 → 2025-12-31, 持续推进 → ongoing, 从2021年开始每年 → recurring.
 */
public final class Deadlines {

    private static final Pattern DAY = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月(?!\\s*\\d{1,2}\\s*日)");
    private static final Pattern YEAR_END = Pattern.compile("(\\d{4})\\s*年\\s*(?:年\\s*)?(?:底|末)");
    private static final Pattern HALF = Pattern.compile("(\\d{4})\\s*年\\s*(上|下)半年");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})\\s*年\\s*(?:第)?([一二三四1-4])\\s*季度");
    /** A bare year that ends a clause or is bounded (2023年，… / 2022年前 / 2022年内). */
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年\\s*(?=[，,；;。前内])");
    private static final Pattern PLAN_PERIOD = Pattern.compile("[“\"]?(十[一二三四五六七八九]?五)[”\"]?\\s*(末|期间|时期)");
    private static final Pattern START = Pattern.compile("从\\s*\\d{4}\\s*年\\s*(?:起|开始)");
    private static final Pattern RECURRING = Pattern.compile("每年|每季度|每月|年度例行|逐年");
    /** 从2021年开始每年…: yearly work from a start, whatever else the text says. */
    private static final Pattern RECURRING_FROM = Pattern.compile("从\\s*\\d{4}\\s*年\\s*(?:起|开始)\\s*(?:每年|每季度|每月|逐年)");
    private static final Pattern ONGOING = Pattern.compile("持续|长期|常态化|久久为功|不断");

    private Deadlines() {
    }

    /** The deadline that {@code text} states; {@code null} or blank text states none. */
    public static Deadline parse(String text) {
        if (text == null || text.isBlank()) {
            return Deadline.NONE;
        }
        String t = text.strip();
        List<LocalDate> milestones = milestones(START.matcher(t).replaceAll(""));
        Deadline.Kind kind;
        if (RECURRING_FROM.matcher(t).find()) {
            kind = Deadline.Kind.RECURRING;
        } else if (ONGOING.matcher(t).find()) {
            kind = Deadline.Kind.ONGOING;
        } else if (RECURRING.matcher(t).find()) {
            kind = Deadline.Kind.RECURRING;
        } else {
            kind = milestones.isEmpty() ? Deadline.Kind.UNSPECIFIED : Deadline.Kind.DATE;
        }
        return new Deadline(t, kind, milestones);
    }

    /** The dates {@code text} names, in the order written, each once. */
    static List<LocalDate> milestones(String text) {
        TreeMap<Integer, LocalDate> byPosition = new TreeMap<>();
        boolean[] taken = new boolean[text.length() + 1];
        collect(text, DAY, byPosition, taken, m -> LocalDate.of(year(m), month(m.group(2)), Integer.parseInt(m.group(3))));
        collect(text, HALF, byPosition, taken, m -> m.group(2).equals("上")
                ? LocalDate.of(year(m), 6, 30) : LocalDate.of(year(m), 12, 31));
        collect(text, QUARTER, byPosition, taken, m -> YearMonth.of(year(m), quarter(m.group(2)) * 3).atEndOfMonth());
        collect(text, MONTH, byPosition, taken, m -> YearMonth.of(year(m), month(m.group(2))).atEndOfMonth());
        collect(text, YEAR_END, byPosition, taken, m -> LocalDate.of(year(m), 12, 31));
        collect(text, PLAN_PERIOD, byPosition, taken, m -> LocalDate.of(planEnd(m.group(1)), 12, 31));
        collect(text, YEAR, byPosition, taken, m -> LocalDate.of(year(m), 12, 31));
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d : byPosition.values()) {
            if (d != null && !dates.contains(d)) {
                dates.add(d);
            }
        }
        return dates;
    }

    private interface DateOf {
        LocalDate of(Matcher m);
    }

    /** Adds the dates of {@code pattern}'s matches that do not overlap an earlier, more precise match. */
    private static void collect(String text, Pattern pattern, TreeMap<Integer, LocalDate> out, boolean[] taken, DateOf date) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            boolean overlaps = false;
            for (int i = m.start(); i < m.end(); i++) {
                overlaps |= taken[i];
            }
            if (overlaps) {
                continue;
            }
            try {
                out.put(m.start(), date.of(m));
                for (int i = m.start(); i < m.end(); i++) {
                    taken[i] = true;
                }
            } catch (java.time.DateTimeException e) {
                // a date that does not exist (2021年2月30日) names no milestone
            }
        }
    }

    private static int year(Matcher m) {
        return Integer.parseInt(m.group(1));
    }

    private static int month(String text) {
        return Integer.parseInt(text);
    }

    private static int quarter(String text) {
        OptionalInt n = ChineseNumerals.parse(text);
        return n.orElse(4);
    }

    /** The last year of a five-year plan: 十三五 → 2020, 十四五 → 2025, 十五五 → 2030. */
    static int planEnd(String plan) {
        int number = ChineseNumerals.parse(plan.substring(0, plan.length() - 1)).orElse(14);
        return 1955 + 5 * number;
    }
}
