package cn.policyportal.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import cn.policyportal.structure.DocumentStructure;
import cn.policyportal.structure.References;
import cn.policyportal.structure.Unit;
import cn.policyportal.structure.UnitKind;

/** Turns the references found in a text into links: to corpus documents, their articles, or this document's. */
final class Citations {

    private Citations() {
    }

    /** What an article cites; 前款 is resolved clause by clause. */
    static List<Cite> ofArticle(Catalog catalog, Catalog.Stored doc, Unit article) {
        LinkedHashSet<Cite> cites = new LinkedHashSet<>();
        List<Unit> clauses = article.children().stream().filter(c -> c.kind() == UnitKind.CLAUSE).toList();
        List<String> texts = clauses.isEmpty() ? List.of(article.text()) : clauses.stream().map(Citations::textOf).toList();
        for (int i = 0; i < texts.size(); i++) {
            for (References.Reference ref : References.in(texts.get(i), doc.info().title())) {
                String previous = i > 0 ? clauses.get(i - 1).path() : null;
                cites.add(resolve(catalog, doc, ref, previous));
            }
        }
        return new ArrayList<>(cites);
    }

    /** The documents {@code doc} cites by title, each once. */
    static List<Cite> ofDocument(Catalog catalog, Catalog.Stored doc) {
        LinkedHashSet<Cite> cites = new LinkedHashSet<>();
        for (String paragraph : doc.paragraphs()) {
            References.in(paragraph, doc.info().title()).stream()
                    .filter(r -> r.kind() == References.Reference.Kind.DOCUMENT && r.article() == null)
                    .forEach(r -> cites.add(resolve(catalog, doc, r, null)));
        }
        return new ArrayList<>(cites);
    }

    private static String textOf(Unit clause) {
        StringBuilder text = new StringBuilder(clause.text());
        clause.children().forEach(item -> text.append('\n').append(textOf(item)));
        return text.toString();
    }

    private static Cite resolve(Catalog catalog, Catalog.Stored doc, References.Reference ref, String previousClause) {
        String id = doc.info().docId();
        return switch (ref.kind()) {
            case ARTICLE -> doc.structure().article(ref.article(), ref.subArticle())
                    .map(a -> new Cite("article", ref.text(), null, id, a.unit().path(), Links.unit(id, a.unit().path())))
                    .orElse(new Cite("article", ref.text(), null, id, null, null));
            case PREVIOUS_CLAUSE -> new Cite("clause", ref.text(), null, id, previousClause,
                    previousClause == null ? null : Links.unit(id, previousClause));
            case DOCUMENT -> document(catalog, ref);
        };
    }

    private static Cite document(Catalog catalog, References.Reference ref) {
        DocumentInfo target = catalog.resolveTitle(ref.title());
        if (target == null) {
            return new Cite("document", ref.text(), ref.title(), null, null, null);
        }
        Optional<DocumentStructure.Located> article = ref.article() == null ? Optional.empty()
                : catalog.stored(target.docId()).structure().article(ref.article(), ref.subArticle());
        return article.map(a -> new Cite("document", ref.text(), ref.title(), target.docId(), a.unit().path(),
                        Links.unit(target.docId(), a.unit().path())))
                .orElse(new Cite("document", ref.text(), ref.title(), target.docId(), null, Links.document(target.docId())));
    }
}
