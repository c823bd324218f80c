package cn.policyportal.structure;

import java.util.List;

/**
 * One addressable piece of a document.
 *
 * @param kind       what it is
 * @param path       stable id within the document, such as {@code ch4/a16}
 * @param label      how the document numbers it, such as 第十六条, 二、, （一）
 * @param title      its heading text, such as 整改督办 or 目的依据; {@code null} when it has none
 * @param number     its number (16 for 第十六条); {@code null} when unnumbered
 * @param subNumber  the N of 第X条之N, else 0
 * @param paragraphs its own text, without the label and title; children's text included for
 *                   articles and tasks, which are read whole
 * @param children   the units nested in it
 */
public record Unit(UnitKind kind, String path, String label, String title, Integer number, int subNumber,
                   List<String> paragraphs, List<Unit> children) {

    public Unit {
        paragraphs = List.copyOf(paragraphs);
        children = List.copyOf(children);
    }

    /** The unit's own text, paragraphs separated by newlines. */
    public String text() {
        return String.join("\n", paragraphs);
    }

    /** Label and title as a heading reads: 第四章 整改督办, 第十六条, 二、坚持问题导向. */
    public String heading() {
        return heading(label, title);
    }

    /** The heading of a unit labelled {@code label} and titled {@code title}, either of which may be null. */
    public static String heading(String label, String title) {
        if (title == null || title.isEmpty()) {
            return label == null ? "" : label;
        }
        if (label == null || label.isEmpty()) {
            return title;
        }
        return label.endsWith("、") || label.endsWith("）") || label.endsWith(".") || label.endsWith("是")
                ? label + title : label + " " + title;
    }
}
