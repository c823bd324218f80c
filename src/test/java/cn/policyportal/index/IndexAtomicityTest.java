package cn.policyportal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.policyportal.Seeds;
import cn.policyportal.bench.KillRun;

/**
 * Kills a real indexing process with SIGKILL at random moments and checks that the index on disk
 * still opens and holds either the old documents or the new ones, never a mix. The benchmark runs
 * the same with 20 kills ({@code bin/portal bench --kills 20}).
 */
class IndexAtomicityTest {

    @TempDir
    Path dir;

    @Test
    void aKilledIndexRunLeavesThePreviousIndexWholeAndTheNextRunCompletes() throws Exception {
        Path corpus = dir.resolve("corpus");
        Seeds.copyAll(corpus);

        KillRun run = KillRun.run(corpus, dir.resolve("work"), 4, 20261123L);

        assertThat(run.mixed()).as("kills after which the index held neither the old nor the new documents").isZero();
        assertThat(run.beforeCommit()).as("kills that landed before the commit").isPositive();
        assertThat(run.beforeCommit() + run.afterCommit()).isEqualTo(4);
        assertThat(run.finalRunWhole()).isTrue();
    }
}
