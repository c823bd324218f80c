package cn.policyportal.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the tables of a document from the XHTML events Tika emits while it parses (Word and
 * HTML tables alike), so a 分工表 keeps its rows and columns, which plain text loses.
 * A table nested in a cell contributes its text to that cell. A cell that spans rows
 * ({@code rowspan}) stands in each of them, as a department merged over several tasks leads each;
 * one that spans columns ({@code colspan}) is followed by empty cells, so later cells keep their column.
 */
final class TableCollector extends DefaultHandler {

    private static final int MAX_COL_SPAN = 20;

    private final List<List<List<String>>> tables = new ArrayList<>();
    private final StringBuilder cell = new StringBuilder();
    /** The cells of earlier rows that reach into later ones, by column. */
    private final Map<Integer, Spanning> spanning = new HashMap<>();
    private List<List<String>> table;
    private List<String> row;
    private int depth;
    private boolean inCell;
    private int rowSpan;
    private int colSpan;

    /** A cell's text and how many more rows it reaches into. */
    private record Spanning(String text, int rowsLeft) {
    }

    /** The tables seen, each a list of rows of cell texts. */
    List<List<List<String>>> tables() {
        return tables;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "table" -> {
                depth++;
                if (depth == 1) {
                    table = new ArrayList<>();
                    spanning.clear();
                }
            }
            case "tr" -> {
                if (depth == 1) {
                    row = new ArrayList<>();
                }
            }
            case "td", "th" -> {
                if (depth == 1) {
                    inCell = true;
                    cell.setLength(0);
                    rowSpan = span(attributes.getValue("rowspan"));
                    colSpan = Math.min(span(attributes.getValue("colspan")), MAX_COL_SPAN);
                }
            }
            case "p", "br", "div" -> {
                if (inCell && !cell.isEmpty()) {
                    cell.append('\n');
                }
            }
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "td", "th" -> {
                if (depth == 1 && row != null) {
                    addCell(cell.toString().strip());
                    inCell = false;
                }
            }
            case "tr" -> {
                if (depth == 1 && row != null && table != null) {
                    fillSpannedCells();
                    table.add(row);
                    row = null;
                }
            }
            case "table" -> {
                if (depth == 1 && table != null && !table.isEmpty()) {
                    tables.add(table);
                }
                depth = Math.max(0, depth - 1);
            }
            default -> { }
        }
    }

    private void addCell(String text) {
        fillSpannedCells();
        for (int c = 0; c < colSpan; c++) {
            if (rowSpan > 1) {
                spanning.put(row.size(), new Spanning(c == 0 ? text : "", rowSpan - 1));
            }
            row.add(c == 0 ? text : "");
        }
    }

    /** Puts the cells that rows above reach down with at the row's next columns. */
    private void fillSpannedCells() {
        Spanning above;
        while ((above = spanning.remove(row.size())) != null) {
            if (above.rowsLeft() > 1) {
                spanning.put(row.size(), new Spanning(above.text(), above.rowsLeft() - 1));
            }
            row.add(above.text());
        }
    }

    /**
     * A rowspan or colspan value of up to four digits, at least 1. A cell reaches only into rows the
     * table has, but columns it makes itself: so a colspan is capped further ({@link #MAX_COL_SPAN}),
     * as a huge one on every cell of a hostile page would multiply its cells, and a 分工表 has a
     * handful of columns.
     */
    private static int span(String value) {
        if (value == null || !value.strip().matches("\\d{1,4}")) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(value.strip()));
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inCell) {
            cell.append(ch, start, length);
        }
    }
}
