package cn.policyportal.structure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Parses a report into its outline: 一、 above （一） above 1. above （1） above 一是. A heading opens
 * a unit that holds its paragraph and the paragraphs up to the next heading; a heading nests under
 * the nearest open heading of a higher level.
 *
 * <p>Headings that come before the first heading of the highest level present (a page that starts
 * inside an earlier section) are kept, with any leading text, in a preamble unit, so that the top
 * of the outline is the document's own top level.
 */
final class OutlineParser {

    private final Paths paths;
    private final String parentPath;

    private OutlineParser(Paths paths, String parentPath) {
        this.paths = paths;
        this.parentPath = parentPath;
    }

    /** Whether {@code paragraphs} hold at least two outline headings. */
    static boolean looksLikeOutline(List<String> paragraphs) {
        return paragraphs.stream().filter(p -> Headings.outline(p).isPresent()).limit(2).count() == 2;
    }

    /** Parses {@code body}, whose unit paths start under {@code parentPath} ({@code null} for the top). */
    static List<Unit> parse(List<String> body, Paths paths, String parentPath) {
        return new OutlineParser(paths, parentPath).parse(body);
    }

    private List<Unit> parse(List<String> body) {
        Headings.Level top = highestLevel(body);
        int firstTop = firstIndexOf(body, top);
        List<Unit> units = new ArrayList<>();
        if (firstTop > 0) {
            String preamblePath = paths.child(parentPath, "preamble");
            List<String> lead = new ArrayList<>();
            int firstHeading = 0;
            while (firstHeading < firstTop && Headings.outline(body.get(firstHeading)).isEmpty()) {
                lead.add(body.get(firstHeading++));
            }
            List<Unit> orphans = new OutlineParser(paths, preamblePath).nest(body.subList(firstHeading, firstTop));
            units.add(new Unit(UnitKind.PREAMBLE, preamblePath, "前文", null, null, 0, lead, orphans));
        }
        units.addAll(nest(body.subList(Math.max(firstTop, 0), body.size())));
        return units;
    }

    /** Nests the headings of {@code body}, which starts with a heading. */
    private List<Unit> nest(List<String> body) {
        List<Node> roots = new ArrayList<>();
        Deque<Node> stack = new ArrayDeque<>();
        for (String p : body) {
            Optional<Headings.OutlineHeading> heading = Headings.outline(p);
            if (heading.isEmpty()) {
                if (!stack.isEmpty()) {
                    stack.peek().paragraphs.add(p);
                }
                continue;
            }
            Headings.OutlineHeading h = heading.get();
            while (!stack.isEmpty() && stack.peek().heading.level().compareTo(h.level()) >= 0) {
                stack.pop();
            }
            Node parent = stack.peek();
            Node node = new Node(h, paths.child(parent == null ? parentPath : parent.path,
                    h.level().pathPrefix + h.value()));
            node.paragraphs.add(p);
            (parent == null ? roots : parent.children).add(node);
            stack.push(node);
        }
        return roots.stream().map(Node::build).toList();
    }

    private static Headings.Level highestLevel(List<String> body) {
        return body.stream().map(Headings::outline).flatMap(Optional::stream)
                .map(Headings.OutlineHeading::level).min(Enum::compareTo).orElse(Headings.Level.L1);
    }

    private static int firstIndexOf(List<String> body, Headings.Level level) {
        for (int i = 0; i < body.size(); i++) {
            Optional<Headings.OutlineHeading> h = Headings.outline(body.get(i));
            if (h.isPresent() && h.get().level() == level) {
                return i;
            }
        }
        return -1;
    }

    /** A heading under construction. */
    private static final class Node {
        final Headings.OutlineHeading heading;
        final String path;
        final List<String> paragraphs = new ArrayList<>();
        final List<Node> children = new ArrayList<>();

        Node(Headings.OutlineHeading heading, String path) {
            this.heading = heading;
            this.path = path;
        }

        Unit build() {
            return new Unit(UnitKind.OUTLINE, path, heading.level().label(heading.number()),
                    Headings.headingText(heading.rest()), heading.value(), 0, paragraphs,
                    children.stream().map(Node::build).toList());
        }
    }
}
