package cn.policyportal.index;

/**
 * The metadata of one indexed document, as lists and hits show it. Absent fields are {@code null}.
 *
 * @param docId       stable id used in URLs
 * @param title       the document's title
 * @param noticeTitle the wrapping notice's title, if any
 * @param docNumber   文号
 * @param issuer      issuing body
 * @param date        成文日期, ISO format
 * @param type        document type such as 办法
 * @param disclosure  disclosure note such as 主动公开
 * @param path        file path in the corpus
 */
public record DocumentInfo(
        String docId,
        String title,
        String noticeTitle,
        String docNumber,
        String issuer,
        String date,
        String type,
        String disclosure,
        String path) {
}
