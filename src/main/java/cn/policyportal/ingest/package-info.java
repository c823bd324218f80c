/**
 * Turns a file on disk into clean Chinese paragraphs and document metadata: extraction (Tika, PDFBox,
 * ofdrw for OFD, Tesseract OCR for scans), encoding detection, text cleaning and metadata recognition.
 */
package cn.policyportal.ingest;
