package cn.policyportal.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;

/**
 * Parses the body of a regulation (实施办法, 条例, 规定, laws) into 编/章/节 containers and 条
 * articles, each article with its 款 (paragraphs), 项 （一） and 目 1.
 *
 * <p>Text between two articles stays with the first; text before the first article stays with its
 * container or, at the top, becomes the preamble.
 */
final class RegulationParser {

    /** An article title such as 目的依据 is short and has no punctuation. */
    private static final int MAX_ARTICLE_TITLE = 15;
    private static final int MAX_CONTAINER_TITLE = 40;

    private final Paths paths = new Paths();
    private final List<Builder> top = new ArrayList<>();
    private final List<String> preamble = new ArrayList<>();
    private final Builder[] open = new Builder[3];
    private Builder article;

    private RegulationParser() {
    }

    /** Whether {@code paragraphs} hold an article heading: even a one-article decision is a regulation. */
    static boolean looksLikeRegulation(List<String> paragraphs) {
        return paragraphs.stream().anyMatch(p -> Headings.ARTICLE.matcher(p).matches());
    }

    /** Parses {@code body}; the result starts with a preamble unit when text precedes the first heading. */
    static List<Unit> parse(List<String> body) {
        RegulationParser parser = new RegulationParser();
        for (int i = 0; i < body.size(); i++) {
            parser.accept(body.get(i), i + 1 < body.size() ? body.get(i + 1) : null);
        }
        List<Unit> units = new ArrayList<>();
        if (!parser.preamble.isEmpty()) {
            units.add(new Unit(UnitKind.PREAMBLE, "preamble", "前言", null, null, 0, parser.preamble, List.of()));
        }
        parser.top.forEach(b -> units.add(b.build()));
        return units;
    }

    private void accept(String paragraph, String next) {
        Matcher container = Headings.CONTAINER.matcher(paragraph);
        if (container.matches() && isContainerHeading(container)) {
            openContainer(container);
            return;
        }
        Matcher heading = Headings.ARTICLE.matcher(paragraph);
        OptionalInt number = heading.matches() ? ChineseNumerals.parse(heading.group(1)) : OptionalInt.empty();
        if (number.isPresent()) {
            openArticle(heading, number.getAsInt(), next);
            return;
        }
        if (article != null) {
            article.paragraphs.add(paragraph);
        } else if (innermost() != null) {
            innermost().paragraphs.add(paragraph);
        } else {
            preamble.add(paragraph);
        }
    }

    private static boolean isContainerHeading(Matcher m) {
        String title = m.group(3) == null ? "" : m.group(3).strip();
        return ChineseNumerals.parse(m.group(1)).isPresent()
                && (title.isEmpty() || Headings.isTitleLike(title, MAX_CONTAINER_TITLE));
    }

    private void openContainer(Matcher m) {
        int level = switch (m.group(2)) {
            case "编" -> 0;
            case "章" -> 1;
            default -> 2;
        };
        int number = ChineseNumerals.parse(m.group(1)).getAsInt();
        UnitKind kind = level == 0 ? UnitKind.PART : level == 1 ? UnitKind.CHAPTER : UnitKind.SECTION;
        String prefix = level == 0 ? "p" : level == 1 ? "ch" : "s";
        Builder parent = null;
        for (int l = level - 1; l >= 0 && parent == null; l--) {
            parent = open[l];
        }
        String title = m.group(3) == null || m.group(3).isBlank() ? null : m.group(3).strip();
        Builder container = new Builder(kind, paths.child(parent == null ? null : parent.path, prefix + number),
                "第" + ChineseNumerals.format(number) + m.group(2), title, number, 0);
        attach(parent, container);
        open[level] = container;
        for (int l = level + 1; l < open.length; l++) {
            open[l] = null;
        }
        article = null;
    }

    private void openArticle(Matcher m, int number, String next) {
        int sub = m.group(2) == null ? 0 : ChineseNumerals.parse(m.group(2)).orElse(0);
        String rest = m.group(3) == null ? "" : m.group(3).strip();
        boolean titled = Headings.isTitleLike(rest, MAX_ARTICLE_TITLE) && next != null
                && !Headings.ARTICLE.matcher(next).matches() && !Headings.CONTAINER.matcher(next).matches();
        Builder parent = innermost();
        String segment = "a" + number + (sub > 0 ? "-" + sub : "");
        String label = "第" + ChineseNumerals.format(number) + "条" + (sub > 0 ? "之" + ChineseNumerals.format(sub) : "");
        article = new Builder(UnitKind.ARTICLE, paths.child(parent == null ? null : parent.path, segment), label,
                titled ? rest : null, number, sub);
        if (!titled && !rest.isEmpty()) {
            article.paragraphs.add(rest);
        }
        attach(parent, article);
    }

    private Builder innermost() {
        for (int l = open.length - 1; l >= 0; l--) {
            if (open[l] != null) {
                return open[l];
            }
        }
        return null;
    }

    private void attach(Builder parent, Builder child) {
        if (parent == null) {
            top.add(child);
        } else {
            parent.children.add(child);
        }
    }

    /** A unit under construction. */
    private static final class Builder {
        final UnitKind kind;
        final String path;
        final String label;
        final String title;
        final int number;
        final int sub;
        final List<String> paragraphs = new ArrayList<>();
        final List<Builder> children = new ArrayList<>();

        Builder(UnitKind kind, String path, String label, String title, int number, int sub) {
            this.kind = kind;
            this.path = path;
            this.label = label;
            this.title = title;
            this.number = number;
            this.sub = sub;
        }

        Unit build() {
            List<Unit> built = new ArrayList<>();
            if (kind == UnitKind.ARTICLE) {
                built.addAll(ArticleClauses.of(path, paragraphs));
            }
            children.forEach(c -> built.add(c.build()));
            return new Unit(kind, path, label, title, number, sub, paragraphs, built);
        }
    }
}
