package cn.policyportal.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import cn.policyportal.text.ArticleRef;

/**
 * Tells, from where the lines of a printed document stand on their pages, which line opens a
 * paragraph and which continues the line above it, where the page shows it.
 *
 * <p>A word processor that sets its paragraphs apart, by a space between them larger than the step
 * from line to line, or by indenting each paragraph's first line (公文 style), shows every paragraph's
 * start: then a line ending on a full stop flush with the right margin is told from a paragraph's
 * end by the step to the next line, or by the next line's indent, which counting characters cannot
 * do. A document that does neither, consistently, leaves the question open ({@link Kind#UNSURE}),
 * and the text cleaner's guesses decide. Running heads and page numbers (a short line at the top or
 * bottom of at least three pages, at the same place, with the same text but for its digits) are
 * {@link Kind#FURNITURE}, so a paragraph continues over them to the next page. Pure functions.
 */
public final class LineBreaks {

    /** How a line stands to the body line above it. */
    public enum Kind {
        /** The layout shows that a paragraph begins here. */
        OPENS,
        /** The layout shows that the line above was wrapped here, in mid-paragraph. */
        CONTINUES,
        /**
         * The document does not show its paragraphs' starts consistently, but this line begins right
         * of its column's margin: a hint, as an indent alone is.
         */
        INDENTED,
        /** The layout does not say. */
        UNSURE,
        /** A running head or page number, no text of the body. */
        FURNITURE
    }

    /** At least this many lines must end a paragraph for the document's way of showing it to be known. */
    private static final int MIN_ENDS = 5;
    private static final String SENTENCE_ENDS = "。！？；：!?;:…";
    private static final String CLOSERS = "”’」』）)》】\"'";
    private static final Pattern ITEM = Pattern.compile(
            "^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,3}[.．、](?!\\d))");

    private LineBreaks() {
    }

    /** The kind of each of {@code lines}, given in the order they were drawn, page by page. */
    public static List<Kind> of(List<PlacedLines.Line> lines) {
        Set<Integer> furniture = furniture(lines);
        List<Integer> body = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!furniture.contains(i) && !lines.get(i).text().isBlank()) {
                body.add(i);
            }
        }
        List<Column> columns = columns(lines, body);
        double pitch = pitch(lines, columns);
        Evidence evidence = Evidence.of(lines, columns, pitch);
        List<Kind> kinds = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            kinds.add(furniture.contains(i) ? Kind.FURNITURE : Kind.UNSURE);
        }
        Column previousColumn = null;
        PlacedLines.Line above = null;
        for (Column column : columns) {
            for (int k = 0; k < column.members().size(); k++) {
                int index = column.members().get(k);
                PlacedLines.Line line = lines.get(index);
                boolean indented = line.x() - column.margin() > 1.5 * line.size();
                Kind kind;
                if (!evidence.resolved()) {
                    kind = indented ? Kind.INDENTED : Kind.UNSURE;
                } else if (above == null || Math.abs(above.size() - line.size()) > 0.5) {
                    kind = Kind.OPENS;
                } else if (k > 0) {
                    kind = withinColumn(evidence, column, above, line, indented);
                } else {
                    kind = acrossColumns(evidence, previousColumn, above, column, line, indented);
                }
                kinds.set(index, kind);
                above = line;
            }
            previousColumn = column;
        }
        return kinds;
    }

    /** A line drawn right below {@code above} in the same column. */
    private static Kind withinColumn(Evidence evidence, Column column, PlacedLines.Line above, PlacedLines.Line line,
            boolean indented) {
        if (evidence.indents() && indented) {
            return Kind.OPENS;
        }
        if (evidence.gaps()) {
            return line.y() - above.y() >= evidence.gap() ? Kind.OPENS : Kind.CONTINUES;
        }
        return column.full(above) ? Kind.CONTINUES : Kind.OPENS;
    }

    /**
     * The first line of a column or page after the last line of the one before: no step between
     * them to measure, so the indent decides. Without indents, a line that ran to the margin without
     * ending a sentence continues; one that ended a sentence there continues as such lines mostly do
     * within the document's pages, unless the next line opens a numbered item.
     */
    private static Kind acrossColumns(Evidence evidence, Column previous, PlacedLines.Line above, Column column,
            PlacedLines.Line line, boolean indented) {
        boolean full = previous != null && previous.full(above);
        if (evidence.indents()) {
            return indented || !full ? Kind.OPENS : Kind.CONTINUES;
        }
        boolean atMargin = Math.abs(line.x() - column.margin()) < line.size() / 2;
        if (!full || !atMargin) {
            return Kind.OPENS;
        }
        if (!endsSentence(above.text())) {
            return Kind.CONTINUES;
        }
        return evidence.sentencesGoOnAtTheMargin() && !opensItem(line.text()) ? Kind.CONTINUES : Kind.OPENS;
    }

    /** Whether {@code text} opens with a numbered heading or item: 第X条/章, 一、, （一）, （1）, 1. */
    private static boolean opensItem(String text) {
        String stripped = text.strip();
        return ArticleRef.heading(stripped).isPresent() || ITEM.matcher(stripped).find();
    }

    private static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u3000'
                || CLOSERS.indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i >= 0 && SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0;
    }

    /**
     * A run of body lines, each drawn below the one before and less than three lines apart: a column
     * of a page. Its margin and right edge are those most of its lines share, or of its own lines
     * when it has too few to share them.
     */
    private record Column(List<Integer> members, double margin, double edge) {

        /** Whether {@code line} runs to the column's right edge, within a character and a half. */
        boolean full(PlacedLines.Line line) {
            return line.end() >= edge - 1.5 * line.size();
        }
    }

    private static List<Column> columns(List<PlacedLines.Line> lines, List<Integer> body) {
        List<List<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            PlacedLines.Line line = lines.get(body.get(i));
            PlacedLines.Line before = i == 0 ? null : lines.get(body.get(i - 1));
            if (before == null || !below(before, line)) {
                runs.add(new ArrayList<>());
            }
            runs.get(runs.size() - 1).add(body.get(i));
        }
        List<Column> columns = new ArrayList<>();
        for (List<Integer> run : runs) {
            List<PlacedLines.Line> members = run.stream().map(lines::get).toList();
            double margin = PlacedLines.shared(members, PlacedLines.Line::x, false);
            double edge = PlacedLines.shared(members, PlacedLines.Line::end, true);
            columns.add(new Column(run,
                    Double.isNaN(margin) ? members.stream().mapToDouble(PlacedLines.Line::x).min().orElse(0) : margin,
                    Double.isNaN(edge) ? members.stream().mapToDouble(PlacedLines.Line::end).max().orElse(0) : edge));
        }
        return columns;
    }

    private static boolean below(PlacedLines.Line above, PlacedLines.Line next) {
        double down = next.y() - above.y();
        return next.page() == above.page() && down > 0 && down < 3 * Math.max(above.size(), next.size());
    }

    /** The step from line to line within a paragraph: the smallest that at least three pairs of lines take. */
    private static double pitch(List<PlacedLines.Line> lines, List<Column> columns) {
        List<PlacedLines.Line> steps = new ArrayList<>();
        for (Column column : columns) {
            for (int k = 1; k < column.members().size(); k++) {
                PlacedLines.Line a = lines.get(column.members().get(k - 1));
                PlacedLines.Line b = lines.get(column.members().get(k));
                double step = b.y() - a.y();
                steps.add(new PlacedLines.Line(0, step, step, 0, b.size(), "step"));
            }
        }
        return PlacedLines.shared(steps, PlacedLines.Line::x, false);
    }

    /**
     * How the document shows its paragraphs' starts, read from the lines that surely end a
     * paragraph (they stop at least two characters short of their column's edge): whether nearly all
     * of them (nine in ten, at least {@link #MIN_ENDS}) are followed by a larger step than the line
     * pitch ({@code gap} being the least such step), or by an indented line.
     */
    private record Evidence(boolean gaps, double gap, boolean indents, boolean sentencesGoOnAtTheMargin) {

        boolean resolved() {
            return gaps || indents;
        }

        static Evidence of(List<PlacedLines.Line> lines, List<Column> columns, double pitch) {
            List<Double> stepsAfterEnds = new ArrayList<>();
            int indented = 0;
            for (Column column : columns) {
                for (int k = 1; k < column.members().size(); k++) {
                    PlacedLines.Line a = lines.get(column.members().get(k - 1));
                    PlacedLines.Line b = lines.get(column.members().get(k));
                    if (Math.abs(a.size() - b.size()) > 0.5 || a.end() >= column.edge() - 2 * a.size()) {
                        continue;
                    }
                    stepsAfterEnds.add(b.y() - a.y());
                    indented += b.x() - column.margin() > 1.5 * b.size() ? 1 : 0;
                }
            }
            int ends = stepsAfterEnds.size();
            if (ends < MIN_ENDS || Double.isNaN(pitch)) {
                return new Evidence(false, 0, false, false);
            }
            // A paragraph space is a step clearly beyond the pitch: an eighth of it, or two points at least
            // (a line holding digits of a fallback font may stand a few tenths of a point lower).
            double beyond = pitch + Math.max(2, pitch / 8);
            long spaced = stepsAfterEnds.stream().filter(s -> s >= beyond).count();
            double least = stepsAfterEnds.stream().filter(s -> s >= beyond).mapToDouble(Double::doubleValue)
                    .min().orElse(0);
            boolean gaps = spaced * 10 >= ends * 9L;
            boolean indents = indented * 10 >= ends * 9;
            double gap = (pitch + least) / 2;
            return new Evidence(gaps, gap, indents, gaps && sentencesGoOn(lines, columns, gap));
        }
    }

    /**
     * Whether, within the columns of a document that sets its paragraphs apart, a line that runs to
     * the margin and ends a sentence, followed by a line that opens no numbered item, is more often
     * followed by the rest of its paragraph than by a paragraph's space: what a page break between
     * two such lines most likely hides.
     */
    private static boolean sentencesGoOn(List<PlacedLines.Line> lines, List<Column> columns, double gap) {
        int goOn = 0;
        int end = 0;
        for (Column column : columns) {
            for (int k = 1; k < column.members().size(); k++) {
                PlacedLines.Line a = lines.get(column.members().get(k - 1));
                PlacedLines.Line b = lines.get(column.members().get(k));
                if (column.full(a) && endsSentence(a.text()) && !opensItem(b.text())) {
                    goOn += b.y() - a.y() < gap ? 1 : 0;
                    end += b.y() - a.y() < gap ? 0 : 1;
                }
            }
        }
        return goOn > end;
    }

    /**
     * The running heads and page numbers: a line no longer than 30 characters that is the topmost or
     * bottommost of its page and stands, with the same text but for its digits, at the same height
     * on at least three pages and a third of the pages with text (a code's articles, alike in their
     * wording, may bring the same line to the top of a few of its hundred pages).
     */
    private static Set<Integer> furniture(List<PlacedLines.Line> lines) {
        Map<Integer, List<Integer>> pages = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).text().isBlank()) {
                pages.computeIfAbsent(lines.get(i).page(), p -> new ArrayList<>()).add(i);
            }
        }
        Map<String, Set<Integer>> placesOnPages = new HashMap<>();
        Map<Integer, String> candidates = new HashMap<>();
        for (List<Integer> page : pages.values()) {
            int top = page.get(0);
            int bottom = page.get(0);
            for (int i : page) {
                top = lines.get(i).y() < lines.get(top).y() ? i : top;
                bottom = lines.get(i).y() > lines.get(bottom).y() ? i : bottom;
            }
            for (int i : top == bottom ? List.of(top) : List.of(top, bottom)) {
                PlacedLines.Line line = lines.get(i);
                String text = line.text().strip();
                if (text.length() <= 30) {
                    String key = text.replaceAll("[0-9０-９]+", "#") + "@" + Math.round(line.y());
                    candidates.put(i, key);
                    placesOnPages.computeIfAbsent(key, k -> new HashSet<>()).add(line.page());
                }
            }
        }
        Set<Integer> furniture = new HashSet<>();
        candidates.forEach((i, key) -> {
            int pagesWith = placesOnPages.get(key).size();
            if (pagesWith >= 3 && pagesWith * 3 >= pages.size()) {
                furniture.add(i);
            }
        });
        return furniture;
    }
}
