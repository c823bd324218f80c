package cn.policyportal.documents;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.policyportal.accounts.Actor;
import cn.policyportal.index.DocumentInfo;
import cn.policyportal.index.Fields;
import cn.policyportal.index.IndexStatus;
import cn.policyportal.semantic.Semantic;
import cn.policyportal.semantic.VectorIndex;
import cn.policyportal.snapshot.InvalidQueryException;
import cn.policyportal.snapshot.Links;
import cn.policyportal.snapshot.NotFoundException;
import cn.policyportal.snapshot.Snapshot;
import cn.policyportal.snapshot.Snapshots;
import cn.policyportal.structure.DocumentStructure;
import cn.policyportal.structure.Unit;
import cn.policyportal.text.ArticleRef;
import cn.policyportal.versions.Validities;

/** The documents of the current index as their pages show them: metadata, text, outline, articles and citations. */
public final class DocumentService {

    /** How many related articles an article lists. */
    static final int RELATED = 6;
    /** How much of a related article's text is shown under its title. */
    private static final int RELATED_TEXT = 120;

    private final Snapshots snapshots;
    private final Validities validities;
    private final Semantic semantic;

    public DocumentService(Snapshots snapshots, Validities validities, Semantic semantic) {
        this.snapshots = snapshots;
        this.validities = validities;
        this.semantic = semantic;
    }

    /**
     * When the index was last made, the files that could not be indexed then, and how well the text
     * of every indexed file came out of it.
     */
    public IngestReport ingestReport() throws IOException {
        return snapshots.read(s -> IngestReport.of(Snapshots.status(s), s.documents().stream()
                .map(info -> new IngestReport.File(info.path(), info.docId(), info.title(), s.quality(info.docId())))
                .toList()));
    }

    /** Every document, newest first. */
    public List<DocumentInfo> documents() throws IOException {
        return snapshots.read(Snapshot::documents);
    }

    /**
     * The metadata of the document with {@code id}.
     *
     * @throws NotFoundException when no document has that id
     */
    public DocumentInfo info(String id) throws IOException {
        return snapshots.read(s -> s.stored(id).info());
    }

    /**
     * The document with {@code id}: metadata, paragraphs, table of contents, abbreviations, and its
     * validity and versions as of {@code asOf}.
     *
     * @throws NotFoundException when no document has that id
     */
    public DocumentView document(String id, LocalDate asOf) throws IOException {
        return snapshots.read(s -> {
            Snapshot.Stored doc = s.stored(id);
            return new DocumentView(doc.info(), doc.structure().form().name().toLowerCase(Locale.ROOT),
                    doc.paragraphs(), OutlineNode.of(doc.structure().units()), UnitView.of(doc.structure()),
                    doc.abbreviations(), Citations.ofDocument(s, doc), validities.of(s, id, asOf),
                    validities.versions(s, id, asOf));
        });
    }

    /**
     * The validity of document {@code id} as of {@code asOf}, with the overrides recorded for it.
     *
     * @throws NotFoundException when no document has that id
     */
    public ValidityView validity(String id, LocalDate asOf) throws IOException {
        return snapshots.read(s -> new ValidityView(s.stored(id).info().docId(), validities.of(s, id, asOf),
                validities.history(id)));
    }

    /**
     * Records admin {@code by}'s override of the validity of document {@code id} and answers the validity now.
     *
     * @throws NotFoundException     when no document has that id
     * @throws InvalidQueryException when the status or the reason is not acceptable
     */
    public ValidityView overrideValidity(Actor by, String id, String status, String reason) throws IOException {
        info(id);
        validities.override(by, id, status, reason);
        return validity(id, LocalDate.now());
    }

    /**
     * Documents {@code a} and {@code b} side by side, article by article (新旧对照).
     *
     * @throws NotFoundException when either document does not exist
     */
    public Comparison compare(String a, String b) throws IOException {
        return snapshots.read(s -> Comparison.of(s, s.stored(a), s.stored(b)));
    }

    /**
     * Article {@code number} of document {@code id} (16, 十六, 第十六条, 16-1 for 之一).
     *
     * @throws InvalidQueryException when {@code number} is not an article number
     * @throws NotFoundException     when the document or the article does not exist
     */
    public ArticleView article(String id, String number) throws IOException {
        ArticleRef wanted = ArticleRef.parseArticleNumber(number).filter(a -> a.number() > 0)
                .orElseThrow(() -> new InvalidQueryException("“" + number + "”不是条文序号，请写成 16、十六 或 第十六条"));
        return snapshots.read(s -> {
            Snapshot.Stored doc = s.stored(id);
            DocumentStructure.Located found = doc.structure().article(wanted.number(), wanted.sub())
                    .orElseThrow(() -> new NotFoundException("《" + doc.info().title() + "》中没有" + wanted.label()
                            + "（共 " + doc.structure().articles().size() + " 条）"));
            Unit unit = found.unit();
            return new ArticleView(id, unit.number(), unit.label(), unit.title(), found.parentHeadings(), unit.path(),
                    unit.text(), Links.unit(id, unit.path()), Citations.ofArticle(s, doc, unit));
        });
    }

    /**
     * The articles of other documents nearest in meaning to article {@code number} of document
     * {@code id} (the same text in another version of a law is not a relation, and is left out).
     *
     * @throws InvalidQueryException when {@code number} is not an article number
     * @throws NotFoundException     when the document or the article does not exist
     */
    public RelatedArticles related(String id, String number) throws IOException {
        ArticleView article = article(id, number);
        if (!semantic.ready()) {
            return new RelatedArticles(id, article.label(), false, semantic.status().message(), List.of());
        }
        List<VectorIndex.Neighbour> near = semantic.related(Fields.unitKey(id, article.path()), RELATED);
        return snapshots.read(s -> {
            List<RelatedArticles.Related> related = new ArrayList<>();
            for (VectorIndex.Neighbour n : near) {
                String path = n.unitKey().substring(n.docId().length() + 1);
                Snapshot.Stored doc;
                try {
                    doc = s.stored(n.docId());
                } catch (NotFoundException gone) {
                    continue;
                }
                doc.structure().unit(path).ifPresent(found -> {
                    Unit unit = found.unit();
                    String text = unit.text();
                    related.add(new RelatedArticles.Related(n.docId(), doc.info().title(),
                            unit.label() == null ? unit.title() : unit.label(), path, Links.unit(n.docId(), path),
                            text.length() > RELATED_TEXT ? text.substring(0, RELATED_TEXT) + "…" : text, n.score()));
                });
            }
            return new RelatedArticles(id, article.label(), true, related.isEmpty() ? "没有找到相关条文" : null, related);
        });
    }

    /**
     * The documents {@code id} cites and the documents that cite it.
     *
     * @throws NotFoundException when no document has that id
     */
    public CitationsView citations(String id) throws IOException {
        return snapshots.read(s -> {
            Snapshot.Stored doc = s.stored(id);
            return new CitationsView(id, Citations.ofDocument(s, doc), s.view(CitedBy.VIEW).of(id));
        });
    }
}
