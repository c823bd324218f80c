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
 * @param place       the province, city or county a local rule is made for; {@code null} for a national one
 * @param ocr         how OCR read the text, for the badge that warns of misread characters; {@code null}
 *                    when the file had a text of its own
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
        String path,
        String place,
        Ocr ocr) {

    /**
     * A document read by OCR.
     *
     * @param pages      the pages (or images) read
     * @param confidence Tesseract's mean word confidence as a share, 0–1, two decimals
     */
    public record Ocr(int pages, double confidence) {

        /** The badge's figures from a summary's mean confidence on Tesseract's 0–100 scale. */
        public static Ocr of(int pages, double meanConfidence) {
            return new Ocr(pages, Math.round(meanConfidence) / 100.0);
        }
    }
}
