package cn.policyportal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;

import cn.policyportal.accounts.Database;
import cn.policyportal.index.CorpusIndexer;
import cn.policyportal.index.IndexProgress;
import cn.policyportal.ingest.DocumentReader;
import cn.policyportal.ledger.MeasureQuery;
import cn.policyportal.ledger.MeasureService;
import cn.policyportal.ledger.StatusStore;
import cn.policyportal.ledger.Corrections;
import cn.policyportal.snapshot.Snapshots;

/**
 * Measures statistics at scale: work plans in the seed plan's field-line form, generated with the
 * given number of measures, indexed, then counted by lead department and status many times.
 */
final class MeasuresStep {

    private static final String[] DEPARTMENTS = {"人事局", "学部工作局", "条件保障与财务局", "前沿科学与教育局",
        "重大科技任务局", "科技促进发展局", "发展规划局", "国际合作局", "科学传播局", "监督与审计局", "直属机关党委", "办公厅"};
    private static final String[] LEADERS = {"侯建国", "周琪", "汪克强", "阴和俊", "李树深", "高鸿钧", "张亚平", "张涛"};
    private static final String[] DEADLINES = {"2021年9月底前完成。", "2021年年底前完成。", "2022年6月底前完成。",
        "持续推进。", "2022年年底前完成，并长期坚持完善。", "从2021年开始每年部署。", "按照国家有关部门工作推进进度。"};
    private static final int PER_PLAN = 1000;
    private static final int RUNS = 20;

    /**
     * What the step measured: statistics of every measure by lead department, and of one
     * department's overdue measures by quarter (a drill-down), then a page of the list.
     */
    record Result(int measures, double p50Ms, double filteredP50Ms, double maxMs, double listP50Ms) {
    }

    private MeasuresStep() {
    }

    static Result run(int count, Path work) throws IOException {
        Path corpus = Files.createDirectories(work.resolve("plans"));
        Random random = new Random(100_000);
        for (int plan = 0; plan * PER_PLAN < count; plan++) {
            StringBuilder text = new StringBuilder("生成的重点工作分工方案第" + (plan + 1) + "号\n");
            for (int t = 0; t < Math.min(PER_PLAN, count - plan * PER_PLAN); t++) {
                if (t % 10 == 0) {
                    text.append("第").append(t / 10 + 1).append("类重点工作任务\n");
                }
                text.append("任务").append(plan).append('-').append(t).append("：推进相关工作落实\n")
                        .append("牵头院领导：").append(LEADERS[random.nextInt(LEADERS.length)]).append('\n')
                        .append("牵头部门：").append(DEPARTMENTS[random.nextInt(DEPARTMENTS.length)]).append('\n')
                        .append("协助部门：").append(DEPARTMENTS[random.nextInt(DEPARTMENTS.length)]).append('、')
                        .append(DEPARTMENTS[random.nextInt(DEPARTMENTS.length)]).append('\n')
                        .append("具体举措：按照要求组织实施，形成阶段性成果。\n")
                        .append("时间期限：").append(DEADLINES[random.nextInt(DEADLINES.length)]).append('\n');
            }
            Files.writeString(corpus.resolve("plan-" + plan + ".txt"), text, StandardCharsets.UTF_8);
        }
        Path index = work.resolve("index");
        new CorpusIndexer(new DocumentReader(Long.MAX_VALUE), Runtime.getRuntime().availableProcessors())
                .index(corpus, index, IndexProgress.NONE);
        try (Snapshots snapshots = new Snapshots(index); Database database = new Database(work.resolve("data"))) {
            MeasureService measures = new MeasureService(snapshots, new StatusStore(database), new Corrections(database));
            MeasureQuery all = new MeasureQuery(null, null, null, Set.of(), null, null, null, null,
                    LocalDate.of(2022, 1, 1), 1, 50);
            MeasureQuery drill = new MeasureQuery(DEPARTMENTS[0], null, null, Set.of("overdue"), null, null, null, null,
                    LocalDate.of(2022, 1, 1), 1, 50);
            int found = measures.stats(all, "lead_dept", true).total();
            double[] stats = new double[RUNS];
            double[] filtered = new double[RUNS];
            double[] lists = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                measures.stats(all, "lead_dept", true);
                stats[i] = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                measures.stats(drill, "due_quarter", true);
                filtered[i] = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                measures.list(all);
                lists[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(stats);
            Arrays.sort(filtered);
            Arrays.sort(lists);
            return new Result(found, stats[RUNS / 2], filtered[RUNS / 2], Math.max(stats[RUNS - 1], filtered[RUNS - 1]),
                    lists[RUNS / 2]);
        }
    }
}
