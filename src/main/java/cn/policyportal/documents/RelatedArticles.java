package cn.policyportal.documents;

import java.util.List;

/**
 * The articles of other documents nearest in meaning to one article (相关条文).
 *
 * @param docId   the article's document
 * @param label   the article's label (第十六条)
 * @param ready   whether the vectors are there to ask; {@code false} while they are computed or when
 *                semantic search is off, and then {@code related} is empty and {@code message} says why
 * @param message why there is nothing to show, in Chinese, or {@code null}
 * @param related the nearest articles, nearest first
 */
public record RelatedArticles(String docId, String label, boolean ready, String message, List<Related> related) {

    public RelatedArticles {
        related = List.copyOf(related);
    }

    /** A related article: its document, where it is, its opening and how near it is (0–1). */
    public record Related(String docId, String title, String label, String path, String url, String text, float score) {
    }
}
