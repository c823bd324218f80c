package cn.policyportal.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.policyportal.clause.Titles;
import cn.policyportal.index.DocumentInfo;
import cn.policyportal.snapshot.Snapshot;

/** Which documents of a snapshot cite each document by title: computed once per snapshot, over the whole corpus. */
final class CitedBy {

    static final Snapshot.View<CitedBy> VIEW = CitedBy::new;

    private final Map<String, List<DocumentInfo>> citing = new HashMap<>();

    private CitedBy(Snapshot snapshot) throws IOException {
        Titles titles = snapshot.view(Titles.VIEW);
        for (DocumentInfo doc : snapshot.documents()) {
            List<String> seen = new ArrayList<>();
            for (String title : snapshot.citedTitles(doc.docId())) {
                DocumentInfo cited = titles.resolve(title);
                if (cited != null && !cited.docId().equals(doc.docId()) && !seen.contains(cited.docId())) {
                    seen.add(cited.docId());
                    citing.computeIfAbsent(cited.docId(), k -> new ArrayList<>()).add(doc);
                }
            }
        }
    }

    /** The documents that cite document {@code id}, newest first. */
    List<DocumentInfo> of(String id) {
        return citing.getOrDefault(id, List.of());
    }
}
