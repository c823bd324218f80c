package cn.policyportal.ledger;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * A report found by a 进展 search, with its measure and round, as the search page lists it. The
 * {@code *Html} fields are HTML-escaped with the searched words in {@code <mark>}.
 *
 * @param measureText  the measure's 具体举措, a passage of it when long
 * @param progressHtml 进展情况, a passage around the first match when long
 * @param reasonHtml   the return reason, or {@code null}
 * @param workflowUrl  the round's page on {@code /workflow}, filtered by the same words
 */
public record ReportHit(long reportId, String measureId, String task, String measureText, List<String> leadDepts,
                        long roundId, String roundName, String state, String stateLabel, String status,
                        String statusLabel, String author, Instant updatedAt, String measureUrl, String workflowUrl,
                        String progressHtml, String reasonHtml, List<File> evidence) {

    private static final int PASSAGE = 160;

    public ReportHit {
        leadDepts = List.copyOf(leadDepts);
        evidence = List.copyOf(evidence);
    }

    /** An evidence file of the report, its name marked. */
    public record File(long id, String name, String nameHtml, String url) {
    }

    static ReportHit of(Report r, MeasureView m, Round round, ReportWords words) {
        String text = m.text() == null ? "" : m.text();
        String query = String.join(" ", words.words());
        String workflow = "/workflow?round=" + round.id()
                + (query.isEmpty() ? "" : "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20"));
        return new ReportHit(r.id(), m.id(), m.task(), text.length() > PASSAGE ? text.substring(0, PASSAGE) + "…" : text,
                m.leadDepts(), round.id(), round.name(), r.state(), r.stateLabel(), r.status(), r.statusLabel(),
                r.author(), r.updatedAt(), m.url(), workflow, words.snippet(r.progress(), PASSAGE * 2),
                words.mark(r.reason()), r.evidence().stream()
                        .map(e -> new File(e.id(), e.name(), words.mark(e.name()), "/api/evidence/" + e.id())).toList());
    }
}
