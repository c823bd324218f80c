package cn.policyportal.search;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A whole document: its metadata and its cleaned paragraphs. */
public record DocumentView(@JsonUnwrapped DocumentInfo document, List<String> paragraphs) {

    public DocumentView {
        paragraphs = List.copyOf(paragraphs);
    }
}
