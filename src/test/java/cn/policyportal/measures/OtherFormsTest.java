package cn.policyportal.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import cn.policyportal.FixtureFiles;
import cn.policyportal.Seeds;
import cn.policyportal.index.Structures;
import cn.policyportal.ingest.DocumentReader;
import cn.policyportal.ingest.IngestedDocument;

/** Measures written inline after each task, and in a Word table and an HTML table. */
class OtherFormsTest {

    @TempDir
    Path dir;

    private static List<Measure> measuresOf(Path file) throws Exception {
        IngestedDocument doc = new DocumentReader(10_000_000).read(file.getParent(), file);
        return MeasureExtractor.of(doc.id(), Structures.of(doc), doc.paragraphs(), doc.tables(), Departments.standard());
    }

    /** An opinion in the State Council's style, with every inline form the issue names. */
    static final String OPINION = """
            国务院办公厅关于进一步加强科研诚信建设的若干意见

            各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
            为进一步加强科研诚信建设，经国务院同意，现提出以下意见。各项任务中排在第一位的部门为牵头部门。

            一、完善科研诚信管理制度

            （一）建立健全科研诚信审核制度。在科技计划项目立项前开展科研诚信审核。（发展改革委牵头，财政部、科技部等按职责分工负责）

            （二）完善科研失信行为记录。将严重失信行为纳入信用记录。（牵头单位：科技部；配合单位：人力资源社会保障部、教育部）

            二、加强监督和惩戒

            （三）加大惩戒力度。对严重失信行为实行终身追责。（科技部、教育部、中国科学院按职责分工负责，2022年底前完成）

            （四）开展专项检查。每年组织开展科研诚信专项检查。（教育部会同科技部负责，持续推进）

            （五）本意见自印发之日起施行。
            """;

    @Test
    void inlineParenthesesGiveEachTaskItsDepartmentsAndDeadline() throws Exception {
        Path file = dir.resolve("意见.txt");
        Files.writeString(file, OPINION);
        List<Measure> measures = measuresOf(file);
        assertThat(measures).hasSize(4);

        assertThat(measures.get(0).task()).isEqualTo("建立健全科研诚信审核制度");
        assertThat(measures.get(0).leadDepts()).containsExactly("国家发展改革委");
        assertThat(measures.get(0).assistDepts()).containsExactly("财政部", "科技部");
        assertThat(measures.get(0).deadline().kind()).isEqualTo(Deadline.Kind.NONE);
        assertThat(measures.get(0).category()).isEqualTo("一、完善科研诚信管理制度");

        assertThat(measures.get(1).leadDepts()).containsExactly("科技部");
        assertThat(measures.get(1).assistDepts()).containsExactly("人力资源社会保障部", "教育部");

        assertThat(measures.get(2).leadDepts()).as("排在第一位的部门为牵头部门").containsExactly("科技部");
        assertThat(measures.get(2).assistDepts()).containsExactly("教育部", "中国科学院");
        assertThat(measures.get(2).deadline().due()).isEqualTo(LocalDate.of(2022, 12, 31));

        assertThat(measures.get(3).leadDepts()).containsExactly("教育部");
        assertThat(measures.get(3).assistDepts()).containsExactly("科技部");
        assertThat(measures.get(3).deadline().kind()).isEqualTo(Deadline.Kind.ONGOING);
        assertThat(measures.get(3).text()).isEqualTo("（四）开展专项检查。每年组织开展科研诚信专项检查。");
    }

    @Test
    void withoutTheConventionEveryListedUnitIsResponsible() throws Exception {
        Path file = dir.resolve("通知.txt");
        Files.writeString(file, OPINION.replace("各项任务中排在第一位的部门为牵头部门。", ""));
        Measure third = measuresOf(file).get(2);
        assertThat(third.leadDepts()).containsExactly("科技部", "教育部", "中国科学院");
        assertThat(third.assistDepts()).isEmpty();
    }

    static final List<List<String>> TABLE = List.of(
            List.of("序号", "任务", "牵头单位", "配合单位", "完成时限"),
            List.of("一、制度建设", "", "", "", ""),
            List.of("1", "修订科研经费管理办法", "条件保障与财务局", "监督与审计局、前沿科学与教育局", "2022年6月底前"),
            List.of("2", "建立特聘研究岗位制度", "人事局", "条件保障与财务局", "持续推进"),
            List.of("二、队伍建设", "", "", "", ""),
            List.of("3", "举办青年干部培训班", "院人事局", "", "2021年年底前"));

    @Test
    void aWordTableGivesOneMeasurePerRow() throws Exception {
        Path file = FixtureFiles.docx(dir.resolve("分工表.docx"), List.of("重点任务分工表"), TABLE);
        assertTableMeasures(measuresOf(file));
    }

    @Test
    void aTableInAWordDocSavedByLibreOfficeGivesOneMeasurePerRow() throws Exception {
        assertTableMeasures(measuresOf(FixtureFiles.PLAN_TABLE_DOC));
    }

    @ParameterizedTest
    @ValueSource(strings = {"分工表.xlsx", "分工表.xls"})
    void aSpreadsheetGivesOneMeasurePerRow(String name) throws Exception {
        assertTableMeasures(measuresOf(FixtureFiles.spreadsheet(dir.resolve(name), TABLE)));
    }

    /**
     * The plan as an office prints it: its lines wrapped, a running head and a page number on its
     * pages. Every measure is found; a few differ where a heading line ends flush with the margin
     * and is joined to the task under it, which the layout cannot tell apart.
     */
    @Test
    void aPlanPrintedToPdfUnderARunningHeadKeepsItsMeasures() throws Exception {
        List<String> expected = measuresOf(Seeds.WORK_PLAN.path()).stream().map(OtherFormsTest::summary).toList();
        List<Measure> printed = measuresOf(FixtureFiles.WORK_PLAN_WITH_RUNNING_HEADS_PDF);

        assertThat(printed).hasSameSizeAs(expected);
        assertThat(printed).allSatisfy(m -> assertThat(m.text() + m.task()).doesNotContain("中国科学院文件", "— "));
        assertMostAsInTheSeed(printed, expected);
    }

    /**
     * The plan as a 公文 is set, each paragraph indented two characters: the indents tell where
     * paragraphs begin, so a line ending flush with a full stop no longer ends its paragraph.
     */
    @Test
    void aPlanWithIndentedParagraphsPrintedToPdfKeepsItsMeasures() throws Exception {
        List<String> expected = measuresOf(Seeds.WORK_PLAN.path()).stream().map(OtherFormsTest::summary).toList();
        List<Measure> printed = measuresOf(FixtureFiles.WORK_PLAN_INDENTED_PDF);

        assertThat(printed.size()).isBetween(expected.size(), expected.size() * 11 / 10);
        assertMostAsInTheSeed(printed, expected);
    }

    private static void assertMostAsInTheSeed(List<Measure> printed, List<String> expected) {
        long same = printed.stream().map(OtherFormsTest::summary).filter(expected::contains).count();
        assertThat(same * 100).as("measures as in the seed: %d of %d", same, expected.size())
                .isGreaterThanOrEqualTo(expected.size() * 85L);
    }

    private static String summary(Measure m) {
        return String.join("|", m.task(), m.leadDepts().toString(), m.assistDepts().toString(),
                String.valueOf(m.deadline().due()));
    }

    @Test
    void anHtmlTableGivesOneMeasurePerRow() throws Exception {
        StringBuilder html = new StringBuilder("<html><head><meta charset=\"utf-8\"><title>分工表</title></head><body><table>");
        for (List<String> row : TABLE) {
            html.append("<tr>");
            row.forEach(c -> html.append("<td>").append(c).append("</td>"));
            html.append("</tr>");
        }
        Path file = dir.resolve("分工表.html");
        Files.writeString(file, html.append("</table></body></html>"));
        assertTableMeasures(measuresOf(file));
    }

    /**
     * A 分工表 with a category and a lead department merged over two tasks and a row merged over
     * all columns: as a web page, and as Word files saved from it, where a merged cell keeps its
     * text in its first row only.
     */
    @ParameterizedTest
    @ValueSource(strings = {"html", "docx", "doc"})
    void aTableWithMergedCellsGivesEachTaskItsCells(String format) throws Exception {
        List<Measure> measures = measuresOf(FixtureFiles.LIBREOFFICE.resolve("分工表（合并单元格）." + format));

        assertThat(measures).extracting(Measure::task)
                .containsExactly("修订科研经费管理办法", "修订科研仪器共享办法", "举办青年干部培训班");
        assertThat(measures).extracting(Measure::category).containsExactly("制度建设", "制度建设", "队伍建设");
        assertThat(measures.get(1).leadDepts()).as("merged over both tasks").containsExactly("条件保障与财务局");
        assertThat(measures.get(1).assistDepts()).containsExactly("前沿科学与教育局");
        assertThat(measures.get(1).deadline().kind()).isEqualTo(Deadline.Kind.ONGOING);
        assertThat(measures.get(2).leadDepts()).containsExactly("人事局");
        assertThat(measures.get(2).assistDepts()).as("an empty 配合单位 stays empty").isEmpty();
    }

    private static void assertTableMeasures(List<Measure> measures) {
        assertThat(measures).hasSize(3);
        assertThat(measures.get(0).task()).isEqualTo("修订科研经费管理办法");
        assertThat(measures.get(0).category()).isEqualTo("一、制度建设");
        assertThat(measures.get(0).leadDepts()).containsExactly("条件保障与财务局");
        assertThat(measures.get(0).assistDepts()).containsExactly("监督与审计局", "前沿科学与教育局");
        assertThat(measures.get(0).deadline().due()).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(measures.get(1).deadline().kind()).isEqualTo(Deadline.Kind.ONGOING);
        assertThat(measures.get(2).leadDepts()).as("alias 院人事局").containsExactly("人事局");
        assertThat(measures.get(2).category()).isEqualTo("二、队伍建设");
        assertThat(measures.get(2).deadline().due()).isEqualTo(LocalDate.of(2021, 12, 31));
    }
}
