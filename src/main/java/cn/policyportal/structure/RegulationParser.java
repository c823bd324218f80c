package cn.policyportal.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.policyportal.text.ArticleRef;

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
        return paragraphs.stream().anyMatch(p -> articleHeading(p).isPresent());
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

    /** 第X条 or 第X条之Y opening a paragraph, not a phrase that merely begins with a citation. */
    private static Optional<ArticleRef.Found> articleHeading(String paragraph) {
        return ArticleRef.heading(paragraph).filter(f -> f.ref().isArticle());
    }

    /** 第X编 / 第X章 / 第X节 opening a paragraph, then nothing or a short title. */
    private static Optional<ArticleRef.Found> containerHeading(String paragraph) {
        return ArticleRef.leading(paragraph)
                .filter(f -> !f.ref().isArticle() && f.ref().sub() == 0)
                .filter(f -> {
                    String title = paragraph.substring(f.end()).strip();
                    return title.isEmpty() || Headings.isTitleLike(title, MAX_CONTAINER_TITLE);
                });
    }

    private void accept(String paragraph, String next) {
        Optional<ArticleRef.Found> container = containerHeading(paragraph);
        if (container.isPresent()) {
            openContainer(container.get().ref(), paragraph.substring(container.get().end()).strip());
            return;
        }
        Optional<ArticleRef.Found> heading = articleHeading(paragraph);
        if (heading.isPresent()) {
            openArticle(heading.get().ref(), paragraph.substring(heading.get().end()).strip(), next);
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

    private void openContainer(ArticleRef ref, String title) {
        int level = switch (ref.level()) {
            case ArticleRef.PART -> 0;
            case ArticleRef.CHAPTER -> 1;
            default -> 2;
        };
        UnitKind kind = level == 0 ? UnitKind.PART : level == 1 ? UnitKind.CHAPTER : UnitKind.SECTION;
        String prefix = level == 0 ? "p" : level == 1 ? "ch" : "s";
        Builder parent = null;
        for (int l = level - 1; l >= 0 && parent == null; l--) {
            parent = open[l];
        }
        Builder container = new Builder(kind, paths.child(parent == null ? null : parent.path, prefix + ref.number()),
                ref.label(), title.isEmpty() ? null : title, ref.number(), 0);
        attach(parent, container);
        open[level] = container;
        for (int l = level + 1; l < open.length; l++) {
            open[l] = null;
        }
        article = null;
    }

    private void openArticle(ArticleRef ref, String rest, String next) {
        boolean titled = Headings.isTitleLike(rest, MAX_ARTICLE_TITLE) && next != null
                && articleHeading(next).isEmpty() && containerHeading(next).isEmpty();
        Builder parent = innermost();
        String segment = "a" + ref.number() + (ref.sub() > 0 ? "-" + ref.sub() : "");
        article = new Builder(UnitKind.ARTICLE, paths.child(parent == null ? null : parent.path, segment), ref.label(),
                titled ? rest : null, ref.number(), ref.sub());
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
