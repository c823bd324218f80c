package cn.policyportal.documents;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import cn.policyportal.clause.Titles;
import cn.policyportal.index.DocumentInfo;
import cn.policyportal.snapshot.Links;
import cn.policyportal.snapshot.Snapshot;
import cn.policyportal.structure.DocumentReferences;
import cn.policyportal.structure.DocumentStructure;
import cn.policyportal.structure.References;
import cn.policyportal.structure.Unit;

/** Turns the references the indexer found in a text into links: to corpus documents, their articles, or this document's. */
final class Citations {

    private Citations() {
    }

    /** What an article cites; 前款 is resolved clause by clause. */
    static List<Cite> ofArticle(Snapshot snapshot, Snapshot.Stored doc, Unit article) {
        LinkedHashSet<Cite> cites = new LinkedHashSet<>();
        List<Unit> clauses = DocumentReferences.clauses(article);
        List<List<References.Reference>> byClause = doc.references().articles().getOrDefault(article.path(), List.of());
        for (int i = 0; i < byClause.size(); i++) {
            String previous = i > 0 ? clauses.get(i - 1).path() : null;
            for (References.Reference ref : byClause.get(i)) {
                cites.add(resolve(snapshot, doc, ref, previous));
            }
        }
        return new ArrayList<>(cites);
    }

    /** The documents {@code doc} cites by title, each once. */
    static List<Cite> ofDocument(Snapshot snapshot, Snapshot.Stored doc) {
        LinkedHashSet<Cite> cites = new LinkedHashSet<>();
        doc.references().documents().forEach(r -> cites.add(resolve(snapshot, doc, r, null)));
        return new ArrayList<>(cites);
    }

    private static Cite resolve(Snapshot snapshot, Snapshot.Stored doc, References.Reference ref, String previousClause) {
        String id = doc.info().docId();
        return switch (ref.kind()) {
            case ARTICLE -> doc.structure().article(ref.article(), ref.subArticle())
                    .map(a -> new Cite("article", ref.text(), null, id, a.unit().path(), Links.unit(id, a.unit().path())))
                    .orElse(new Cite("article", ref.text(), null, id, null, null));
            case PREVIOUS_CLAUSE -> new Cite("clause", ref.text(), null, id, previousClause,
                    previousClause == null ? null : Links.unit(id, previousClause));
            case DOCUMENT -> document(snapshot, ref);
        };
    }

    private static Cite document(Snapshot snapshot, References.Reference ref) {
        DocumentInfo target = snapshot.view(Titles.VIEW).resolve(ref.title());
        if (target == null) {
            return new Cite("document", ref.text(), ref.title(), null, null, null);
        }
        Optional<DocumentStructure.Located> article = ref.article() == null ? Optional.empty()
                : snapshot.stored(target.docId()).structure().article(ref.article(), ref.subArticle());
        return article.map(a -> new Cite("document", ref.text(), ref.title(), target.docId(), a.unit().path(),
                        Links.unit(target.docId(), a.unit().path())))
                .orElse(new Cite("document", ref.text(), ref.title(), target.docId(), null, Links.document(target.docId())));
    }
}
