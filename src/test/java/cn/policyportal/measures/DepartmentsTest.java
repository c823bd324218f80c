package cn.policyportal.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DepartmentsTest {

    private final Departments departments = Departments.parse(List.of(
            "# 注释行", "办公厅 = 院办公厅, 中国科学院办公厅", "国家发展改革委 = 发展改革委、发改委"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "人事局、条件保障与财务局 | 人事局;条件保障与财务局",
        "前沿科学与教育局，科技促进发展局 | 前沿科学与教育局;科技促进发展局",
        "学部工作局、发展规划局等 | 学部工作局;发展规划局",
        "院办公厅 | 办公厅",
        "发展改革委、财政部等按职责分工负责 | 国家发展改革委;财政部",
        "财政部和人事局 | 财政部;人事局",
        "院机关各有关部门 | 院机关各有关部门",
        "各分院分党组 | 各分院分党组",
        "中科院党校、各分院分党组 | 中科院党校;各分院分党组",
        "人事局、人事局 | 人事局",
    })
    void splitsListsAndNamesEachUnitCanonically(String list, String expected) {
        assertThat(departments.split(list)).containsExactly(expected.split(";"));
    }

    @org.junit.jupiter.api.Test
    void theShippedTableMergesCommonAliases() {
        assertThat(Departments.standard().canonical("院办公厅")).isEqualTo("办公厅");
        assertThat(Departments.standard().canonical("人社部")).isEqualTo("人力资源社会保障部");
        assertThat(Departments.standard().canonical("某个新部门")).isEqualTo("某个新部门");
    }
}
