package cn.policyportal.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Joins lines whose place on the page is known (an OFD's text, OCR's lines) into paragraphs, one per
 * output line. The page tells what plain text cannot: a line that reaches the right edge of the text
 * and is followed by a line flush with the left margin was wrapped by the layout, so the two are one
 * paragraph, also over a page break, unless a paragraph's spacing stands between them; a 公文 indents
 * each paragraph's first line. Counting characters,
 * as the text cleaner must where a PDF's page shows no paragraph starts ({@link LineBreaks}), misjudges
 * a line with digits or Latin letters, which are narrower than Chinese characters on the page. Pure
 * functions.
 */
public final class PlacedLines {

    /**
     * One line of text on page {@code page}: where it starts and ends across the page, how far down the
     * page it stands and the height of its characters, all in one unit (millimetres, pixels).
     */
    public record Line(int page, double x, double end, double y, double size, String text) {
    }

    /** How many lines must share a position for it to be the margin or the edge. */
    private static final int SHARED_BY = 3;

    private PlacedLines() {
    }

    /** The paragraphs of {@code lines}, in order, one per line of the result. */
    public static String paragraphs(List<Line> lines) {
        Map<Integer, List<Line>> pages = lines.stream()
                .collect(Collectors.groupingBy(Line::page, TreeMap::new, Collectors.toList()));
        double documentMargin = shared(lines, Line::x, false);
        double documentEdge = shared(lines, Line::end, true);
        double pitch = pitch(pages.values());
        StringBuilder out = new StringBuilder();
        Line previous = null;
        double previousEdge = 0;
        for (List<Line> page : pages.values()) {
            double margin = sharedOr(page, Line::x, false, documentMargin);
            double edge = sharedOr(page, Line::end, true, documentEdge);
            for (Line line : page) {
                if (line.text().isBlank()) {
                    continue;
                }
                boolean wrapped = previous != null && previous.end() >= previousEdge - previous.size()
                        && Math.abs(line.x() - margin) < line.size() / 2
                        && (previous.page() != line.page() || !(line.y() - previous.y() > pitch + line.size() / 2));
                if (previous != null) {
                    out.append(wrapped ? joiner(out, line.text()) : "\n");
                }
                out.append(line.text());
                previous = line;
                previousEdge = edge;
            }
        }
        return out.toString();
    }

    /**
     * The distance from one line to the next within a paragraph: the smallest step down the page
     * that at least {@link #SHARED_BY} pairs of lines take; paragraphs set apart take more.
     */
    private static double pitch(Iterable<List<Line>> pages) {
        List<Line> steps = new ArrayList<>();
        for (List<Line> page : pages) {
            for (int i = 1; i < page.size(); i++) {
                double step = page.get(i).y() - page.get(i - 1).y();
                if (step > 0) {
                    steps.add(new Line(0, step, step, 0, page.get(i).size(), "step"));
                }
            }
        }
        return shared(steps, Line::x, false);
    }

    private static double sharedOr(List<Line> lines, ToDoubleFunction<Line> position, boolean rightmost, double fallback) {
        double found = shared(lines, position, rightmost);
        return Double.isNaN(found) ? fallback : found;
    }

    /**
     * The leftmost (or rightmost) position that at least {@link #SHARED_BY} lines share, within a
     * quarter of a character: the text's margin (or edge). A lone line further out (a wide table
     * row, a page number) does not move it. {@code NaN} when no position is so shared.
     */
    static double shared(List<Line> lines, ToDoubleFunction<Line> position, boolean rightmost) {
        double[] values = lines.stream().filter(l -> !l.text().isBlank()).mapToDouble(position).sorted().toArray();
        double[] sizes = lines.stream().filter(l -> !l.text().isBlank()).mapToDouble(Line::size).sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        double tolerance = sizes[sizes.length / 2] / 4;
        List<Double> candidates = new ArrayList<>();
        int from = 0;
        for (int to = 0; to < values.length; to++) {
            while (values[to] - values[from] > tolerance) {
                from++;
            }
            if (to - from + 1 >= SHARED_BY) {
                candidates.add(rightmost ? values[to] : values[from]);
            }
        }
        if (candidates.isEmpty()) {
            return Double.NaN;
        }
        return rightmost ? candidates.get(candidates.size() - 1) : candidates.get(0);
    }

    /** No space joins the halves of a number that layout broke over two lines. */
    private static String joiner(CharSequence paragraph, String next) {
        boolean digits = Character.isDigit(paragraph.charAt(paragraph.length() - 1)) && Character.isDigit(next.charAt(0));
        return digits ? "" : spaceBetween(paragraph, next);
    }

    /** A space between two Latin words or numbers; nothing next to Chinese, which has none. */
    static String spaceBetween(CharSequence before, String next) {
        return isLatinOrDigit(before.charAt(before.length() - 1)) && isLatinOrDigit(next.charAt(0)) ? " " : "";
    }

    private static boolean isLatinOrDigit(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }
}
