package cn.policyportal.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.policyportal.versions.RuleVersions;
import cn.policyportal.versions.Validity;
import cn.policyportal.versions.ValidityStatus;

/**
 * The rules part of {@code portal structure}: per rule with several versions (or a status other
 * than 现行有效) its versions and their validity, and the totals the acceptance of versions is
 * measured by.
 *
 * @param rules          rules with two or more dated versions
 * @param oneInForce     of those, rules with exactly one version 现行有效
 * @param repealedWhole  of those, rules with no version in force because a document repeals them
 * @param statements     titles named by 同时废止/予以废止 statements
 * @param resolved       of those, titles naming a rule of the corpus
 * @param applied        of those, titles naming a rule with a version older than the statement, which it repeals
 * @param repealedDocs   documents 已废止 by such a statement
 */
record VersionsReport(int rules, int oneInForce, int repealedWhole, int statements, int resolved, int applied,
                      int repealedDocs) {

    /** Prints the rules of {@code versions} as of {@code asOf} and their totals to {@code out}, and returns the totals. */
    static VersionsReport print(RuleVersions versions, LocalDate asOf, PrintStream out) {
        out.printf("%nRules with several versions or not in force (as of %s):%n", asOf);
        int rules = 0;
        int oneInForce = 0;
        int repealedWhole = 0;
        List<RuleVersions.Rule> sorted = versions.rules().stream()
                .sorted(Comparator.comparing(RuleVersions.Rule::key)).toList();
        for (RuleVersions.Rule rule : sorted) {
            List<ValidityStatus> statuses = rule.versions().stream()
                    .map(v -> versions.validity(v.first().doc().docId(), asOf).status()).toList();
            boolean several = rule.versions().size() > 1;
            if (!several && statuses.get(0) == ValidityStatus.IN_FORCE) {
                continue;
            }
            printRule(versions, rule, asOf, out);
            if (several) {
                rules++;
                long inForce = statuses.stream().filter(s -> s == ValidityStatus.IN_FORCE).count();
                oneInForce += inForce == 1 ? 1 : 0;
                repealedWhole += inForce == 0 && statuses.get(statuses.size() - 1) == ValidityStatus.REPEALED ? 1 : 0;
            }
        }
        List<RuleVersions.Repeal> repeals = versions.repeals();
        int resolved = (int) repeals.stream().filter(r -> r.rule() != null).count();
        int applied = (int) repeals.stream().filter(r -> !versions.repealedBy(r).isEmpty()).count();
        Set<String> repealed = versions.rules().stream().flatMap(r -> r.versions().stream())
                .flatMap(v -> v.entries().stream()).map(e -> e.doc().docId())
                .filter(id -> versions.validity(id, asOf).status() == ValidityStatus.REPEALED
                        && versions.validity(id, asOf).repealedBy() != null)
                .collect(Collectors.toSet());
        VersionsReport report = new VersionsReport(rules, oneInForce, repealedWhole, repeals.size(), resolved, applied,
                repealed.size());
        out.printf("%nRules with several versions %d; with exactly one version in force %d; repealed whole %d%n",
                rules, oneInForce, repealedWhole);
        out.printf("Repeal statements (同时废止/予以废止) name %d titles: %d a rule in the corpus, %d of them with a version"
                + " older than the statement; documents 已废止 %d%n", repeals.size(), resolved, applied, repealed.size());
        return report;
    }

    private static void printRule(RuleVersions versions, RuleVersions.Rule rule, LocalDate asOf, PrintStream out) {
        out.printf("%s%n", rule.key());
        for (RuleVersions.Version v : rule.versions()) {
            for (RuleVersions.Entry e : v.entries()) {
                Validity validity = versions.validity(e.doc().docId(), asOf);
                out.printf("  %s\t%s\t%s%s\t%s%n", v.date() == null ? "-" : v.date(), v.label() == null ? "-" : v.label(),
                        validity.status().label(), validity.repealedBy() == null ? ""
                                : "（由《" + validity.repealedBy().title() + "》废止）", e.doc().path());
            }
        }
    }
}
