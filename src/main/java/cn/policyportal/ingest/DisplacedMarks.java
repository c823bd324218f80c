package cn.policyportal.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back the punctuation that PDF extraction moved to the start of a line.
 *
 * <p>A word processor draws curly quotes and dashes that its Chinese font lacks in a fallback
 * font, as a separate run before the rest of the line; extraction in drawing order then gives
 * {@code “ ”第二条 贯彻落实 发现问题…发展 巡视工作方针}, the marks first and a space where each
 * stood. Sorting the glyphs by position would mend that, but it interleaves the lines of
 * side-by-side columns, which a newspaper page has.
 */
final class DisplacedMarks {

    /** Marks at the start of a line with a space among or after them: nobody types that. */
    private static final Pattern LEADING = Pattern.compile("^(?:[“”‘’]|—+|…+)(?:\\s*(?:[“”‘’]|—+|…+))*\\s*");
    private static final String OPENERS = "“‘";
    private static final String CLOSERS = "”’";
    /** A 第X条 label keeps its own space before the article's text. */
    private static final Pattern LABEL = Pattern.compile("^第[0-9零〇一二两三四五六七八九十百千]+[编章节条]\\s+");

    private DisplacedMarks() {
    }

    /**
     * {@code line} with its leading marks put back where they stood. Marks with no space between
     * them stood side by side (”“ in “国家队”“国家人”), so each such group fills one gap between
     * Chinese characters, in order. An opening group may also have stood at the line's start and a
     * closing one at its end, where no gap shows; when either could be, the one whose quotation is
     * shorter wins, since a quotation is a term, not a sentence. Any other count, or a tie, leaves
     * {@code line} unchanged.
     */
    static String restore(String line) {
        Matcher leading = LEADING.matcher(line);
        if (!leading.find() || leading.end() == line.length() || !leading.group().matches("(?s).*\\s.*")) {
            return line;
        }
        List<String> groups = List.of(leading.group().strip().split("\\s+"));
        String rest = line.substring(leading.end());
        Matcher label = LABEL.matcher(rest);
        int from = label.find() ? label.end() : 0;
        List<int[]> gaps = gaps(rest, from);
        String first = groups.get(0);
        String last = groups.get(groups.size() - 1);
        boolean startFits = from == 0 && only(first, OPENERS);
        boolean endFits = only(last, CLOSERS);
        return switch (groups.size() - gaps.size()) {
            case 0 -> fill(rest, gaps, groups);
            case 2 -> startFits && endFits ? first + fill(rest, gaps, groups.subList(1, groups.size() - 1)) + last : line;
            case 1 -> oneAtAnEnd(line, rest, gaps, groups, startFits, endFits);
            default -> line;
        };
    }

    /** The line with one group at its start or end and the others in its gaps, or unchanged on a tie. */
    private static String oneAtAnEnd(String line, String rest, List<int[]> gaps, List<String> groups,
            boolean startFits, boolean endFits) {
        int quotedAtStart = startFits ? (gaps.isEmpty() ? rest.length() : gaps.get(0)[0]) : Integer.MAX_VALUE;
        int quotedAtEnd = endFits ? rest.length() - (gaps.isEmpty() ? 0 : gaps.get(gaps.size() - 1)[1]) : Integer.MAX_VALUE;
        if (quotedAtStart == quotedAtEnd) {
            return line;
        }
        return quotedAtStart < quotedAtEnd
                ? groups.get(0) + fill(rest, gaps, groups.subList(1, groups.size()))
                : fill(rest, gaps, groups.subList(0, groups.size() - 1)) + groups.get(groups.size() - 1);
    }

    private static boolean only(String group, String marks) {
        return group.chars().allMatch(c -> marks.indexOf(c) >= 0);
    }

    /** {@code text} with each gap's spaces replaced by its group of marks. */
    private static String fill(String text, List<int[]> gaps, List<String> groups) {
        StringBuilder out = new StringBuilder(text.length() + groups.size());
        int at = 0;
        for (int i = 0; i < gaps.size(); i++) {
            out.append(text, at, gaps.get(i)[0]).append(groups.get(i));
            at = gaps.get(i)[1];
        }
        return out.append(text.substring(at)).toString();
    }

    /**
     * The runs of spaces from {@code from} on with a Chinese character or mark on both sides; a
     * space beside a digit or letter, full-width or not, is where the font changed, not a mark.
     */
    private static List<int[]> gaps(String text, int from) {
        List<int[]> gaps = new ArrayList<>();
        int i = Math.max(from, 1);
        while (i < text.length()) {
            if (!Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            if (end < text.length() && isChinese(text.charAt(i - 1)) && isChinese(text.charAt(end))) {
                gaps.add(new int[] {i, end});
            }
            i = end;
        }
        return gaps;
    }

    private static boolean isChinese(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || TextCleaner.isCjk(c) && !Character.isLetterOrDigit(c);
    }
}
