package cn.policyportal.documents;

import java.util.List;

import cn.policyportal.structure.Unit;

/**
 * One entry of a document's table of contents.
 *
 * @param path     the unit's path
 * @param anchor   its anchor on the document page ({@code a16} for 第十六条)
 * @param label    such as 第四章 or 二、
 * @param title    such as 整改督办
 * @param children the entries nested in it
 */
public record OutlineNode(String path, String anchor, String label, String title, List<OutlineNode> children) {

    public OutlineNode {
        children = List.copyOf(children);
    }

    /** The table of contents of {@code units}: every unit shown in outlines, nested as in the document. */
    static List<OutlineNode> of(List<Unit> units) {
        return units.stream().filter(u -> u.kind().inOutline())
                .map(u -> new OutlineNode(u.path(), UnitView.anchor(u), u.label(), u.title(), of(u.children())))
                .toList();
    }
}
