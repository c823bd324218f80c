package cn.policyportal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Markdown read as the text it shows. */
class MarkdownTextTest {

    static Stream<Arguments> marks() {
        return Stream.of(
                Arguments.of("# 第一章 总则", "第一章 总则"),
                Arguments.of("## 第二节 职责 ##", "第二节 职责"),
                Arguments.of("**第一条** 为加强巡视工作，制定本办法。", "第一条 为加强巡视工作，制定本办法。"),
                Arguments.of("__第二条__ 本办法适用于*院属各单位*。", "第二条 本办法适用于院属各单位。"),
                Arguments.of("详见[《巡视工作条例》](https://example.org/a.html)。", "详见《巡视工作条例》。"),
                Arguments.of("![院徽](logo.png)中国科学院", "院徽中国科学院"),
                Arguments.of("访问<https://www.cas.cn>了解", "访问https://www.cas.cn了解"),
                Arguments.of("- 牵头部门：人事局", "牵头部门：人事局"),
                Arguments.of("* [x] 已办结", "已办结"),
                Arguments.of("1. 加强组织领导", "1.加强组织领导"),
                Arguments.of("> 此件主动公开", "此件主动公开"),
                Arguments.of("`科发党字〔2020〕62号`", "科发党字〔2020〕62号"),
                Arguments.of("~~废止~~有效", "废止有效"),
                Arguments.of("file_name_v2 与 \\*号", "file_name_v2 与 *号"),
                Arguments.of("第一行<br/>", "第一行"));
    }

    @ParameterizedTest
    @MethodSource("marks")
    void formattingMarksGoAndTheirTextStays(String markdown, String text) {
        assertThat(MarkdownText.of(markdown).text()).isEqualTo(text);
    }

    @Test
    void softWrappedLinesOfAParagraphAreOneLineJoinedTheChineseWay() {
        String markdown = """
                为认真传达学习和深入贯彻落实
                习近平总书记重要讲话精神，
                根据 Tika 3
                and PDFBox 的说明

                ---
                第二段""";
        assertThat(MarkdownText.of(markdown).text())
                .isEqualTo("为认真传达学习和深入贯彻落实习近平总书记重要讲话精神，根据 Tika 3 and PDFBox 的说明\n第二段");
    }

    @Test
    void aTableIsOneLinePerRowAndATableOfCells() {
        String markdown = """
                重点任务分工表

                | 序号 | 任务 | 牵头单位 | 完成时限 |
                |:---:|------|---------|---------|
                | 1 | **修订**科研经费管理办法 | 条件保障与财务局 | 2022年6月底前 |
                | 2 | 建立特聘研究岗位制度 | 人事局 | 持续推进 |
                """;
        MarkdownText.Result result = MarkdownText.of(markdown);
        assertThat(result.text().lines()).containsExactly("重点任务分工表",
                "序号\t任务\t牵头单位\t完成时限",
                "1\t修订科研经费管理办法\t条件保障与财务局\t2022年6月底前",
                "2\t建立特聘研究岗位制度\t人事局\t持续推进");
        assertThat(result.tables()).containsExactly(List.of(
                List.of("序号", "任务", "牵头单位", "完成时限"),
                List.of("1", "修订科研经费管理办法", "条件保障与财务局", "2022年6月底前"),
                List.of("2", "建立特聘研究岗位制度", "人事局", "持续推进")));
    }

    @Test
    void codeBlocksKeepTheirLinesAndLoseTheirFences() {
        assertThat(MarkdownText.of("```\n**不变**\n第二行\n```").text()).isEqualTo("**不变**\n第二行");
    }

    @Test
    void aSetextHeadingIsALineOfItsOwn() {
        assertThat(MarkdownText.of("党建工作督查实施办法\n==========\n第一条 目的").text())
                .isEqualTo("党建工作督查实施办法\n第一条 目的");
    }
}
