package cn.policyportal.documents;

import java.util.List;

import cn.policyportal.index.DocumentInfo;

/**
 * A document's citations both ways.
 *
 * @param docId   the document
 * @param cites   the documents it cites by title, linked when they are in the corpus
 * @param citedBy the corpus documents that cite it
 */
public record CitationsView(String docId, List<Cite> cites, List<DocumentInfo> citedBy) {

    public CitationsView {
        cites = List.copyOf(cites);
        citedBy = List.copyOf(citedBy);
    }
}
