package cn.policyportal.documents;

/**
 * A reference in a document's text, resolved where possible.
 *
 * @param kind   {@code document} (another document), {@code article} (an article of the same
 *               document) or {@code clause} (前款)
 * @param text   as written, such as 《中国共产党巡视工作条例》 or 本办法第十条
 * @param title  the cited document's title as written (kind {@code document})
 * @param docId  the cited document when it is in the corpus; {@code null} for an external citation
 * @param path   the cited unit, when it was found
 * @param url    the link to follow, when there is something to link to
 */
public record Cite(String kind, String text, String title, String docId, String path, String url) {
}
