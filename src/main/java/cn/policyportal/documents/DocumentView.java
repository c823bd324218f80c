package cn.policyportal.documents;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import cn.policyportal.index.DocumentInfo;
import cn.policyportal.structure.Abbreviations;
import cn.policyportal.versions.Validity;
import cn.policyportal.versions.VersionRef;

/**
 * A whole document: its metadata, cleaned paragraphs, table of contents, its units in reading
 * order, the abbreviations it defines, the documents it cites, its validity and the versions of
 * its rule (oldest first, itself among them).
 */
public record DocumentView(@JsonUnwrapped DocumentInfo document, String form, List<String> paragraphs,
                           List<OutlineNode> outline, List<UnitView> units,
                           List<Abbreviations.Abbreviation> abbreviations, List<Cite> citations,
                           Validity validity, List<VersionRef> versions) {

    public DocumentView {
        versions = List.copyOf(versions);
        paragraphs = List.copyOf(paragraphs);
        outline = List.copyOf(outline);
        units = List.copyOf(units);
        abbreviations = List.copyOf(abbreviations);
        citations = List.copyOf(citations);
    }
}
