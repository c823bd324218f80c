package cn.policyportal.ingest;

import java.util.List;
import java.util.Set;

import cn.policyportal.pages.OcrSummary;
import cn.policyportal.text.TextQuality;

/**
 * One corpus file after extraction and cleaning: ready to be structured and indexed.
 *
 * @param id          stable id derived from {@code path}; the same after every re-index
 * @param path        the file's path relative to the corpus folder, with {@code /} separators
 * @param contentHash SHA-256 of the file's bytes, to skip unchanged files when re-indexing
 * @param mediaType   what Tika recognised the file as
 * @param metadata    title, 文号, issuer, date and the like
 * @param paragraphs  the cleaned text, one paragraph per element
 * @param pageJoins   indexes of paragraphs that a newspaper page-join note began
 * @param tables      the tables of a Word or HTML file, each a list of rows of cells
 * @param ocr         how OCR read the text of a scan or image, or {@code null} when it was not OCR'd
 * @param quality     how well the text came out of the file, with a warning when it looks garbled or short
 */
public record IngestedDocument(
        String id,
        String path,
        String contentHash,
        String mediaType,
        DocumentMetadata metadata,
        List<String> paragraphs,
        Set<Integer> pageJoins,
        List<List<List<String>>> tables,
        OcrSummary ocr,
        TextQuality quality) {

    public IngestedDocument {
        paragraphs = List.copyOf(paragraphs);
        pageJoins = Set.copyOf(pageJoins);
        tables = List.copyOf(tables);
    }
}
