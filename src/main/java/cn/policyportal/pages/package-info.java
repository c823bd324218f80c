/**
 * Text that stands on pages: lines placed on a page joined into paragraphs (where the layout shows
 * a paragraph's start), ruled tables read as rows of cells, and page images (scans, photos) read by
 * Tesseract OCR.
 */
package cn.policyportal.pages;
