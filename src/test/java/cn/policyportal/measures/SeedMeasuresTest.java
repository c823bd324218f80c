package cn.policyportal.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.policyportal.Seeds;
import cn.policyportal.index.Structures;
import cn.policyportal.ingest.DocumentReader;
import cn.policyportal.ingest.IngestedDocument;

/** The measures and progress counts of the seeds, as the measures issue's acceptance states them. */
class SeedMeasuresTest {

    static IngestedDocument read(Seeds seed) throws Exception {
        return new DocumentReader(10_000_000).fromBytes(seed.fileName(), seed.bytes());
    }

    static List<Measure> measures(Seeds seed) throws Exception {
        IngestedDocument doc = read(seed);
        return MeasureExtractor.of(doc.id(), Structures.of(doc), doc.paragraphs(), doc.tables(), Departments.standard());
    }

    @Test
    void thePlanHasFortySixMeasuresInFortyTasksUnderFourteenHeadings() throws Exception {
        List<Measure> measures = measures(Seeds.WORK_PLAN);
        assertThat(measures).hasSize(46);
        assertThat(measures.stream().map(Measure::task).distinct()).hasSize(40);
        assertThat(measures.stream().map(Measure::category).distinct()).hasSize(14);
        assertThat(measures).extracting(Measure::id).doesNotHaveDuplicates();
    }

    @Test
    void leadDepartmentCounts() throws Exception {
        Map<String, Long> leads = measures(Seeds.WORK_PLAN).stream().flatMap(m -> m.leadDepts().stream())
                .collect(Collectors.groupingBy(d -> d, Collectors.counting()));
        assertThat(leads).containsEntry("人事局", 8L).containsEntry("学部工作局", 6L).containsEntry("条件保障与财务局", 6L);
    }

    @Test
    void exactlyOneMeasureHasNoDeadline() throws Exception {
        assertThat(measures(Seeds.WORK_PLAN).stream().filter(m -> m.deadline().kind() == Deadline.Kind.NONE))
                .singleElement()
                .satisfies(m -> assertThat(m.task()).contains("关于改革完善中央财政科研经费管理的若干意见"));
    }

    @Test
    void theSevenProposalsAreMeasuresWithTheirOwnLeadDepartments() throws Exception {
        List<Measure> proposals = measures(Seeds.WORK_PLAN).stream()
                .filter(m -> m.task().equals("通过深入调研，积极向国家有关部门提出科技管理改革的意见建议")).toList();
        assertThat(proposals).hasSize(7);
        assertThat(proposals).extracting(Measure::leadDepts).containsExactly(
                List.of("条件保障与财务局", "前沿科学与教育局"), List.of("人事局"), List.of("人事局", "条件保障与财务局"),
                List.of("科学传播局", "办公厅"), List.of("国际合作局"), List.of("国际合作局"), List.of("条件保障与财务局"));
        assertThat(proposals).allSatisfy(m -> {
            assertThat(m.leadLeaders()).containsExactly("周琪");
            assertThat(m.coLeaders()).containsExactly("汪克强");
            assertThat(m.assistDepts()).containsExactly("发展规划局");
        });
        assertThat(proposals.get(6).deadline().due()).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(proposals.get(0).text()).startsWith("加大基础研究财政投入力度");
    }

    @Test
    void aTaskKeepsItsFieldsAndSubItems() throws Exception {
        Measure first = measures(Seeds.WORK_PLAN).get(0);
        assertThat(first.category()).isEqualTo("组织部署全院学习贯彻大会精神的相关工作");
        assertThat(first.task()).isEqualTo("以党组文件形式印发通知，对全院传达学习和贯彻落实大会精神提出明确要求");
        assertThat(first.leadLeaders()).containsExactly("侯建国");
        assertThat(first.coLeaders()).containsExactly("汪克强");
        assertThat(first.leadDepts()).containsExactly("办公厅");
        assertThat(first.assistDepts()).isEmpty();
        assertThat(first.deadline().due()).isEqualTo(LocalDate.of(2021, 9, 30));
        Measure withItems = measures(Seeds.WORK_PLAN).stream()
                .filter(m -> m.task().equals("深化科研院所改革，构建完善功能先进、结构合理、相互支撑、有机衔接的建制化科研组织管理体系"))
                .findFirst().orElseThrow();
        assertThat(withItems.text()).startsWith("（1）以国家重点实验室体系重组为重点").contains("\n（2）制定使命导向的科技评价体系");
        assertThat(withItems.assistDepts()).contains("院国家重点实验室体系重组专项工作组办公室").hasSize(7);
    }

    @Test
    void theReportsStateTheirProgressCounts() throws Exception {
        IngestedDocument cas = read(Seeds.CAS_REPORT);
        assertThat(ProgressReports.of(Structures.of(cas), cas.metadata().date())).singleElement().satisfies(r -> {
            assertThat(List.of(r.total(), r.completed(), r.dueByYearEnd())).containsExactly(247, 123, 112);
            assertThat(r.ongoing()).isNull();
            assertThat(r.asOf()).isEqualTo(LocalDate.of(2020, 10, 31));
            assertThat(r.path()).isEqualTo("s2");
        });
        IngestedDocument most = read(Seeds.MOST_REPORT);
        assertThat(ProgressReports.of(Structures.of(most), most.metadata().date())).singleElement().satisfies(r -> {
            assertThat(List.of(r.total(), r.completed(), r.dueByYearEnd(), r.ongoing())).containsExactly(165, 104, 33, 28);
            assertThat(r.path()).isEqualTo("piece2/s2");
        });
    }

    @Test
    void documentsWithoutMeasuresHaveNone() throws Exception {
        assertThat(measures(Seeds.INSPECTION_RULES)).isEmpty();
        assertThat(measures(Seeds.SUPERVISION_RULES)).isEmpty();
    }
}
