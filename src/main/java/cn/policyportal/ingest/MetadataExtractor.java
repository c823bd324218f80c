package cn.policyportal.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.policyportal.text.ArticleRef;
import cn.policyportal.text.Places;

/**
 * Reads a document's title, 文号, issuer, date, type and disclosure note from its cleaned paragraphs.
 *
 * <p>Chinese official documents put these in fixed places: a header with the 文号, a title line, a
 * signature followed by the 成文日期, and a disclosure note. The extractor looks only there, so a
 * number or date quoted in the body is never mistaken for the document's own.
 */
public final class MetadataExtractor {

    private static final int HEAD = 12;
    /** Enacting and promulgating lines are short (2011年8月30日 杭州市第十一届人民代表大会常务委员会第三十四次会议通过). */
    private static final int ENACTING_LINE = 60;
    private static final Pattern DOC_NUMBER = Pattern.compile(
            "^([\\p{IsHan}A-Za-z]{1,15})\\s*[〔\\[［【(（]\\s*(\\d{4})\\s*[〕\\]］】)）]\\s*第?\\s*(\\d{1,5})\\s*号$");
    private static final Pattern DATE = Pattern.compile(
            "^([0-9０-９〇零一二三四五六七八九]{4})年([0-9０-９一二三四五六七八九十]{1,3})月([0-9０-９一二三四五六七八九十]{1,3})日$");
    private static final Pattern ENCLOSED = Pattern.compile("《(.+)》");
    private static final Pattern PROMULGATION = Pattern.compile(
            "^(\\d{4}年\\d{1,2}月\\d{1,2}日)\\s*.{0,80}(?:通过|公布|发布|施行|修正|修订)");
    private static final Pattern DISCLOSURE = Pattern.compile("^[（(]?此件(主动公开|依申请公开|不予公开|不公开)[)）]?$");
    private static final Pattern STAMP_NOTE = Pattern.compile("^[（(][\\p{IsHan}]{1,4}[)）]$");
    private static final Pattern FILE_DATE = Pattern.compile("\\s*[(（]\\d{4}-\\d{1,2}-\\d{1,2}[)）]$");
    private static final Pattern TRAILING_NOTE = Pattern.compile("[（(][^（）()]*[)）]$");
    private static final String[] TYPES = {
        "实施细则", "细则", "办法", "条例", "规定", "规则", "方案", "意见", "决定", "通知", "通报",
        "报告", "纪要", "要点", "规划", "公告", "批复", "函", "解释", "法典", "法"};

    private MetadataExtractor() {
    }

    /**
     * Extracts metadata from {@code paragraphs}.
     *
     * @param fallbackTitle the title to use when the text states none (the file name)
     */
    public static DocumentMetadata extract(List<String> paragraphs, String fallbackTitle) {
        return extract(paragraphs, fallbackTitle, null);
    }

    /**
     * As {@link #extract(List, String)}, with {@code fallbackDate} for a text that states no date
     * (the date a file's own metadata declares), or {@code null}.
     */
    public static DocumentMetadata extract(List<String> paragraphs, String fallbackTitle, LocalDate fallbackDate) {
        List<String> head = paragraphs.subList(0, Math.min(HEAD, paragraphs.size()));
        Optional<String> noticeTitle = noticeTitle(head);
        Optional<String> enclosed = noticeTitle.flatMap(MetadataExtractor::enclosedTitle);
        Optional<String> ownTitle = noticeTitle.isPresent() ? Optional.empty() : leadingTitle(head, fallbackTitle);
        String title = enclosed.or(() -> noticeTitle).or(() -> ownTitle).orElse(withoutFileDate(fallbackTitle));
        boolean fromText = noticeTitle.isPresent() || ownTitle.isPresent();

        int dateIndex = indexOfDate(paragraphs);
        LocalDate date = dateIndex < 0 ? promulgationDate(head).orElse(null)
                : parseDate(paragraphs.get(dateIndex)).orElse(null);
        date = date == null ? fallbackDate : date;
        String issuer = signature(paragraphs, dateIndex)
                .or(() -> noticeTitle.flatMap(MetadataExtractor::issuerFromTitle))
                .or(() -> headerIssuer(head))
                .orElse(null);
        return new DocumentMetadata(
                title,
                enclosed.isPresent() ? noticeTitle.get() : null,
                docNumber(head).orElse(null),
                issuer,
                date,
                typeOf(title).orElse(null),
                disclosure(paragraphs).orElse(null),
                fromText,
                Places.ofRule(title, enactingLines(head)).orElse(null));
    }

    /**
     * The short lines before a text's first chapter or article: where a rule names who enacted and
     * promulgated it (a body sentence that cites 国务院 is not such a line).
     */
    private static List<String> enactingLines(List<String> head) {
        List<String> lines = new ArrayList<>();
        for (String p : head) {
            if (ArticleRef.heading(p).isPresent()) {
                break;
            }
            if (p.length() <= ENACTING_LINE) {
                lines.add(p);
            }
        }
        return lines;
    }

    static Optional<String> docNumber(List<String> head) {
        for (String p : head) {
            Matcher m = DOC_NUMBER.matcher(p);
            if (m.matches()) {
                return Optional.of(m.group(1) + "〔" + m.group(2) + "〕" + m.group(3) + "号");
            }
        }
        return Optional.empty();
    }

    /** The title of a 关于…的通知, which a wrapped title line may have split across paragraphs. */
    static Optional<String> noticeTitle(List<String> head) {
        for (int i = 0; i < head.size(); i++) {
            if (!head.get(i).contains("关于") || TextCleaner.endsSentence(head.get(i))) {
                continue;
            }
            StringBuilder title = new StringBuilder();
            for (int j = i; j < Math.min(i + 4, head.size()); j++) {
                title.append(head.get(j));
                String candidate = normaliseTitle(title.toString());
                if (candidate.endsWith("通知") && candidate.length() <= 200) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> enclosedTitle(String noticeTitle) {
        Matcher m = ENCLOSED.matcher(noticeTitle);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * A standalone regulation starts with its title: a short line that is not a sentence, and that
     * either ends as a type of document does or holds the file's own name. The second reads the
     * full title of a 解释, 决议 or 修正案 (中华人民共和国刑法修正案（九）) whose file carries a short name
     * and a date, instead of taking the file name for the title.
     */
    private static Optional<String> leadingTitle(List<String> head, String fileStem) {
        for (String p : head) {
            if (DOC_NUMBER.matcher(p).matches() || p.endsWith("文件")) {
                continue;
            }
            boolean titleLike = p.length() <= 80 && !TextCleaner.endsSentence(p) && !p.startsWith("第")
                    && (p.length() <= 60 && typeOf(p).isPresent() || namesFile(p, fileStem));
            return titleLike ? Optional.of(normaliseTitle(p)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether {@code line} holds the file name {@code stem}, once both drop spaces, 《》, the state's name and a date. */
    private static boolean namesFile(String line, String stem) {
        String name = bareName(withoutFileDate(stem));
        return name.length() >= 4 && bareName(line).contains(name);
    }

    private static String bareName(String text) {
        return normaliseTitle(text).replaceAll("[\\s\u3000《》〈〉<>]", "").replace("中华人民共和国", "");
    }

    /**
     * A file name without the date a collection appends to it: 慈善法(2016-03-16) is 慈善法. A title
     * taken from the file name leaves the date out, so the versions of a rule keep one title.
     */
    static String withoutFileDate(String stem) {
        return FILE_DATE.matcher(stem).replaceFirst("");
    }

    private static int indexOfDate(List<String> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (DATE.matcher(paragraphs.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A law states no signature date but opens with its promulgation note, such as
     * 2001年4月28日 第九届全国人民代表大会常务委员会第二十一次会议通过.
     */
    static Optional<LocalDate> promulgationDate(List<String> head) {
        for (String p : head) {
            Matcher m = PROMULGATION.matcher(p);
            if (m.find()) {
                return parseDate(m.group(1));
            }
        }
        return Optional.empty();
    }

    static Optional<LocalDate> parseDate(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(digits(m.group(1)), number(m.group(2)), number(m.group(3))));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The signing body: the paragraph just above the date, skipping a stamp note such as （代章）. */
    private static Optional<String> signature(List<String> paragraphs, int dateIndex) {
        for (int i = dateIndex - 1; i >= 0 && i >= dateIndex - 3; i--) {
            String p = paragraphs.get(i);
            if (STAMP_NOTE.matcher(p).matches()) {
                continue;
            }
            boolean orgLike = p.length() <= 40 && !TextCleaner.endsSentence(p) && p.indexOf('：') < 0
                    && p.indexOf('，') < 0;
            return orgLike ? Optional.of(p) : Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<String> issuerFromTitle(String noticeTitle) {
        int at = noticeTitle.indexOf("关于");
        return at > 1 ? Optional.of(noticeTitle.substring(0, at)) : Optional.empty();
    }

    private static Optional<String> headerIssuer(List<String> head) {
        return head.stream()
                .filter(p -> p.endsWith("文件") && p.length() <= 30)
                .map(p -> p.substring(0, p.length() - 2))
                .findFirst();
    }

    /** The kind of document a title names, read from its ending (trailing notes such as （试行） aside). */
    public static Optional<String> typeOf(String title) {
        String bare = title;
        while (TRAILING_NOTE.matcher(bare).find()) {
            bare = TRAILING_NOTE.matcher(bare).replaceFirst("");
        }
        if (bare.endsWith("的通知") && bare.contains("《")) {
            return enclosedTitle(bare).flatMap(MetadataExtractor::typeOf);
        }
        for (String type : TYPES) {
            if (bare.endsWith(type)) {
                return Optional.of(type.equals("实施细则") ? "细则" : type);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> disclosure(List<String> paragraphs) {
        for (String p : paragraphs) {
            Matcher m = DISCLOSURE.matcher(p);
            if (m.matches()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    /** Titles are written with full-width brackets whatever the source used. */
    static String normaliseTitle(String title) {
        return title.replace('(', '（').replace(')', '）');
    }

    private static int digits(String year) {
        int value = 0;
        for (char c : year.toCharArray()) {
            value = value * 10 + digitValue(c);
        }
        return value;
    }

    private static int number(String text) {
        if (text.chars().allMatch(c -> digitValue((char) c) >= 0 && c != '十')) {
            return digits(text);
        }
        int ten = text.indexOf('十');
        int tens = ten == 0 ? 1 : digitValue(text.charAt(0));
        int units = ten == text.length() - 1 ? 0 : digitValue(text.charAt(ten + 1));
        return tens * 10 + units;
    }

    private static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        int i = "〇一二三四五六七八九".indexOf(c);
        if (i >= 0) {
            return i;
        }
        return c == '零' ? 0 : (c == '十' ? 10 : -1);
    }
}
