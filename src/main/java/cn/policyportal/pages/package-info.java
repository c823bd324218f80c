/**
 * Text that stands on pages: lines placed on a page joined into paragraphs, and page images (scans,
 * photos) read by Tesseract OCR.
 */
package cn.policyportal.pages;
