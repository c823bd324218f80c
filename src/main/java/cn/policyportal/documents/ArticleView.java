package cn.policyportal.documents;

import java.util.List;

/**
 * One article, as {@code GET /api/documents/{id}/articles/{n}} shows it.
 *
 * @param docId   the document
 * @param number  the article number (16 for 第十六条)
 * @param label   第十六条, or 第十六条之一
 * @param title   the article's own title, such as 目的依据, or {@code null}
 * @param parents the headings above it, such as [第四章 整改督办]
 * @param path    its unit path, such as {@code ch4/a16}
 * @param text    its full text without the label
 * @param url     its permanent link
 * @param cites   what it refers to
 */
public record ArticleView(String docId, int number, String label, String title, List<String> parents, String path,
                          String text, String url, List<Cite> cites) {

    public ArticleView {
        parents = List.copyOf(parents);
        cites = List.copyOf(cites);
    }
}
