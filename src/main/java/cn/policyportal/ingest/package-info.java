/**
 * Turns a file on disk into clean Chinese paragraphs and document metadata: Tika extraction,
 * encoding detection, text cleaning and metadata recognition.
 */
package cn.policyportal.ingest;
