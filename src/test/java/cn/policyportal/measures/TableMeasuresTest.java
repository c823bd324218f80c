package cn.policyportal.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Small 分工表 as {@code doc.tables()} gives them (tables of rows of cells, a merged cell's text in its
 * first row only), each with the measures it must yield, written as
 * path | category | task | lead leaders | lead departments | assisting departments | deadline text (- for none).
 */
class TableMeasuresTest {

    static Stream<Arguments> tables() {
        return Stream.of(
                Arguments.of("序号 任务 牵头单位 配合单位 完成时限", List.of(List.of(
                        List.of("序号", "任务", "牵头单位", "配合单位", "完成时限"),
                        List.of("1", "修订科研经费管理办法", "条件保障与财务局", "监督与审计局、前沿科学与教育局", "2022年6月底前"),
                        List.of("2", "建立特聘研究岗位制度", "人事局", "", "持续推进"))),
                        List.of("table1/r1 | - | 修订科研经费管理办法 |  | 条件保障与财务局 | 监督与审计局,前沿科学与教育局 | 2022年6月底前",
                                "table1/r2 | - | 建立特聘研究岗位制度 |  | 人事局 |  | 持续推进")),
                Arguments.of("责任单位 协办单位 时间进度", List.of(List.of(
                        List.of("序号", "工作任务", "责任单位", "协办单位", "时间进度"),
                        List.of("1", "开展巡视整改专项督查", "直属机关党委", "监督与审计局", "2021年年底前"))),
                        List.of("table1/r1 | - | 开展巡视整改专项督查 |  | 直属机关党委 | 监督与审计局 | 2021年年底前")),
                Arguments.of("类别 column, merged over two rows", List.of(List.of(
                        List.of("类别", "序号", "主要举措", "牵头部门", "协助部门", "完成时间"),
                        List.of("制度建设", "1", "修订科研经费管理办法", "条件保障与财务局", "", "2022年6月底前"),
                        List.of("", "2", "修订科研仪器共享办法", "", "前沿科学与教育局", "持续推进"),
                        List.of("队伍建设", "3", "举办青年干部培训班", "人事局", "", "2021年年底前"))),
                        List.of("table1/r1 | 制度建设 | 修订科研经费管理办法 |  | 条件保障与财务局 |  | 2022年6月底前",
                                "table1/r2 | 制度建设 | 修订科研仪器共享办法 |  | 条件保障与财务局 | 前沿科学与教育局 | 持续推进",
                                "table1/r3 | 队伍建设 | 举办青年干部培训班 |  | 人事局 |  | 2021年年底前")),
                Arguments.of("merged category rows", List.of(List.of(
                        List.of("序号", "任务", "牵头单位", "配合单位", "完成时限"),
                        List.of("一、制度建设", "", "", "", ""),
                        List.of("1", "修订科研经费管理办法", "条件保障与财务局", "", "2022年6月底前"),
                        List.of("二、队伍建设", "", "", "", ""),
                        List.of("2", "举办青年干部培训班", "院人事局", "条财局", "2021年年底前"))),
                        List.of("table1/r2 | 一、制度建设 | 修订科研经费管理办法 |  | 条件保障与财务局 |  | 2022年6月底前",
                                "table1/r4 | 二、队伍建设 | 举办青年干部培训班 |  | 人事局 | 条件保障与财务局 | 2021年年底前")),
                Arguments.of("a task whose other cells are merged from above", List.of(List.of(
                        List.of("任务", "牵头单位", "配合单位", "完成时限"),
                        List.of("修订科研经费管理办法", "条件保障与财务局", "监督与审计局", "2022年6月底前"),
                        List.of("修订科研仪器共享办法", "", "", ""))),
                        List.of("table1/r1 | - | 修订科研经费管理办法 |  | 条件保障与财务局 | 监督与审计局 | 2022年6月底前",
                                "table1/r2 | - | 修订科研仪器共享办法 |  | 条件保障与财务局 |  | -")),
                Arguments.of("header under a title row", List.of(List.of(
                        List.of("重点任务分工表", "", "", ""),
                        List.of("任务", "牵头单位", "配合单位", "完成时限"),
                        List.of("举办青年干部培训班", "人事局", "", "2021年年底前"))),
                        List.of("table1/r2 | - | 举办青年干部培训班 |  | 人事局 |  | 2021年年底前")),
                Arguments.of("牵头院领导 is not the lead department", List.of(List.of(
                        List.of("任务", "牵头院领导", "牵头部门", "协助部门", "时间期限"),
                        List.of("举办青年干部培训班", "张三", "人事局", "直属机关党委", "2021年年底前"))),
                        List.of("table1/r1 | - | 举办青年干部培训班 | 张三 | 人事局 | 直属机关党委 | 2021年年底前")),
                Arguments.of("a long task keeps its first line", List.of(List.of(
                        List.of("任务", "牵头单位"),
                        List.of("修订科研经费管理办法\n明确经费使用范围", "条件保障与财务局"))),
                        List.of("table1/r1 | - | 修订科研经费管理办法 |  | 条件保障与财务局 |  | -")),
                Arguments.of("a row without a task is skipped", List.of(List.of(
                        List.of("任务", "牵头单位", "完成时限"),
                        List.of("", "人事局", "2021年年底前"),
                        List.of("举办青年干部培训班", "人事局", "2021年年底前"))),
                        List.of("table1/r2 | - | 举办青年干部培训班 |  | 人事局 |  | 2021年年底前")),
                Arguments.of("no lead column, no measures", List.of(List.of(
                        List.of("序号", "任务", "完成时限"),
                        List.of("1", "举办青年干部培训班", "2021年年底前"))),
                        List.of()),
                Arguments.of("two tables", List.of(
                        List.of(List.of("姓名", "职务"), List.of("张三", "局长")),
                        List.of(List.of("任务", "牵头单位"), List.of("举办青年干部培训班", "人事局"))),
                        List.of("table2/r1 | - | 举办青年干部培训班 |  | 人事局 |  | -")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void everyTaskRowIsAMeasure(String name, List<List<List<String>>> tables, List<String> expected) {
        List<Measure> measures = TableMeasures.of("doc", tables, Departments.standard());

        assertThat(measures).extracting(TableMeasuresTest::render).containsExactlyElementsOf(expected);
        assertThat(measures).allSatisfy(m -> assertThat(m.id()).isEqualTo(Measure.idOf("doc", m.path())));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "配合院领导 beside 牵头院领导 | 配合院领导 | 李四",
            "协助院领导 | 协助院领导 | 李四",
    })
    void aColumnOfAssistingLeadersNamesCoLeadersNotDepartments_bugCoLeaderColumnReadAsAssistingDepartments(
            String name, String header, String coLeader) {
        List<Measure> measures = TableMeasures.of("doc", List.of(List.of(
                List.of("任务", "牵头院领导", header, "牵头部门", "协助部门", "时间期限"),
                List.of("举办青年干部培训班", "张三", coLeader, "人事局", "直属机关党委", "2021年年底前"))),
                Departments.standard());

        assertThat(measures).singleElement().satisfies(m -> {
            assertThat(m.leadLeaders()).containsExactly("张三");
            assertThat(m.coLeaders()).containsExactly(coLeader);
            assertThat(m.leadDepts()).containsExactly("人事局");
            assertThat(m.assistDepts()).containsExactly("直属机关党委");
        });
    }

    private static String render(Measure m) {
        return String.join(" | ", m.path(), m.category() == null ? "-" : m.category(), m.task(),
                String.join(",", m.leadLeaders()), String.join(",", m.leadDepts()), String.join(",", m.assistDepts()),
                m.deadline().text() == null ? "-" : m.deadline().text());
    }
}
