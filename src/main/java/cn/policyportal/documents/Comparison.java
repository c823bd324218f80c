package cn.policyportal.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.policyportal.snapshot.Snapshot;
import cn.policyportal.structure.DocumentStructure;
import cn.policyportal.structure.RuleHistory;
import cn.policyportal.structure.Unit;

/**
 * Two documents side by side (新旧对照): their articles aligned by {@link ArticleAlignment}, each row
 * marked unchanged, changed, renumbered, added or removed, with the changed words marked.
 *
 * @param a       the old document
 * @param b       the new document
 * @param summary how many rows of each kind
 * @param rows    the rows in the new document's order
 */
public record Comparison(Side a, Side b, Summary summary, List<Row> rows) {

    public static final String UNCHANGED = "unchanged";
    public static final String CHANGED = "changed";
    public static final String RENUMBERED = "renumbered";
    public static final String ADDED = "added";
    public static final String REMOVED = "removed";

    public Comparison {
        rows = List.copyOf(rows);
    }

    /** One of the documents compared: its version's date and label, and how many articles it has. */
    public record Side(String docId, String title, LocalDate date, String label, int articles) {
    }

    /** How many rows of each kind; {@code renumbered} counts moved articles, changed in text or not. */
    public record Summary(int unchanged, int changed, int renumbered, int added, int removed) {
    }

    /**
     * One row: an article of the old document, of the new, or of both.
     *
     * @param textChanged for a renumbered article, whether its text changed too
     * @param aHtml       the old text, escaped, removed words in {@code <del>}; {@code null} for an added article
     * @param bHtml       the new text, escaped, added words in {@code <ins>}; {@code null} for a removed article
     */
    public record Row(String kind, String aLabel, String bLabel, boolean textChanged, String aHtml, String bHtml) {
    }

    /** {@code older} and {@code newer} of {@code snapshot} compared. */
    static Comparison of(Snapshot snapshot, Snapshot.Stored older, Snapshot.Stored newer) {
        List<ArticleAlignment.Article> a = articles(older);
        List<ArticleAlignment.Article> b = articles(newer);
        List<Row> rows = new ArrayList<>();
        int[] counts = new int[5];
        for (ArticleAlignment.Pair pair : ArticleAlignment.of(a, b)) {
            Row row = row(pair.older() < 0 ? null : a.get(pair.older()), pair.newer() < 0 ? null : b.get(pair.newer()));
            counts[List.of(UNCHANGED, CHANGED, RENUMBERED, ADDED, REMOVED).indexOf(row.kind())]++;
            rows.add(row);
        }
        return new Comparison(side(snapshot, older, a.size()), side(snapshot, newer, b.size()),
                new Summary(counts[0], counts[1], counts[2], counts[3], counts[4]), rows);
    }

    private static Row row(ArticleAlignment.Article older, ArticleAlignment.Article newer) {
        if (older == null) {
            return new Row(ADDED, null, newer.label(), false, null, TextDiff.escape(newer.text()));
        }
        if (newer == null) {
            return new Row(REMOVED, older.label(), null, false, TextDiff.escape(older.text()), null);
        }
        boolean textChanged = !older.text().equals(newer.text());
        String kind = older.key() != newer.key() ? RENUMBERED : textChanged ? CHANGED : UNCHANGED;
        TextDiff diff = TextDiff.of(older.text(), newer.text());
        return new Row(kind, older.label(), newer.label(), textChanged, diff.oldHtml(), diff.newHtml());
    }

    /** The articles of {@code doc}; a text without articles is compared paragraph by paragraph. */
    private static List<ArticleAlignment.Article> articles(Snapshot.Stored doc) {
        List<DocumentStructure.Located> articles = doc.structure().articles();
        List<ArticleAlignment.Article> list = new ArrayList<>();
        if (articles.isEmpty()) {
            for (int i = 0; i < doc.paragraphs().size(); i++) {
                list.add(new ArticleAlignment.Article(i + 1, "第" + (i + 1) + "段", doc.paragraphs().get(i)));
            }
            return list;
        }
        for (DocumentStructure.Located located : articles) {
            Unit u = located.unit();
            list.add(new ArticleAlignment.Article(u.number() * 1000L + u.subNumber(), u.label(), u.text()));
        }
        return list;
    }

    private static Side side(Snapshot snapshot, Snapshot.Stored doc, int articles) {
        RuleHistory history = snapshot.history(doc.info().docId());
        return new Side(doc.info().docId(), doc.info().title(), history.versionDate(), history.versionLabel(), articles);
    }
}
