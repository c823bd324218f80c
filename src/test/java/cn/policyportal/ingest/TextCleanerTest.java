package cn.policyportal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import cn.policyportal.Seeds;

class TextCleanerTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "科 技 部 牵 头               | 科技部牵头",
        "截至 10月 31日，在 247项整改举措中 | 截至10月31日，在247项整改举措中",
        "利用学部CASAD APP，开设       | 利用学部CASAD APP，开设",
        "Lucene 10 is fast             | Lucene 10 is fast",
        "共有 13 个疫苗在开展临床试验  | 共有13个疫苗在开展临床试验",
        "第一章 总 则                  | 第一章 总则",
        "第一条 目的依据               | 第一条 目的依据",
        "第十六条  相关纪检 等部门     | 第十六条 相关纪检等部门",
        "“ 十四五 ” 规划               | “十四五”规划",
        "2021 年 9 月                  | 2021年9月",
    })
    void removesSpacesNextToChineseButKeepsThemBetweenLatinWordsAndNumbers(String line, String expected) {
        assertThat(TextCleaner.removeCjkSpaces(line)).isEqualTo(expected);
    }

    @Test
    void joinsHardWrappedLinesOfAWrappedText() {
        String raw = String.join("\n",
                "在推进巡视整改工作中，中科院党组制定了整改举",
                "措落实情况审核流程，每项整改工作进展都在牵头",
                "同志严格审核、巡视整改工作办公室协调把关的基",
                "础上，提交党组会议审议确认。",
                "",
                "其间，中科院党组还主动向中央有关部门报告巡视",
                "整改进展情况，及时请示有关工作，接受指导和监",
                "督。",
                "二、坚持问题导向，落实整改举措，推动巡视",
                "整改工作取得实效",
                "对照中央巡视反馈意见，中科院党组采取台账式管",
                "理、项目化推进方式，逐条逐项狠抓整改落实。",
                "1.进一步加强党的全面领导",
                "一是认真学习贯彻习近平总书记在全国组工会议上",
                "提出的要求。");
        assertThat(TextCleaner.paragraphs(raw)).containsExactly(
                "在推进巡视整改工作中，中科院党组制定了整改举措落实情况审核流程，每项整改工作进展都在牵头同志严格审核、巡视整改工作办公室协调把关的基础上，提交党组会议审议确认。",
                "其间，中科院党组还主动向中央有关部门报告巡视整改进展情况，及时请示有关工作，接受指导和监督。",
                "二、坚持问题导向，落实整改举措，推动巡视整改工作取得实效",
                "对照中央巡视反馈意见，中科院党组采取台账式管理、项目化推进方式，逐条逐项狠抓整改落实。",
                "1.进一步加强党的全面领导",
                "一是认真学习贯彻习近平总书记在全国组工会议上提出的要求。");
    }

    /**
     * A word processor's PDF: lines wrap at one page width, but digits and Latin letters are
     * narrower than {@link TextCleaner#displayWidth} counts them, so few lines share one width.
     */
    @Test
    void joinsLinesWrappedInAProportionalFontThoughFewShareOneWidth() {
        List<String> raw = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            char numeral = "一二三四五六七八九".charAt(i - 1);
            String heading = "第" + numeral + "条 督查方式";
            String wrapped = "巡".repeat(19) + numeral;
            String withDigits = "视".repeat(18) + (2010 + i) + "年" + "12345".substring(0, i % 4);
            raw.addAll(List.of(heading, wrapped, withDigits, "完成。", "（一）检查。"));
            expected.addAll(List.of(heading, wrapped + withDigits + "完成。", "（一）检查。"));
        }
        assertThat(TextCleaner.paragraphs(String.join("\n", raw))).containsExactlyElementsOf(expected);
    }

    /** A law's history in a hard-wrapped text: each dated step is its own line, however wide. */
    @Test
    void datedLinesOfALawsHistoryStayApartInAWrappedText() {
        String passed = "2018年8月30日平顶山市第十届人民代表大会常务委员会第四十次会议通过";
        String approved = "2018年9月29日河南省第十三届人民代表大会常务委员会第六次会议批准";
        List<String> raw = new ArrayList<>(List.of("平顶山市城市绿化条例", passed, approved, "第一章 总则"));
        StringBuilder wrapped = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            String line = ("城市绿化工作应当坚持政府主导社会参与统筹规划" + "一二三四五六七八九十百千".charAt(i)
                    + "城市绿化工作应当坚持政府主导社会参与的原则").substring(0, TextCleaner.displayWidth(passed) / 2);
            raw.add(line);
            wrapped.append(line);
        }
        raw.add("完成。");

        assertThat(TextCleaner.paragraphs(String.join("\n", raw)))
                .containsExactly("平顶山市城市绿化条例", passed, approved, "第一章 总则", wrapped + "完成。");
    }

    /**
     * A PDF whose paragraphs the extractor marked by their indent: an unmarked line continues a full
     * line above it even after a full stop, and a marked one always opens a paragraph.
     */
    @Test
    void paragraphsMarkedByTheirIndentAreJoinedByTheMarksAlone() {
        List<String> raw = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            char numeral = "一二三四五六".charAt(i);
            String full = "督查工作" + numeral + "坚持问题导向，突出工作重点，注重工作实效，服务发展大局。";
            String rest = "各单位按要求报送。";
            raw.addAll(List.of(TextCleaner.PARAGRAPH_MARK + full, rest));
            expected.add(full + rest);
        }
        assertThat(TextCleaner.paragraphs(String.join("\n", raw))).containsExactlyElementsOf(expected);
    }

    @Test
    void aFewLinesOfOneWidthInAShortTextAreNoWrap() {
        String raw = String.join("\n", "平顶山市城市绿化条例",
                "2018年8月30日平顶山市第十届人民代表大会常务委员会第四十次会议通过",
                "2018年9月29日河南省第十三届人民代表大会常务委员会第六次会议批准",
                "第一章 总则", "第一条 为了促进城市绿化事业的发展，改善生态环境，制定本条例。",
                "第二条 本条例适用于本市城市规划区内城市绿化的规划、建设、保护和管理。",
                "第三条 城市绿化工作应当坚持政府主导、社会参与的原则。",
                "第四条 市城市绿化行政主管部门负责本市的城市绿化工作。",
                "第五条 任何单位和个人都有享受良好绿化环境的权利。",
                "第六条 鼓励单位和个人以捐资、认养等形式参与城市绿化。");
        assertThat(TextCleaner.paragraphs(raw)).hasSize(10);
    }

    @Test
    void keepsFieldLinesAndTitlesOfAPlanApart() {
        String raw = String.join("\n",
                "组织部署全院学习贯彻大会精神的相关工作",
                "以党组文件形式印发通知，对全院传达学习和贯彻落实大会精神提出明确要求",
                "牵头院领导：侯建国",
                "配合院领导：汪克强",
                "牵头部门：办公厅",
                "具体举措：以党组文件形式向全院印发通知。",
                "时间期限：2021年9月底前完成。");
        assertThat(TextCleaner.paragraphs(raw)).hasSize(7);
    }

    @Test
    void joinsASentenceThatAPageBreakSplit() {
        String raw = "第三条 院机关部门、院属单位根据职能分工和工作安排，切实履行协作\n\n配合责任。\n\n第二章 巡前准备";
        assertThat(TextCleaner.paragraphs(raw)).containsExactly(
                "第三条 院机关部门、院属单位根据职能分工和工作安排，切实履行协作配合责任。",
                "第二章 巡前准备");
    }

    @Test
    void keepsAnArticleTitleApartFromItsBody() {
        String raw = "第一条 目的依据\n\n为更好推动党中央决策部署的贯彻落实，制定本实施办法。";
        assertThat(TextCleaner.paragraphs(raw)).containsExactly(
                "第一条 目的依据", "为更好推动党中央决策部署的贯彻落实，制定本实施办法。");
    }

    @Test
    void joinsATitleWhoseBookTitleMarksAreStillOpen() {
        String raw = "《中共中国科学院党组贯彻落实习近平总书记\n在两院院士大会上重要讲话和大会精神\n重点工作分工方案》的通知\n\n院属各单位：";
        assertThat(TextCleaner.paragraphs(raw)).containsExactly(
                "《中共中国科学院党组贯彻落实习近平总书记在两院院士大会上重要讲话和大会精神重点工作分工方案》的通知",
                "院属各单位：");
    }

    @Test
    void dropsBookmarkMarkupPageNumbersAndRunningHeads() {
        String raw = String.join("\n",
                "科技日报", "[bookmark: _Hlk74669863]牵头部门：前沿科学与教育局", "- 3 -",
                "科技日报", "第一条 本办法自印发之日起施行。", "12", "科技日报");
        assertThat(TextCleaner.paragraphs(raw)).containsExactly("牵头部门：前沿科学与教育局", "第一条 本办法自印发之日起施行。");
    }

    @Test
    void aPageJoinNoteStartsAParagraphAndIsRemoved() {
        String raw = "以应用需求带动基础研究 打造生命科学国之重器\n\n（上接第一版）把巡视整改与巩固拓展主题教育成果有机结合，\n\n全面、系统推进整改。";
        assertThat(TextCleaner.paragraphs(raw)).containsExactly(
                "以应用需求带动基础研究打造生命科学国之重器",
                "把巡视整改与巩固拓展主题教育成果有机结合，全面、系统推进整改。");
    }

    @Test
    void blankAndWhitespaceOnlyTextHasNoParagraphs() {
        assertThat(TextCleaner.paragraphs("")).isEmpty();
        assertThat(TextCleaner.paragraphs(" \n\u3000\n\t\n")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void loosesNoChineseCharacterOfASeed(Seeds seed) {
        String raw = seed.text();
        String expected = Seeds.hanCharacters(TextCleaner.PAGE_JOIN.matcher(raw).replaceAll(""));
        String cleaned = Seeds.hanCharacters(String.join("\n", TextCleaner.paragraphs(raw)));
        assertThat(cleaned).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void leavesNoMarkupOrSpacesBetweenChineseInASeed(Seeds seed) {
        List<String> paragraphs = TextCleaner.paragraphs(seed.text());
        assertThat(paragraphs).noneMatch(p -> p.contains("[bookmark"))
                .noneMatch(p -> p.contains("上接第"))
                .noneMatch(String::isBlank)
                .noneMatch(p -> p.matches(".*[\\p{IsHan}，。、]\\s+[\\p{IsHan}，。、].*") && !p.startsWith("第"));
    }

    @Test
    void aHeadingWrappedOverColumnLinesEndsOnItsShortLastLine() {
        List<String> paragraphs = TextCleaner.paragraphs(Seeds.MOST_REPORT.text());
        int heading = paragraphs.indexOf("三、强化成果运用，持续推进整改，以巡视整改推动科技创新工作高质量发展");
        assertThat(heading).as("the heading is a paragraph of its own").isNotNegative();
        assertThat(paragraphs.get(heading + 1)).startsWith("目前，科技部党组巡视整改虽然取得阶段性成效");
        assertThat(paragraphs).as("a heading over four full column lines stays whole").contains(
                "（一）深入系统学习贯彻习近平新时代中国特色社会主义思想和党的十九大精神，坚决落实党中央重大决策部署，进一步提升履行职责使命的能力。");
    }

    @Test
    void theWrappedNewspaperReportBecomesFewerLongerParagraphs() {
        String raw = Seeds.CAS_REPORT.text();
        long lines = raw.lines().filter(l -> !l.isBlank()).count();
        List<String> paragraphs = TextCleaner.paragraphs(raw);
        assertThat(paragraphs.size()).isLessThan((int) lines / 4);
        assertThat(paragraphs).contains("（一）坚决贯彻落实中央重大决策部署，认真履行科技强国职责使命",
                "二、坚持问题导向，落实整改举措，推动巡视整改工作取得实效");
    }
}
