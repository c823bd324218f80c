package cn.policyportal.ingest;

import java.util.ArrayList;
import java.util.List;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the tables of a document from the XHTML events Tika emits while it parses (Word and
 * HTML tables alike), so a 分工表 keeps its rows and columns, which plain text loses.
 * A table nested in a cell contributes its text to that cell.
 */
final class TableCollector extends DefaultHandler {

    private final List<List<List<String>>> tables = new ArrayList<>();
    private final StringBuilder cell = new StringBuilder();
    private List<List<String>> table;
    private List<String> row;
    private int depth;
    private boolean inCell;

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
                    row.add(cell.toString().strip());
                    inCell = false;
                }
            }
            case "tr" -> {
                if (depth == 1 && row != null && table != null) {
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

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inCell) {
            cell.append(ch, start, length);
        }
    }
}
