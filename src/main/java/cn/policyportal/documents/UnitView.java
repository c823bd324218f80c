package cn.policyportal.documents;

import java.util.ArrayList;
import java.util.List;

import cn.policyportal.structure.DocumentStructure;
import cn.policyportal.structure.Unit;
import cn.policyportal.structure.UnitKind;

/**
 * One unit of a document as its page shows it, in reading order.
 *
 * @param path   the unit's path
 * @param anchor its anchor on the page: {@code a16} for 第十六条, else the path
 * @param kind   such as {@code article}, {@code chapter}, {@code outline}
 * @param label  such as 第十六条
 * @param title  such as 目的依据
 * @param depth  0 for top-level units
 * @param text   its own text (an article's whole text)
 */
public record UnitView(String path, String anchor, String kind, String label, String title, int depth, String text) {

    /** The units of {@code structure} a reader sees, in order; 款 and 项 stay inside their article. */
    static List<UnitView> of(DocumentStructure structure) {
        List<UnitView> views = new ArrayList<>();
        for (DocumentStructure.Located l : structure.flatten()) {
            Unit u = l.unit();
            boolean insideWhole = l.ancestors().stream()
                    .anyMatch(a -> a.kind() == UnitKind.ARTICLE || a.kind() == UnitKind.TASK);
            if (!insideWhole) {
                views.add(new UnitView(u.path(), anchor(u), u.kind().name().toLowerCase(java.util.Locale.ROOT),
                        u.label(), u.title(), l.ancestors().size(), u.text()));
            }
        }
        return views;
    }

    /** Articles are addressed by number (a16, a16-1), as their permanent links are; other units by path. */
    static String anchor(Unit u) {
        if (u.kind() == UnitKind.ARTICLE) {
            return "a" + u.number() + (u.subNumber() > 0 ? "-" + u.subNumber() : "");
        }
        return u.path();
    }
}
