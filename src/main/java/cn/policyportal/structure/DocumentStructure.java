package cn.policyportal.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The structure of one document.
 *
 * @param form  how the body is organised
 * @param units the top-level units, in document order
 */
public record DocumentStructure(Form form, List<Unit> units) {

    /** How a document's body is organised. */
    public enum Form { REGULATION, PLAN, REPORT, PLAIN }

    public DocumentStructure {
        units = List.copyOf(units);
    }

    /** A unit with the units that contain it, outermost first. */
    public record Located(Unit unit, List<Unit> ancestors) {

        /** The headings of the containing units, such as [第四章 整改督办]. */
        public List<String> parentHeadings() {
            return ancestors.stream().map(Unit::heading).filter(h -> !h.isEmpty()).toList();
        }
    }

    /** Every unit, depth first in document order, with its ancestors. */
    public List<Located> flatten() {
        List<Located> all = new ArrayList<>();
        walk(units, new ArrayList<>(), all);
        return all;
    }

    private static void walk(List<Unit> level, List<Unit> ancestors, List<Located> out) {
        for (Unit unit : level) {
            out.add(new Located(unit, List.copyOf(ancestors)));
            ancestors.add(unit);
            walk(unit.children(), ancestors, out);
            ancestors.remove(ancestors.size() - 1);
        }
    }

    /** The units that satisfy {@code filter}, in document order. */
    public List<Located> find(Predicate<Unit> filter) {
        return flatten().stream().filter(l -> filter.test(l.unit())).toList();
    }

    /** Every article, in document order. */
    public List<Located> articles() {
        return find(u -> u.kind() == UnitKind.ARTICLE);
    }

    /** The first article numbered {@code number} (and {@code sub} for 之N, else 0). */
    public Optional<Located> article(int number, int sub) {
        return articles().stream()
                .filter(a -> a.unit().number() == number && a.unit().subNumber() == sub)
                .findFirst();
    }

    /** The unit at {@code path}. */
    public Optional<Located> unit(String path) {
        return flatten().stream().filter(l -> l.unit().path().equals(path)).findFirst();
    }

    /**
     * The units a search matches: articles whole (their 款 and 项 are part of them), tasks whole,
     * and every other unit with text of its own (an article even without: it is looked up by its
     * number in the index). Together they hold all of the document's text but
     * the enclosed title, which the document's title field holds.
     */
    public List<Located> searchUnits() {
        List<Located> result = new ArrayList<>();
        for (Located l : flatten()) {
            boolean insideWhole = l.ancestors().stream()
                    .anyMatch(a -> a.kind() == UnitKind.ARTICLE || a.kind() == UnitKind.TASK);
            boolean searchable = !l.unit().paragraphs().isEmpty() || l.unit().title() != null
                    || l.unit().kind() == UnitKind.ARTICLE;
            if (!insideWhole && searchable) {
                result.add(l);
            }
        }
        return result;
    }
}
