package cn.policyportal.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the tables of a page from its ruling lines and the characters drawn between them, as rows of
 * cell texts: the row model that a Word or HTML table gives ({@code TableCollector}), so a 分工表 printed
 * to PDF gives the same measures as its Word file.
 *
 * <p>A word processor draws a table's borders as short strokes, cell by cell, sometimes twice (an
 * outer border). The strokes that touch each other form one table; their distinct heights are its row
 * lines and their distinct places across the page its column lines. A cell whose border is missing
 * between two grid cells spans both: a cell merged over rows stands in each of them, one merged over
 * columns is followed by empty cells, as in a Word table's rows. A cell's wrapped lines are joined
 * again. Plain text that happens to line up is not taken for a table: only ruled cells are.
 * Coordinates run from the page's top left, y downwards. Pure functions.
 */
public final class RuledTables {

    /** A straight ruling line (a stroke, or a thin filled rectangle) from (x0, y0) to (x1, y1). */
    public record Rule(double x0, double y0, double x1, double y1) {

        boolean horizontal() {
            return Math.abs(y1 - y0) <= TOLERANCE && Math.abs(x1 - x0) > TOLERANCE;
        }

        boolean vertical() {
            return Math.abs(x1 - x0) <= TOLERANCE && Math.abs(y1 - y0) > TOLERANCE;
        }

        double left() {
            return Math.min(x0, x1);
        }

        double right() {
            return Math.max(x0, x1);
        }

        double top() {
            return Math.min(y0, y1);
        }

        double bottom() {
            return Math.max(y0, y1);
        }
    }

    /** A character drawn at {@code x} with its baseline at {@code baseline}, {@code width} wide and {@code size} high. */
    public record Glyph(double x, double baseline, double width, double size, String text) {

        double centreX() {
            return x + width / 2;
        }

        double centreY() {
            return baseline - size / 3;
        }
    }

    /** Strokes this close (in points) are one line: borders are drawn doubled, half a point apart. */
    static final double TOLERANCE = 1.5;

    private RuledTables() {
    }

    /** The tables that {@code rules} draw on one page, each a list of rows of cell texts, top to bottom. */
    public static List<List<List<String>>> of(List<Rule> rules, List<Glyph> glyphs) {
        List<Rule> lines = rules.stream().filter(r -> r.horizontal() || r.vertical()).toList();
        List<List<Rule>> groups = touching(lines);
        groups.sort(Comparator.comparingDouble(g -> g.stream().mapToDouble(Rule::top).min().orElse(0)));
        List<List<List<String>>> tables = new ArrayList<>();
        for (List<Rule> group : groups) {
            List<List<String>> table = table(group, glyphs);
            if (!table.isEmpty()) {
                tables.add(table);
            }
        }
        return tables;
    }

    /** The rules in groups that touch each other: each group is one table's borders. */
    private static List<List<Rule>> touching(List<Rule> rules) {
        int[] parent = new int[rules.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < rules.size(); i++) {
            for (int j = i + 1; j < rules.size(); j++) {
                if (touch(rules.get(i), rules.get(j))) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, List<Rule>> groups = new LinkedHashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(rules.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    private static boolean touch(Rule a, Rule b) {
        return a.left() <= b.right() + TOLERANCE && b.left() <= a.right() + TOLERANCE
                && a.top() <= b.bottom() + TOLERANCE && b.top() <= a.bottom() + TOLERANCE;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The rows of the table that {@code rules} border, or none when they do not make a grid of cells. */
    private static List<List<String>> table(List<Rule> rules, List<Glyph> glyphs) {
        List<Double> ys = distinct(rules.stream().filter(Rule::horizontal).map(r -> (r.y0() + r.y1()) / 2).toList());
        List<Double> xs = distinct(rules.stream().filter(Rule::vertical).map(r -> (r.x0() + r.x1()) / 2).toList());
        int rows = ys.size() - 1;
        int cols = xs.size() - 1;
        if (rows < 2 || cols < 2) {
            return List.of();
        }
        int[] parent = new int[rows * cols];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            double midY = (ys.get(r) + ys.get(r + 1)) / 2;
            for (int c = 0; c < cols; c++) {
                double midX = (xs.get(c) + xs.get(c + 1)) / 2;
                if (c + 1 < cols && !ruled(rules, xs.get(c + 1), midY, true)) {
                    parent[find(parent, r * cols + c)] = find(parent, r * cols + c + 1);
                }
                if (r + 1 < rows && !ruled(rules, ys.get(r + 1), midX, false)) {
                    parent[find(parent, r * cols + c)] = find(parent, (r + 1) * cols + c);
                }
            }
        }
        Map<Integer, List<Glyph>> cellGlyphs = new LinkedHashMap<>();
        for (Glyph glyph : glyphs) {
            int c = slot(xs, glyph.centreX());
            int r = slot(ys, glyph.centreY());
            if (r >= 0 && c >= 0 && !glyph.text().isBlank()) {
                cellGlyphs.computeIfAbsent(find(parent, r * cols + c), k -> new ArrayList<>()).add(glyph);
            }
        }
        List<List<String>> table = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                int cell = find(parent, r * cols + c);
                boolean firstColumnOfCell = c == 0 || find(parent, r * cols + c - 1) != cell;
                row.add(firstColumnOfCell ? text(cellGlyphs.getOrDefault(cell, List.of())) : "");
            }
            table.add(List.copyOf(row));
        }
        return List.copyOf(table);
    }

    /** Whether a rule at {@code at} (x for a vertical rule, y for a horizontal one) crosses {@code across}. */
    private static boolean ruled(List<Rule> rules, double at, double across, boolean vertical) {
        for (Rule rule : rules) {
            if (vertical && rule.vertical() && Math.abs((rule.x0() + rule.x1()) / 2 - at) <= TOLERANCE
                    && rule.top() - TOLERANCE <= across && across <= rule.bottom() + TOLERANCE) {
                return true;
            }
            if (!vertical && rule.horizontal() && Math.abs((rule.y0() + rule.y1()) / 2 - at) <= TOLERANCE
                    && rule.left() - TOLERANCE <= across && across <= rule.right() + TOLERANCE) {
                return true;
            }
        }
        return false;
    }

    /** The positions, sorted, with those within {@link #TOLERANCE} of the one before taken as one. */
    private static List<Double> distinct(List<Double> positions) {
        List<Double> sorted = positions.stream().sorted().toList();
        List<Double> distinct = new ArrayList<>();
        for (double p : sorted) {
            if (distinct.isEmpty() || p - distinct.get(distinct.size() - 1) > TOLERANCE) {
                distinct.add(p);
            }
        }
        return distinct;
    }

    /** The interval of {@code bounds} that holds {@code p}, or -1 outside them all. */
    private static int slot(List<Double> bounds, double p) {
        for (int i = 0; i + 1 < bounds.size(); i++) {
            if (bounds.get(i) <= p && p < bounds.get(i + 1)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A cell's text: its characters in lines by baseline, top to bottom, each left to right, the lines
     * joined again as the cell wrapped them, with a space only between two Latin words or numbers.
     */
    static String text(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline));
        List<List<Glyph>> lines = new ArrayList<>();
        for (Glyph glyph : sorted) {
            List<Glyph> line = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (line != null && Math.abs(line.get(0).baseline() - glyph.baseline()) < glyph.size() / 2) {
                line.add(glyph);
            } else {
                lines.add(new ArrayList<>(List.of(glyph)));
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<Glyph> line : lines) {
            line.sort(Comparator.comparingDouble(Glyph::x));
            Glyph previous = null;
            for (Glyph glyph : line) {
                boolean apart = previous != null && glyph.x() - (previous.x() + previous.width()) > glyph.size() / 4;
                if (text.length() > 0 && (previous == null || apart)) {
                    text.append(PlacedLines.spaceBetween(text, glyph.text()));
                }
                text.append(glyph.text());
                previous = glyph;
            }
        }
        return text.toString().strip();
    }
}
