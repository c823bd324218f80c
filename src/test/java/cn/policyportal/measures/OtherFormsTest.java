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
     * pages. Its paragraphs are set apart by a space, so a category heading that ends flush with
     * the margin stays apart from the task under it (it was once joined to it), and the running head
     * and page number stay out of every measure.
     */
    @Test
    void aPlanPrintedToPdfUnderARunningHeadGivesTheMeasuresOfItsText() throws Exception {
        List<String> expected = measuresOf(Seeds.WORK_PLAN.path()).stream().map(OtherFormsTest::summary).toList();
        List<Measure> printed = measuresOf(FixtureFiles.WORK_PLAN_WITH_RUNNING_HEADS_PDF);

        assertThat(printed).allSatisfy(m -> assertThat(m.text() + m.task()).doesNotContain("中国科学院文件", "— "));
        assertThat(printed).extracting(OtherFormsTest::summary).containsExactlyElementsOf(expected);
    }

    /**
     * The plan as a 公文 is set, each paragraph indented two characters: the indents tell where
     * paragraphs begin, so a line that ends a few points short of the margin on a number (…实施，2021 /
     * 年支持30个团队。) continues, where once it split its measure in two.
     */
    @Test
    void aPlanWithIndentedParagraphsPrintedToPdfGivesTheMeasuresOfItsText() throws Exception {
        List<String> expected = measuresOf(Seeds.WORK_PLAN.path()).stream().map(OtherFormsTest::summary).toList();
        List<Measure> printed = measuresOf(FixtureFiles.WORK_PLAN_INDENTED_PDF);

        assertThat(printed).extracting(OtherFormsTest::summary).containsExactlyElementsOf(expected);
    }

    /** The 分工表 printed to PDF: its ruled cells, each wrapped over two lines, are read as the table's rows. */
    @Test
    void aTablePrintedToPdfGivesOneMeasurePerRow() throws Exception {
        assertTableMeasures(measuresOf(FixtureFiles.PLAN_TABLE_PDF));
    }

    /**
     * A larger 分工表 printed to PDF: a task cell wrapped over five lines is one text, a lead
     * department merged over two tasks leads both, a category row merged over all columns heads the
     * tasks below it.
     */
    @Test
    void aTableWithWrappedAndMergedCellsPrintedToPdfGivesItsTasksWhole() throws Exception {
        List<Measure> measures = measuresOf(FixtureFiles.saved(FixtureFiles.WRAPPED_PLAN_TABLE_DOCX, ".pdf"));

        assertThat(measures).hasSize(6);
        assertThat(measures.get(0).text()).isEqualTo("修订完善院属单位科研经费管理办法，扩大科研人员经费使用自主权，"
                + "简化预算编制和调剂程序，建立以信任为前提的经费管理机制，减轻科研人员事务性负担。");
        assertThat(measures.get(0).assistDepts()).containsExactly("监督与审计局", "前沿科学与教育局", "重大科技任务局");
        assertThat(measures.get(0).deadline().due()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(measures.get(1).leadDepts()).containsExactly("科技促进发展局");
        assertThat(measures.get(2).leadDepts()).as("merged over two tasks").containsExactly("科技促进发展局");
        assertThat(measures.get(3).category()).isEqualTo("二、加强人才队伍建设");
        assertThat(measures.get(4).leadDepts()).as("alias 院人事局").containsExactly("人事局");
    }

    private static String summary(Measure m) {
        return String.join("|", m.task(), m.text(), m.leadDepts().toString(), m.assistDepts().toString(),
                m.deadline().text(), String.valueOf(m.deadline().due()));
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
