package cn.policyportal.structure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.policyportal.text.ArticleRef;

/**
 * Reads a {@link RuleHistory} from a text: the history lines at its head (2016年3月16日…通过,
 * 2023年12月29日…修正), its 施行 statement, the rules it repeals, whether it is 试行/暂行, and
 * whether the file holds one part of a code.
 */
public final class RuleHistoryParser {

    /** The head in which a law states its history, before its first article. */
    private static final int HEAD = 20;
    private static final String DATE = "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日";
    /**
     * One event of a history line: a date, then what happened on it, the last such word before the
     * next date (2016年…会议通过的《关于修改…的决定》修正 is a 修正, not a 通过).
     */
    private static final Pattern EVENT = Pattern.compile(DATE + "((?:(?!\\d{4}\\s*年).){0,150})(通过|修正|修订|公布|发布|施行)");
    /** 本法自2021年1月1日起施行, the usual last article. */
    private static final Pattern IN_FORCE_FROM = Pattern.compile("自\\s*" + DATE + "\\s*起(?:施行|实施|生效)");
    private static final Pattern IN_FORCE_ON_PUBLICATION = Pattern.compile("自(?:公布|发布|印发)之日起(?:施行|实施|生效)");
    /** The date a collection appends to a file's name: 慈善法(2016-03-16).txt. */
    private static final Pattern FILE_DATE = Pattern.compile("[(（](\\d{4})-(\\d{1,2})-(\\d{1,2})[)）]");

    private RuleHistoryParser() {
    }

    /** One dated event of the head: what happened (通过, 修正 …) on which day. */
    record Event(LocalDate date, String kind) {
    }

    /**
     * The history of the text {@code paragraphs} titled {@code title}, in a file named
     * {@code fileName}, whose metadata gave it the date {@code statedDate} (or {@code null}). The
     * version's date is its latest history line, else the stated date, else the file name's date,
     * else the date it takes effect.
     */
    public static RuleHistory of(List<String> paragraphs, String title, String fileName, LocalDate statedDate) {
        List<Event> events = events(head(paragraphs));
        Optional<Event> version = events.stream().filter(e -> !e.kind().equals("施行"))
                .reduce((a, b) -> b.date().isBefore(a.date()) ? a : b);
        LocalDate versionDate = version.map(Event::date).orElse(statedDate);
        if (versionDate == null) {
            versionDate = fileDate(fileName).orElse(null);
        }
        LocalDate effective = effectiveDate(paragraphs, events, versionDate);
        if (versionDate == null) {
            versionDate = effective;
        }
        String label = version.map(e -> e.date().getYear() + "年" + e.kind())
                .orElse(versionDate == null ? null : versionDate.getYear() + "年版");
        return new RuleHistory(versionDate, label, effective,
                title != null && (title.contains("试行") || title.contains("暂行")), part(paragraphs),
                RepealStatements.in(paragraphs));
    }

    /** The paragraphs before the first article or chapter heading, at most {@link #HEAD}. */
    private static List<String> head(List<String> paragraphs) {
        List<String> head = new ArrayList<>();
        for (String p : paragraphs.subList(0, Math.min(HEAD, paragraphs.size()))) {
            if (ArticleRef.heading(p.strip()).isPresent()) {
                break;
            }
            head.add(p);
        }
        return head;
    }

    static List<Event> events(List<String> head) {
        List<Event> events = new ArrayList<>();
        for (String line : head) {
            Matcher m = EVENT.matcher(line);
            while (m.find()) {
                date(m.group(1), m.group(2), m.group(3)).ifPresent(d -> events.add(new Event(d, m.group(5))));
            }
        }
        return events;
    }

    /**
     * When this version takes effect: a 施行 line of the head, else the text's last 自…起施行 (its
     * final provisions), else its own date when it takes effect on publication. An amended text
     * keeps the original's 施行 date, which cannot be the amended version's: such a version takes
     * effect on its own date at the earliest.
     */
    private static LocalDate effectiveDate(List<String> paragraphs, List<Event> events, LocalDate versionDate) {
        LocalDate stated = events.stream().filter(e -> e.kind().equals("施行")).map(Event::date)
                .reduce((a, b) -> b).orElse(null);
        for (int i = paragraphs.size() - 1; stated == null && i >= 0; i--) {
            Matcher m = IN_FORCE_FROM.matcher(paragraphs.get(i));
            LocalDate last = null;
            while (m.find()) {
                last = date(m.group(1), m.group(2), m.group(3)).orElse(last);
            }
            stated = last;
            if (stated == null && IN_FORCE_ON_PUBLICATION.matcher(paragraphs.get(i)).find()) {
                return versionDate;
            }
        }
        if (stated == null || versionDate == null) {
            return stated;
        }
        return stated.isBefore(versionDate) ? versionDate : stated;
    }

    /** The 编 a file holds when it holds exactly one: a code published one file per part. */
    private static String part(List<String> paragraphs) {
        String part = null;
        for (String p : paragraphs) {
            Optional<ArticleRef.Found> heading = ArticleRef.heading(p.strip());
            if (heading.isPresent() && heading.get().ref().level() == ArticleRef.PART) {
                if (part != null) {
                    return null;
                }
                part = p.strip();
            }
        }
        return part;
    }

    private static Optional<LocalDate> fileDate(String fileName) {
        Matcher m = FILE_DATE.matcher(fileName == null ? "" : fileName);
        Optional<LocalDate> found = Optional.empty();
        while (m.find()) {
            found = date(m.group(1), m.group(2), m.group(3));
        }
        return found;
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
