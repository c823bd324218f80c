package cn.policyportal.clause;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Clause references as people type them, read into title|year|level|number|sub (an empty field
 * where there is none) and the label the unit carries in its document; an empty expectation means
 * the text is no clause reference.
 */
class ClauseQueryTest {

    static Stream<Arguments> references() {
        return Stream.of(
                Arguments.of("title and article", "巡视工作协作配合实施办法第十六条",
                        "巡视工作协作配合实施办法||条|16|0", "第十六条"),
                Arguments.of("book-title marks dropped, （试行） kept", "《党建工作督查实施办法（试行）》第九条",
                        "党建工作督查实施办法（试行）||条|9|0", "第九条"),
                Arguments.of("space and Arabic digits", "督查办法 第9条",
                        "督查办法||条|9|0", "第九条"),
                Arguments.of("article alone", "第十六条",
                        "||条|16|0", "第十六条"),
                Arguments.of("chapter", "实施办法第四章",
                        "实施办法||章|4|0", "第四章"),
                Arguments.of("year before the title", "2008年专利法第二十条",
                        "专利法|2008|条|20|0", "第二十条"),
                Arguments.of("year of the amendment in brackets", "公司法（2018年修正）第二十条",
                        "公司法|2018|条|20|0", "第二十条"),
                Arguments.of("year in brackets without 年", "信托法(2001)第二十条",
                        "信托法|2001|条|20|0", "第二十条"),
                Arguments.of("year of the version with 版", "专利法2008年版第二十条",
                        "专利法|2008|条|20|0", "第二十条"),
                Arguments.of("a year inside the title is no version: 年度", "2021年度考核办法第三条",
                        "2021年度考核办法||条|3|0", "第三条"),
                Arguments.of("a year inside the title is no version: 2035年", "国民经济和社会发展第十四个五年规划和2035年远景目标纲要第三章",
                        "国民经济和社会发展第十四个五年规划和2035年远景目标纲要||章|3|0", "第三章"),
                Arguments.of("a year inside the title is no version: a span", "中国科学院2021—2025年发展规划第三章",
                        "中国科学院2021—2025年发展规划||章|3|0", "第三章"),
                Arguments.of("之一", "刑法第三百零七条之一",
                        "刑法||条|307|1", "第三百零七条之一"),
                Arguments.of("spaces between the characters", "第 十 条",
                        "||条|10|0", "第十条"),
                Arguments.of("120 characters, the longest read", "办".repeat(116) + "第十六条",
                        "办".repeat(116) + "||条|16|0", "第十六条"),
                Arguments.of("no reference", "你好", "", ""),
                Arguments.of("article zero", "第零条", "", ""),
                Arguments.of("text after the reference", "督查办法第十六条的规定", "", ""),
                Arguments.of("130 characters", "办".repeat(126) + "第十六条", "", ""),
                Arguments.of("null", null, "", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void parsesAReferenceAsTyped(String name, String text, String expected, String label) {
        assertThat(ClauseQuery.parse(text).map(ClauseQueryTest::render).orElse("")).isEqualTo(expected);
        assertThat(ClauseQuery.parse(text).map(ClauseQuery::label).orElse("")).isEqualTo(label);
    }

    private static String render(ClauseQuery q) {
        return String.join("|", q.title(), q.year() == null ? "" : q.year().toString(), q.level(),
                String.valueOf(q.number()), String.valueOf(q.sub()));
    }
}
