package cn.policyportal.ledger;

/**
 * Checks an evidence file before it is kept, as uploaded documents are checked: the web layer
 * supplies one that reads PDFs and Word files through the ingest readers, which this room may not use.
 */
@FunctionalInterface
public interface EvidenceCheck {

    /**
     * Returns normally when {@code upload} may be kept.
     *
     * @throws cn.policyportal.accounts.Refusal 422 with the reason when it may not
     */
    void check(Upload upload);
}
