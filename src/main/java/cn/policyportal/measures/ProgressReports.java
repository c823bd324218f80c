package cn.policyportal.measures;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.policyportal.structure.DocumentStructure;

/** Reads the progress counts that rectification reports state, with the date they refer to. */
public final class ProgressReports {

    private static final String N = "\\s*(\\d+)\\s*项";
    private static final Pattern TOTAL = Pattern.compile(N + "(?:具体)?整改(?:举措|任务|措施|事项)");
    private static final Pattern COMPLETED = Pattern.compile(
            "(?:已办结|已完成|已基本完成|办结)" + N + "|应完成的" + N + "[，,]\\s*已(?:基本)?完成|" + N + "已(?:基本)?(?:办结|完成)");
    private static final Pattern YEAR_END = Pattern.compile(
            N + "将于年底前完成|年底前(?:应)?完成的" + N + "|年底前完成" + N);
    private static final Pattern ONGOING = Pattern.compile("(?:需要)?持续推进的" + N + "|" + N + "需(?:要)?持续推进");
    private static final Pattern AS_OF = Pattern.compile("截至\\s*(?:(\\d{4})\\s*年)?\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

    private ProgressReports() {
    }

    /**
     * The progress counts stated in {@code structure}'s units.
     *
     * @param reportDate the report's own date, for the year of a 截至10月31日
     */
    public static List<ProgressReport> of(DocumentStructure structure, LocalDate reportDate) {
        List<ProgressReport> reports = new ArrayList<>();
        for (DocumentStructure.Located located : structure.flatten()) {
            for (String paragraph : located.unit().paragraphs()) {
                Matcher total = TOTAL.matcher(paragraph);
                if (!total.find()) {
                    continue;
                }
                Integer completed = first(COMPLETED, paragraph);
                Integer yearEnd = first(YEAR_END, paragraph);
                Integer ongoing = first(ONGOING, paragraph);
                if (completed == null && yearEnd == null && ongoing == null) {
                    continue;
                }
                reports.add(new ProgressReport(located.unit().path(), asOf(paragraph, reportDate),
                        Integer.parseInt(total.group(1)), completed, yearEnd, ongoing, sentences(paragraph, total.start())));
            }
        }
        return reports;
    }

    private static Integer first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return null;
        }
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return Integer.parseInt(m.group(g));
            }
        }
        return null;
    }

    private static LocalDate asOf(String text, LocalDate reportDate) {
        Matcher m = AS_OF.matcher(text);
        if (m.find()) {
            int year = m.group(1) != null ? Integer.parseInt(m.group(1)) : reportDate == null ? -1 : reportDate.getYear();
            try {
                return year < 0 ? null : LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                return reportDate;
            }
        }
        return reportDate;
    }

    /** The paragraph from the sentence that states the total to the end of the paragraph, at most 200 characters. */
    private static String sentences(String paragraph, int at) {
        int start = paragraph.lastIndexOf('。', at) + 1;
        String text = paragraph.substring(start);
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
