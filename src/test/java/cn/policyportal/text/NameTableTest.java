package cn.policyportal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The name tables users edit: names, their other spellings, comments. */
class NameTableTest {

    @Test
    void eachLineGivesANameAndItsOtherSpellings() {
        List<NameTable.Row> rows = NameTable.parse(List.of(
                "# 注释行",
                "人事局 = 院人事局、 人事部门,,  # 行尾注释",
                "= 没有名称",
                "",
                "办公厅="));
        assertThat(rows).containsExactly(new NameTable.Row("人事局", List.of("院人事局", "人事部门")),
                new NameTable.Row("办公厅", List.of()));
    }

    @Test
    void theShippedTablesAreReadAndAMissingOneIsEmpty() {
        assertThat(NameTable.resource("/department-aliases.txt")).extracting(NameTable.Row::name).contains("人事局", "办公厅");
        assertThat(NameTable.resource("/synonyms.txt")).extracting(NameTable.Row::name).contains("中国科学院");
        assertThat(NameTable.resource("/no-such-table.txt")).isEmpty();
    }
}
