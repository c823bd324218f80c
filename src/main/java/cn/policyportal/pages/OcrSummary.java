package cn.policyportal.pages;

/**
 * How a document's text was read by OCR, so that a page can say the text may hold misread characters.
 *
 * @param pages          how many pages (or images) were read by OCR
 * @param meanConfidence Tesseract's mean word confidence, 0–100
 */
public record OcrSummary(int pages, double meanConfidence) {
}
