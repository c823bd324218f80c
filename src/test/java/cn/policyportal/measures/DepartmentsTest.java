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

    /**
     * Lists in State Council notes: the issue where 等有关部门和单位 stayed in a unit's name,
     * 财政部等和各省级人民政府 stayed one unit and 各有关部门和单位 was cut to 各有关部门.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "人力资源社会保障部等有关部门和单位 | 人力资源社会保障部",
        "国家发展改革委、交通运输部等有关部门和单位 | 国家发展改革委;交通运输部",
        "教育部等部门 | 教育部",
        "商务部等单位 | 商务部",
        "市场监管总局等国务院相关部门 | 市场监管总局",
        "财政部等和各省级人民政府 | 财政部;各省级人民政府",
        "财政部等有关部门和各省级人民政府 | 财政部;各省级人民政府",
        "各有关部门和单位 | 各有关部门和单位",
        "有关部门和单位 | 有关部门和单位",
        "各地区、各有关部门和单位 | 各地区;各有关部门和单位",
        "各地区各有关部门 | 各地区;各有关部门",
        "国务院各有关部门 | 国务院各有关部门",
        "各级人民政府及其有关部门 | 各级人民政府及其有关部门",
        "海关总署和税务总局 | 海关总署;税务总局",
        "人民银行与国家外汇局 | 人民银行;国家外汇局",
        "国务院相关部门及各地区 | 国务院相关部门;各地区",
        "中国科学院以及中国工程院 | 中国科学院;中国工程院",
        "工业和信息化部、住房和城乡建设部、文化和旅游部 | 工业和信息化部;住房和城乡建设部;文化和旅游部",
        "国家粮食和物资储备局与国家林业和草原局 | 国家粮食和物资储备局;国家林业和草原局",
    })
    void stateCouncilListsDropTheTailAfter等AndKeepGenericCollectivesWhole(String list, String expected) {
        assertThat(departments.split(list)).containsExactly(expected.split(";"));
    }

    @org.junit.jupiter.api.Test
    void theShippedTableMergesCommonAliases() {
        assertThat(Departments.standard().canonical("院办公厅")).isEqualTo("办公厅");
        assertThat(Departments.standard().canonical("人社部")).isEqualTo("人力资源社会保障部");
        assertThat(Departments.standard().canonical("国家税务总局")).isEqualTo("税务总局");
        assertThat(Departments.standard().canonical("中国人民银行")).isEqualTo("人民银行");
        assertThat(Departments.standard().canonical("某个新部门")).isEqualTo("某个新部门");
    }
}
