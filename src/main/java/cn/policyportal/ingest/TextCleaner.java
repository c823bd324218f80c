package cn.policyportal.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import cn.policyportal.text.ArticleRef;

/**
 * Turns text as extractors deliver it (hard-wrapped lines, spaces between Chinese characters,
 * Word bookmark markup, page numbers, newspaper page joins) into the paragraphs a person wrote.
 *
 * <p>All methods are pure. The cleaner removes only artefacts of layout and extraction; every Chinese
 * character of the real text survives, in order (the tests check this on every seed).
 */
public final class TextCleaner {

    /** A newspaper "continued from / on page N" note, such as {@code （上接第一版）}. */
    public static final Pattern PAGE_JOIN =
            Pattern.compile("[（(]\\s*[上下][接转]第?\\s*[0-9一二三四五六七八九十]+\\s*版\\s*[)）]");

    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\]]*\\]");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:[-－—–]\\s*)?(?:第\\s*)?\\d{1,4}\\s*(?:页)?(?:\\s*[-－—–])?(?:\\s*[/／共]\\s*\\d{1,4}\\s*页?)?$");
    private static final Pattern HEADING_MARKER = Pattern.compile(
            "^(?:[一二三四五六七八九十]+、"
                    + "|[（(][一二三四五六七八九十]+[)）]"
                    + "|[（(]\\d{1,3}[)）]"
                    + "|\\d{1,3}[.．、](?!\\d)"
                    + "|[一二三四五六七八九十]+是)");
    /** A field line of a plan, such as 牵头部门：…, always starts a paragraph. */
    private static final Pattern FIELD_LABEL = Pattern.compile("^[\\p{IsHan}]{2,6}[：:]");
    /**
     * A plan's department note that opens a line, （牵头单位：…, （市财政局牵头, （A负责，B配合: it closes the
     * item above it, even when the item's last sentence ended flush with the margin.
     */
    private static final Pattern DEPARTMENT_NOTE = Pattern.compile(
            "^[（(](?:(?:牵头|责任|配合|协助)(?:单位|部门)[：:]|[^（）()。]{1,40}?(?:牵头|负责|配合|协助))");
    /** A line that opens with a full date, as each step of a law's history does (2018年9月29日…批准). */
    private static final Pattern DATED = Pattern.compile("^[0-9０-９〇零一二三四五六七八九]{4}年[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日");
    private static final String TERMINATORS = "。！？；：!?;:…";
    private static final String SENTENCE_ENDS = "。！？；!?;…";
    /**
     * Starts a line that the extractor knows opens a paragraph (a PDF line indented from its
     * column's margin); in a text whose paragraphs are so marked, only such lines open one.
     */
    static final char PARAGRAPH_MARK = '\u2029';
    /**
     * Starts a line that the extractor knows continues the line above it (a PDF whose page shows where
     * its paragraphs begin, by spacing or indent, wrapped the line there): the line is joined to the
     * text line before it, whatever that one ends with, and the rest of the cleaning reads the text
     * as its author's lines.
     */
    static final char LINE_MARK = '\u2028';
    private static final String CLOSERS = "”’」』）)》】\"'";
    private static final String CONTINUERS = "，,、《“（(〔【";

    /** In text that is not hard-wrapped, a line shorter than this is a heading, not a broken sentence. */
    private static final int MIN_BROKEN_LINE = 20;
    /** Lines this close to the wrap width were broken by layout, not by the author. */
    private static final int WRAP_SLACK = 6;
    /**
     * How many lines must have exactly the wrap width when the crowd that marks a wrapped text is
     * counted near it: in a short text a few lines agree in width by chance (a date line and the
     * next, a table's rows).
     */
    private static final int MIN_WRAPPED_LINES = 8;
    /** How much shorter than its first line a heading's later line may be and still be broken by layout. */
    private static final int HEADING_WRAP_SLACK = 2;

    private TextCleaner() {
    }

    /**
     * Cleaned text: its paragraphs, none blank, the indexes of the paragraphs that a newspaper
     * page-join note began (where a piece continued from another page starts), and for the text's
     * quality report how many lines had spaces between Chinese characters removed and how many
     * were joined to the line before.
     */
    public record CleanText(List<String> paragraphs, Set<Integer> pageJoinStarts, int mendedLines, int joinedLines) {
        public CleanText {
            paragraphs = List.copyOf(paragraphs);
            pageJoinStarts = Set.copyOf(pageJoinStarts);
        }
    }

    /** Cleans {@code raw} and returns its paragraphs, none of them blank. */
    public static List<String> paragraphs(String raw) {
        return clean(raw).paragraphs();
    }

    /** Cleans {@code raw}. */
    public static CleanText clean(String raw) {
        List<Line> wrapped = cleanLines(raw);
        List<Line> lines = joinMarked(wrapped);
        int wrapWidth = wrapWidth(lines);
        int fullWidth = markedFullWidth(lines);
        boolean itemised = wrapWidth > 0 && opensEveryParagraphWithAnItem(lines, wrapWidth);
        List<String> paragraphs = new ArrayList<>();
        Set<Integer> joins = new TreeSet<>();
        StringBuilder current = null;
        String first = null;
        String previous = null;
        int mended = (int) wrapped.stream().filter(Line::mended).count()
                - (int) lines.stream().filter(Line::mended).count();
        int joined = wrapped.size() - lines.size();
        for (Line line : lines) {
            if (line.text().isEmpty()) {
                continue;
            }
            mended += line.mended() ? 1 : 0;
            String text = line.text();
            boolean continued = current != null && (fullWidth > 0 ? continuesMarked(current, line, previous, fullWidth)
                    : continues(current, first, previous, text, wrapWidth, itemised));
            if (!line.afterPageJoin() && continued) {
                current.append(joiner(current, text)).append(text);
                joined++;
            } else {
                if (current != null) {
                    paragraphs.add(current.toString());
                }
                current = new StringBuilder(text);
                first = text;
                if (line.afterPageJoin()) {
                    joins.add(paragraphs.size());
                }
            }
            previous = text;
        }
        if (current != null) {
            paragraphs.add(current.toString());
        }
        return new CleanText(paragraphs, joins, mended, joined);
    }

    /**
     * One cleaned line; {@code afterPageJoin} when a page-join note stood before or on it,
     * {@code opensParagraph} when it came with {@link #PARAGRAPH_MARK}, {@code mended} when spaces
     * between its Chinese characters were removed.
     */
    record Line(String text, boolean afterPageJoin, boolean opensParagraph, boolean mended, boolean continuesLine) {
        Line(String text, boolean afterPageJoin) {
            this(text, afterPageJoin, false, false, false);
        }
    }

    /**
     * The lines with each one marked {@link #LINE_MARK} joined to the text line above it (over the
     * blanked running heads and page numbers between them); a joined line counts as mended when any
     * of its pieces was.
     */
    private static List<Line> joinMarked(List<Line> lines) {
        if (lines.stream().noneMatch(Line::continuesLine)) {
            return lines;
        }
        List<Line> joined = new ArrayList<>(lines.size());
        int last = -1;
        for (Line line : lines) {
            if (line.continuesLine() && last >= 0 && !line.text().isEmpty()) {
                Line above = joined.get(last);
                String text = above.text() + joiner(above.text(), line.text()) + line.text();
                joined.set(last, new Line(text, above.afterPageJoin(), above.opensParagraph(),
                        above.mended() || line.mended(), false));
                continue;
            }
            joined.add(line);
            if (!line.text().isEmpty()) {
                last = joined.size() - 1;
            }
        }
        return joined;
    }

    /**
     * Normalises every line: markup and page numbers removed, spaces inside Chinese text removed,
     * repeated running heads dropped. A page-join note is removed and marks the next text as the
     * start of a paragraph; blank lines stay as empty lines.
     */
    static List<Line> cleanLines(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n')
                .replace('\u00A0', ' ').replace("\u200B", "").replace("\uFEFF", "");
        text = BOOKMARK.matcher(text).replaceAll("");
        List<Line> lines = new ArrayList<>();
        boolean pendingJoin = false;
        for (String rawLine : text.split("\n", -1)) {
            String line = strip(rawLine);
            if (PAGE_JOIN.matcher(line).find()) {
                line = strip(PAGE_JOIN.matcher(line).replaceAll(""));
                pendingJoin = true;
            }
            if (PAGE_NUMBER.matcher(line).matches()) {
                line = "";
            }
            String cleaned = removeCjkSpaces(line);
            lines.add(new Line(cleaned, pendingJoin && !cleaned.isEmpty(), opensWithMark(rawLine, PARAGRAPH_MARK),
                    !cleaned.equals(singleSpaced(line)), opensWithMark(rawLine, LINE_MARK)));
            if (!cleaned.isEmpty()) {
                pendingJoin = false;
            }
        }
        return dropRunningHeads(lines);
    }

    /**
     * The full line width of a text whose paragraphs the extractor marked by their indent, or 0 when
     * it did not; a text without a single mark (every plain text file) is not measured at all.
     */
    private static int markedFullWidth(List<Line> lines) {
        if (lines.stream().noneMatch(Line::opensParagraph)) {
            return 0;
        }
        int commonest = commonestWidth(lines);
        return indentsParagraphs(lines, commonest) ? commonest : 0;
    }

    /**
     * Whether the extractor marked the paragraphs of this text by their indent: at least five lines
     * follow a paragraph end (a sentence ended well short of the {@code full} width) and most of them carry
     * the mark. Then a line without it continues a full line above, even one that ends a sentence,
     * and the guesses of {@link #continues} are not needed.
     */
    private static boolean indentsParagraphs(List<Line> lines, int full) {
        int afterEnd = 0;
        int marked = 0;
        String previous = null;
        for (Line line : lines) {
            if (line.text().isEmpty()) {
                continue;
            }
            if (previous != null && endsSentence(previous) && displayWidth(previous) < full - WRAP_SLACK) {
                afterEnd++;
                marked += line.opensParagraph() ? 1 : 0;
            }
            previous = line.text();
        }
        return full > 0 && afterEnd >= 5 && marked * 4 >= afterEnd * 3;
    }

    /**
     * Whether every paragraph of this hard-wrapped text opens with an item (第X条, 一、, 1., a field):
     * of the lines that surely open a paragraph, after a line that ended a sentence short of the
     * wrap width, at least five and all but one in ten open an item. In such a text (a code, a plan
     * of numbered measures) a line that opens none continues the line above that ran to the margin,
     * even when that line ended on a full stop.
     */
    private static boolean opensEveryParagraphWithAnItem(List<Line> lines, int wrapWidth) {
        int opened = 0;
        int items = 0;
        String previous = null;
        for (Line line : lines) {
            if (line.text().isEmpty()) {
                continue;
            }
            if (previous != null && endsSentence(previous) && displayWidth(previous) < wrapWidth - WRAP_SLACK) {
                opened++;
                items += startsItem(line.text()) ? 1 : 0;
            }
            previous = line.text();
        }
        return opened >= 5 && items * 10 >= opened * 9;
    }

    /**
     * In a text whose paragraphs are marked: an unmarked line continues a full line above it unless it
     * opens an item, and it opens none where it only cites one inside a sentence or holds a field of a
     * note left open.
     */
    private static boolean continuesMarked(CharSequence paragraph, Line line, String previous, int fullWidth) {
        boolean full = displayWidth(previous) >= fullWidth - WRAP_SLACK;
        return !line.opensParagraph() && full
                && (!startsItem(line.text()) || insideSentence(paragraph, previous, line.text(), true));
    }

    /**
     * Whether {@code next}, which looks like the start of an item, continues the sentence of
     * {@code paragraph} instead, whose last line {@code line} ran to the margin ({@code full}) without
     * ending a sentence: a wrapped line can begin with a cited 第十二条 (run on into the sentence, where
     * a heading's label stands apart, 第十二条　或 第一章 总则), and a note's field label (配合单位：)
     * inside a note whose bracket is still open.
     */
    private static boolean insideSentence(CharSequence paragraph, String line, String next, boolean full) {
        if (endsSentence(line)) {
            return false;
        }
        Optional<ArticleRef.Found> label = ArticleRef.heading(next);
        if (label.isPresent()) {
            int end = label.get().end();
            boolean runOn = end < next.length() && !Character.isWhitespace(next.charAt(end));
            return runOn && (full || CONTINUERS.indexOf(line.charAt(line.length() - 1)) >= 0);
        }
        return !opensWithHeading(next) && hasUnclosedBracket(paragraph);
    }

    /** The commonest width of the lines at least 20 wide, or 0 when there are none. */
    private static int commonestWidth(List<Line> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        lines.stream().mapToInt(l -> displayWidth(l.text())).filter(w -> w >= 20).forEach(w -> counts.merge(w, 1, Integer::sum));
        return mode(counts);
    }

    /** Whether {@code mark} comes before anything but spaces on {@code rawLine}. */
    private static boolean opensWithMark(String rawLine, char mark) {
        int at = rawLine.indexOf(mark);
        return at >= 0 && rawLine.substring(0, at).isBlank();
    }

    /**
     * Removes the spaces that PDF extraction puts next to Chinese characters, keeping spaces
     * between Latin words and numbers, and one space after a leading 第X条/章/节/编 label.
     */
    public static String removeCjkSpaces(String line) {
        int label = ArticleRef.leading(line).map(ArticleRef.Found::end).orElse(-1);
        if (label > 0 && label < line.length() && Character.isWhitespace(line.charAt(label))) {
            String rest = removeCjkSpaces(line.substring(label).strip());
            return rest.isEmpty() ? line.substring(0, label) : line.substring(0, label) + " " + rest;
        }
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < line.length() && isSpace(line.charAt(end))) {
                end++;
            }
            boolean cjkBefore = out.length() > 0 && isCjk(out.charAt(out.length() - 1));
            boolean cjkAfter = end < line.length() && isCjk(line.charAt(end));
            if (!cjkBefore && !cjkAfter && out.length() > 0 && end < line.length()) {
                out.append(' ');
            }
            i = end;
        }
        return out.toString();
    }

    /** {@code line} with each run of spaces made one space: what a line that needed no mending cleans to. */
    private static String singleSpaced(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        return out.toString();
    }

    /**
     * Blanks the lines repeated three times or more that are no text of the body: short, unpunctuated
     * and narrower than the lines around them. A running head stands apart, short or centred, while a
     * line of a column runs to the column's width; a plan that names one unit again and again in a
     * narrow column repeats such a line (（牵头单位：市发展改革委；) without it being a running head.
     */
    private static List<Line> dropRunningHeads(List<Line> lines) {
        int commonest = commonestWidth(lines);
        Map<String, Integer> counts = new HashMap<>();
        for (Line line : lines) {
            if (isRunningHeadCandidate(line.text())
                    && (commonest == 0 || displayWidth(line.text()) < commonest - WRAP_SLACK)) {
                counts.merge(line.text(), 1, Integer::sum);
            }
        }
        List<Line> kept = new ArrayList<>(lines.size());
        for (Line line : lines) {
            kept.add(counts.getOrDefault(line.text(), 0) >= 3 ? new Line("", false) : line);
        }
        return kept;
    }

    /** A short line that could stand alone: no sentence end, no field, no item, no bracket closed that it did not open. */
    private static boolean isRunningHeadCandidate(String line) {
        return !line.isEmpty() && line.length() <= 30
                && !endsSentence(line) && line.indexOf('：') < 0 && line.indexOf(':') < 0
                && !startsItem(line) && count(line, '）') <= count(line, '（');
    }

    /**
     * Whether {@code next} continues {@code paragraph}, whose first line is {@code first} and last
     * line {@code line}: not when {@code next} opens a new outline item or field, the line ends a
     * sentence, or both the paragraph and {@code next} open with a date; yes when the line ends
     * mid-phrase, leaves a bracket open or reaches the wrap width (unless it ends a wrapped heading);
     * a heading continues onto a short unpunctuated line; and a long line continues when {@code next}
     * finishes its sentence (a page break inside a paragraph).
     */
    private static boolean continues(CharSequence paragraph, String first, String line, String next, int wrapWidth,
            boolean itemised) {
        boolean full = wrapWidth > 0 && displayWidth(line) >= wrapWidth - WRAP_SLACK;
        if (DEPARTMENT_NOTE.matcher(next).find() && !hasUnclosedBracket(paragraph)) {
            return true;
        }
        if (hasUnclosedBracket(paragraph) && !opensWithHeading(next) && !endsWith(line, "。！？!?")) {
            return true;
        }
        if (endsWithDepartmentNote(paragraph)) {
            return false;
        }
        if (itemised && full && !startsItem(next)) {
            return true;
        }
        if (startsItem(next) && !insideSentence(paragraph, line, next, full)
                || endsSentence(line) || startsWithDate(first) && startsWithDate(next)) {
            return false;
        }
        if (CONTINUERS.indexOf(line.charAt(line.length() - 1)) >= 0 || hasUnclosedBracket(paragraph)) {
            return true;
        }
        if (wrapWidth > 0 && displayWidth(line) >= wrapWidth - WRAP_SLACK && !endsWrappedHeading(paragraph, first, line)) {
            return true;
        }
        if (isWrappedHeading(line, next, wrapWidth)) {
            return true;
        }
        return endsWith(next, SENTENCE_ENDS) && line.length() >= MIN_BROKEN_LINE;
    }

    /**
     * Whether {@code line} is the last of a heading wrapped over several lines: a heading has no
     * full stop to end it, so a line short of the heading's own first line is what tells it from
     * the paragraph after it (三、…，以巡 / 视整改推动…高质量发展 / 目前，…). Columns differ in width
     * from piece to piece of a page, so the first line is the measure, not the text's wrap width.
     */
    private static boolean endsWrappedHeading(CharSequence paragraph, String first, String line) {
        if (paragraph.length() == first.length() || setWidth(line) >= setWidth(first) - HEADING_WRAP_SLACK
                || !opensWithHeading(paragraph)) {
            return false;
        }
        for (int i = 0; i < paragraph.length(); i++) {
            if (TERMINATORS.indexOf(paragraph.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** A long heading such as 二、坚持…，推 / 动…取得实效 wraps onto a short unpunctuated line. */
    private static boolean isWrappedHeading(String line, String next, int wrapWidth) {
        if (!opensWithHeading(line) || endsSentence(next)) {
            return false;
        }
        return wrapWidth > 0
                ? displayWidth(line) * 4 >= wrapWidth * 3 && displayWidth(next) < wrapWidth - WRAP_SLACK
                : line.length() >= 15 && next.length() < MIN_BROKEN_LINE;
    }

    /** Whether {@code paragraph} ends with a department note, （牵头单位：…）: it closes its item. */
    private static boolean endsWithDepartmentNote(CharSequence paragraph) {
        int last = paragraph.length() - 1;
        if (paragraph.charAt(last) != '）' && paragraph.charAt(last) != ')') {
            return false;
        }
        int open = Math.max(paragraph.toString().lastIndexOf('（'), paragraph.toString().lastIndexOf('('));
        return open >= 0 && DEPARTMENT_NOTE.matcher(paragraph.subSequence(open, paragraph.length())).find();
    }

    /** Two dated lines in a row are two steps of a history, however wide the first one is. */
    private static boolean startsWithDate(String line) {
        return DATED.matcher(line).find();
    }

    private static boolean startsItem(String line) {
        return opensWithHeading(line) || FIELD_LABEL.matcher(line).find();
    }

    /** Whether {@code line} ends a sentence or a clause that introduces what follows (：). */
    public static boolean endsSentence(String line) {
        return endsWith(line, TERMINATORS);
    }

    private static boolean endsWith(String line, String marks) {
        int i = line.length() - 1;
        while (i >= 0 && CLOSERS.indexOf(line.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && marks.indexOf(line.charAt(i)) >= 0;
    }

    private static boolean hasUnclosedBracket(CharSequence line) {
        return count(line, '《') > count(line, '》') || count(line, '“') > count(line, '”')
                || count(line, '（') > count(line, '）');
    }

    private static int count(CharSequence s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /**
     * The width at which the extractor hard-wrapped this text, in half-width units, or 0 when the
     * lines are whole paragraphs: the commonest width, when a crowd of lines has it and most of them
     * stop in mid-sentence; a list of short numbered items of equal length is not wrapped. A crowd
     * may also lie within {@link #WRAP_SLACK} of the width when enough lines have it exactly,
     * because a line's characters are not all as wide on the page as {@link #displayWidth} counts
     * them (curly quotes, digits and Latin letters in a proportional font): a text that LibreOffice
     * printed to PDF has only a fifth of its lines at exactly its wrap width.
     */
    static int wrapWidth(List<Line> lines) {
        Map<Integer, Integer> histogram = new HashMap<>();
        Map<Integer, Integer> unfinished = new HashMap<>();
        int nonEmpty = 0;
        for (Line line : lines) {
            if (line.text().isEmpty()) {
                continue;
            }
            nonEmpty++;
            int width = displayWidth(line.text());
            if (width >= 20) {
                histogram.merge(width, 1, Integer::sum);
                if (!endsSentence(line.text())) {
                    unfinished.merge(width, 1, Integer::sum);
                }
            }
        }
        int mode = mode(histogram);
        int modeCount = histogram.getOrDefault(mode, 0);
        int crowd = near(histogram, mode);
        boolean crowded = nonEmpty >= 10 && (modeCount * 4 >= nonEmpty
                || modeCount >= MIN_WRAPPED_LINES && modeCount * 8 >= nonEmpty && crowd * 4 >= nonEmpty);
        boolean midSentence = near(unfinished, mode) * 2 >= crowd;
        return crowded && midSentence ? mode : 0;
    }

    /** The width most lines have (the widest of equals), or 0 for no lines. */
    private static int mode(Map<Integer, Integer> widthCounts) {
        int mode = 0;
        int modeCount = 0;
        for (var entry : widthCounts.entrySet()) {
            if (entry.getValue() > modeCount || entry.getValue() == modeCount && entry.getKey() > mode) {
                mode = entry.getKey();
                modeCount = entry.getValue();
            }
        }
        return mode;
    }

    /** How many lines {@code counts} has of a width within {@link #WRAP_SLACK} of {@code width}. */
    private static int near(Map<Integer, Integer> counts, int width) {
        int n = 0;
        for (int w = width - WRAP_SLACK; w <= width + WRAP_SLACK; w++) {
            n += counts.getOrDefault(w, 0);
        }
        return n;
    }

    /**
     * The width of {@code line} within the column: a comma or enumeration comma that ends a line
     * hangs in the margin, as Chinese typesetting lets it, so a line ending in one is no wider.
     */
    private static int setWidth(String line) {
        char last = line.charAt(line.length() - 1);
        return displayWidth(line) - (last == '，' || last == '、' ? 2 : 0);
    }

    static int displayWidth(String line) {
        int width = 0;
        for (int i = 0; i < line.length(); i++) {
            width += isCjk(line.charAt(i)) ? 2 : 1;
        }
        return width;
    }

    /**
     * What goes between a paragraph and the next piece of its text when a line break inside it is
     * undone: a space between two Latin words or numbers, nothing next to Chinese, which has none.
     */
    static String joiner(CharSequence paragraph, String next) {
        char last = paragraph.charAt(paragraph.length() - 1);
        char first = next.charAt(0);
        return isLatinOrDigit(last) && isLatinOrDigit(first) ? " " : "";
    }

    private static boolean isLatinOrDigit(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0';
    }

    /** Han characters and the full-width punctuation and forms that surround them. */
    static boolean isCjk(char c) {
        return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF)
                || c == '“' || c == '”' || c == '‘' || c == '’' || c == '—' || c == '…' || c == '·';
    }

    private static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (Character.isWhitespace(s.charAt(start)) || isSpace(s.charAt(start)))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(s.charAt(end - 1)) || isSpace(s.charAt(end - 1)))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Whether {@code line} opens with a numbered heading: 第X条/章/节/编, 一、, （一）, （1）, 1., 一是. */
    private static boolean opensWithHeading(CharSequence line) {
        return ArticleRef.heading(line).isPresent() || HEADING_MARKER.matcher(line).find();
    }
}
