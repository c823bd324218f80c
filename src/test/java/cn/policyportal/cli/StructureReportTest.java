package cn.policyportal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.policyportal.FixtureFiles;
import cn.policyportal.RuleFixtures;
import cn.policyportal.Seeds;
import cn.policyportal.text.ChineseNumerals;

/** The structure report over a small corpus of laws written by the test, with a gap, a repeat and 之一. */
class StructureReportTest {

    @TempDir
    Path dir;

    private static String law(String title, int[] numbers) {
        StringBuilder text = new StringBuilder(title).append("\n\n2020年1月1日 某某会议通过\n\n第一章 总则\n\n");
        for (int n : numbers) {
            text.append(n < 0 ? "第" + ChineseNumerals.format(-n) + "条之一 新增条文。" : "第" + ChineseNumerals.format(n) + "条 条文内容。")
                    .append("\n\n");
        }
        return text.append("第九条的决定》第一次修正\n").toString();
    }

    @Test
    void reportsArticlesHighestNumberGapsAndRepeats() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("laws/民法"));
        Files.writeString(corpus.resolve("完整法.txt"), law("中华人民共和国完整法", new int[] {1, 2, 3, -3, 4}));
        Files.writeString(corpus.resolve("缺条法.txt"), law("中华人民共和国缺条法", new int[] {1, 2, 4, 5, 5}));
        PortalConfig config = PortalConfig.fromEnvironment(Map.of()).withCorpus(dir.resolve("laws"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        List<StructureReport.Row> rows = StructureReport.run(config, new PrintStream(out, true, StandardCharsets.UTF_8));

        Map<String, StructureReport.Row> byPath = rows.stream()
                .collect(Collectors.toMap(StructureReport.Row::path, r -> r));
        StructureReport.Row whole = byPath.get("民法/完整法.txt");
        assertThat(whole.articles()).isEqualTo(5);
        assertThat(whole.highest()).isEqualTo(4);
        assertThat(whole.gaps()).isEmpty();
        assertThat(whole.repeats()).isEmpty();
        assertThat(whole.articleLines()).as("the amendment note is no article line").isEqualTo(5);
        StructureReport.Row gappy = byPath.get("民法/缺条法.txt");
        assertThat(gappy.gaps()).containsExactly(3);
        assertThat(gappy.repeats()).containsExactly("第五条");
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Documents 2 (failed 0)", "articles found 10; article lines in the files 10", "with gaps 1");
    }

    @Test
    void countsArticleLinesInTheExtractedTextOfWordAndGbkFiles() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("forms"));
        Files.copy(Seeds.SUPERVISION_RULES.path(), corpus.resolve("utf8.txt"));
        Files.writeString(corpus.resolve("gbk.txt"), Seeds.SUPERVISION_RULES.text(), Charset.forName("GBK"));
        Files.copy(FixtureFiles.SUPERVISION_RULES_DOC, corpus.resolve("word.doc"));
        PortalConfig config = PortalConfig.fromEnvironment(Map.of()).withCorpus(corpus);

        List<StructureReport.Row> rows = StructureReport.run(config,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(rows).extracting(StructureReport.Row::path).containsExactlyInAnyOrder("utf8.txt", "gbk.txt", "word.doc");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.error()).as(r.path()).isNull();
            assertThat(r.articles()).as(r.path()).isEqualTo(18);
            assertThat(r.articleLines()).as(r.path()).isEqualTo(18);
        });
    }

    @Test
    void printsPerRuleItsVersionsAndValidityAndTheRepealCounts() throws Exception {
        PortalConfig config = PortalConfig.fromEnvironment(Map.of()).withCorpus(RuleFixtures.LAWS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        StructureReport.run(config, new PrintStream(out, true, StandardCharsets.UTF_8));

        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("Rules with several versions 10; with exactly one version in force 10",
                "documents 已废止 3");
        assertThat(report).containsPattern("慈善法\\n  2016-03-16\\t2016年通过\\t已修改\\t.*\\n  2023-12-29\\t2023年修正\\t现行有效");
        assertThat(report).contains("已废止（由《中华人民共和国预备役人员法》废止）");
    }
}
