package cn.policyportal.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * What a document cites, found once when it is indexed so that no page reads its text again for it.
 *
 * @param documents   the documents its paragraphs cite by title alone (no article), each once, in order
 * @param citedTitles every title it cites, with or without an article, each once: what "cited by" counts
 * @param articles    by article path, what each of its 款 cites (the article's text when it has no 款);
 *                    articles that cite nothing are left out
 */
public record DocumentReferences(List<References.Reference> documents, List<String> citedTitles,
                                 Map<String, List<List<References.Reference>>> articles) {

    public DocumentReferences {
        documents = List.copyOf(documents);
        citedTitles = List.copyOf(citedTitles);
        articles = Map.copyOf(articles);
    }

    /** The references of the document with {@code paragraphs} and {@code structure}, titled {@code title}. */
    public static DocumentReferences of(DocumentStructure structure, List<String> paragraphs, String title) {
        LinkedHashSet<References.Reference> documents = new LinkedHashSet<>();
        for (String paragraph : paragraphs) {
            References.in(paragraph, title).stream()
                    .filter(r -> r.kind() == References.Reference.Kind.DOCUMENT && r.article() == null)
                    .forEach(documents::add);
        }
        List<String> cited = References.in(String.join("\n", paragraphs), title).stream()
                .filter(r -> r.kind() == References.Reference.Kind.DOCUMENT)
                .map(References.Reference::title)
                .distinct()
                .toList();
        Map<String, List<List<References.Reference>>> articles = new LinkedHashMap<>();
        for (DocumentStructure.Located located : structure.articles()) {
            List<List<References.Reference>> byClause = clauseTexts(located.unit()).stream()
                    .map(text -> References.in(text, title)).toList();
            if (byClause.stream().anyMatch(refs -> !refs.isEmpty())) {
                articles.put(located.unit().path(), byClause);
            }
        }
        return new DocumentReferences(new ArrayList<>(documents), cited, articles);
    }

    /** The 款 of an article, the text of each with its items; the article's own text when it has none. */
    public static List<Unit> clauses(Unit article) {
        return article.children().stream().filter(c -> c.kind() == UnitKind.CLAUSE).toList();
    }

    private static List<String> clauseTexts(Unit article) {
        List<Unit> clauses = clauses(article);
        return clauses.isEmpty() ? List.of(article.text()) : clauses.stream().map(DocumentReferences::textOf).toList();
    }

    private static String textOf(Unit clause) {
        StringBuilder text = new StringBuilder(clause.text());
        clause.children().forEach(item -> text.append('\n').append(textOf(item)));
        return text.toString();
    }
}
