package cn.policyportal.versions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.policyportal.clause.ClauseAnswer;
import cn.policyportal.clause.ClauseService;
import cn.policyportal.index.CorpusIndexer;
import cn.policyportal.index.DocumentInfo;
import cn.policyportal.index.IndexProgress;
import cn.policyportal.ingest.DocumentReader;
import cn.policyportal.snapshot.Snapshot;
import cn.policyportal.snapshot.Snapshots;
import cn.policyportal.structure.DocumentStructure;

/**
 * An evaluation run by hand over a corpus of laws given as {@code -Dbench.laws=DIR} (skipped
 * without it): {title}第N条 for 300 articles drawn at random (seed 21) must each find article N of
 * the rule titled so, from its version in force. Prints the figures.
 */
class BenchLawsClauseSampleTest {

    private static final int SAMPLE = 300;

    @TempDir
    Path dir;

    /** A sampled article: its document and label. */
    private record Drawn(DocumentInfo doc, String label) {
    }

    @Test
    void titleAndArticleFindTheArticleOfTheRuleInForce() throws Exception {
        String laws = System.getProperty("bench.laws");
        assumeTrue(laws != null, "run with -Dbench.laws=DIR");
        new CorpusIndexer(new DocumentReader(100_000_000), Runtime.getRuntime().availableProcessors())
                .index(Path.of(laws), dir.resolve("index"), IndexProgress.NONE);
        try (Snapshots snapshots = new Snapshots(dir.resolve("index"))) {
            List<Drawn> sample = snapshots.read(BenchLawsClauseSampleTest::draw);
            ClauseService clauses = new ClauseService(snapshots, Validities.TEXT_ONLY);
            List<String> misses = new ArrayList<>();
            int sameDocument = 0;
            for (Drawn d : sample) {
                String query = d.doc().title() + d.label();
                try {
                    ClauseAnswer answer = clauses.clause(query);
                    ClauseAnswer.Match match = answer.matches().get(0);
                    boolean sameRule = snapshots.read(s -> sameRule(s, d.doc().docId(), match.document().docId()));
                    if (answer.ambiguous() || !sameRule || !d.label().equals(match.unit().label())) {
                        misses.add(query + " → " + match.document().path() + " " + match.unit().label());
                    }
                    sameDocument += match.document().docId().equals(d.doc().docId()) ? 1 : 0;
                } catch (RuntimeException e) {
                    misses.add(query + " → " + e.getMessage());
                }
            }
            System.out.printf("clause sample: %d articles, found %d (%.1f%%), answered from the very document sampled %d,"
                    + " from another version of its rule %d%n", sample.size(), sample.size() - misses.size(),
                    100.0 * (sample.size() - misses.size()) / sample.size(), sameDocument,
                    sample.size() - misses.size() - sameDocument);
            misses.forEach(m -> System.out.println("  miss: " + m));
            assertThat(misses).isEmpty();
        }
    }

    private static List<Drawn> draw(Snapshot snapshot) {
        List<Drawn> all = new ArrayList<>();
        for (DocumentInfo doc : snapshot.documents()) {
            for (DocumentStructure.Located a : snapshot.stored(doc.docId()).structure().articles()) {
                all.add(new Drawn(doc, a.unit().label()));
            }
        }
        Collections.shuffle(all, new Random(21));
        return all.subList(0, Math.min(SAMPLE, all.size()));
    }

    private static boolean sameRule(Snapshot snapshot, String a, String b) {
        RuleVersions rules = snapshot.view(RuleVersions.VIEW);
        return rules.rule(a).equals(rules.rule(b));
    }
}
