package cn.policyportal.ledger;

/** A file as it arrived with a report: its name as the person's computer called it, its declared type and bytes. */
public record Upload(String name, String contentType, byte[] bytes) {
}
