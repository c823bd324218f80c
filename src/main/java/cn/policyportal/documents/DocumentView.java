package cn.policyportal.documents;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import cn.policyportal.index.DocumentInfo;
import cn.policyportal.structure.Abbreviations;

/**
 * A whole document: its metadata, cleaned paragraphs, table of contents, its units in reading
 * order, the abbreviations it defines and the documents it cites.
 */
public record DocumentView(@JsonUnwrapped DocumentInfo document, String form, List<String> paragraphs,
                           List<OutlineNode> outline, List<UnitView> units,
                           List<Abbreviations.Abbreviation> abbreviations, List<Cite> citations) {

    public DocumentView {
        paragraphs = List.copyOf(paragraphs);
        outline = List.copyOf(outline);
        units = List.copyOf(units);
        abbreviations = List.copyOf(abbreviations);
        citations = List.copyOf(citations);
    }
}
