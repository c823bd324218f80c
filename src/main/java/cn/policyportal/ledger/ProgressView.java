package cn.policyportal.ledger;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import cn.policyportal.measures.ProgressReport;

/** A progress count of a rectification report, with the document it comes from. */
public record ProgressView(String docId, String docTitle, String docDate, @JsonUnwrapped ProgressReport report,
                           String url) {
}
