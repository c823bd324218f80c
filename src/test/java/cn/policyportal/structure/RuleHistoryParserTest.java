package cn.policyportal.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a text says of its version, its 施行 date, 试行, its part of a code and the rules it repeals. */
class RuleHistoryParserTest {

    private static RuleHistory parse(String text, String title, String file, LocalDate stated) {
        return RuleHistoryParser.of(List.of(text.split("\n")), title, file, stated);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the last 修正 line dates the version | 中华人民共和国慈善法\\n2016年3月16日 第十二届全国人民代表大会第四次会议通过\\n2023年12月29日 第十四届全国人民代表大会常务委员会第七次会议《关于修改〈中华人民共和国慈善法〉的决定》修正）\\n第一条 为了发展慈善事业。 | 慈善法(2023-12-29).txt | 2023-12-29 | 2023年修正
            a 通过 of an amending decision is a 修正 | 北京市安全生产条例\\n2004年7月29日 北京市第十二届人民代表大会常务委员会第十三次会议通过\\n2016年11月25日 北京市第十四届人民代表大会常务委员会第三十一次会议通过的《关于修改部分地方性法规的决定》修正\\n第一条 为了加强安全生产。 | 北京市安全生产条例.txt | 2016-11-25 | 2016年修正
            the file name's date when the text states none | 国务院关于经营者集中申报标准的规定\\n第一条 为了明确经营者集中的申报标准。 | 规定(2018-09-18).txt | 2018-09-18 | 2018年版
            the 施行 date when nothing else dates it | 上海市殡葬管理条例\\n第一条 为了规范殡葬活动。\\n第三十条 本条例自1998年1月1日起施行。 | 上海市殡葬管理条例.txt | 1998-01-01 | 1998年版
            """)
    void datesAndLabelsTheVersion(String why, String text, String file, LocalDate date, String label) {
        RuleHistory history = parse(text.replace("\\n", "\n"), "标题", file, null);
        assertThat(history.versionDate()).as(why).isEqualTo(date);
        assertThat(history.versionLabel()).as(why).isEqualTo(label);
    }

    @Test
    void readsTheInForceDateFromTheFinalProvisionsAndNeverBeforeTheVersion() {
        RuleHistory law = parse("某某法\n2020年5月1日 某会议通过\n第一条 目的。\n第九条 本法自2099年1月1日起施行。", "某某法", "x.txt", null);
        assertThat(law.effectiveDate()).isEqualTo(LocalDate.of(2099, 1, 1));
        RuleHistory amended = parse("某某法\n1999年1月1日 某会议通过\n2024年6月28日 某会议修正\n第一条 目的。\n第九条 本法自2000年7月1日起施行。",
                "某某法", "x.txt", null);
        assertThat(amended.effectiveDate()).as("an amended text keeps the original's date").isEqualTo(LocalDate.of(2024, 6, 28));
        RuleHistory onPublication = parse("某某办法\n第一条 目的。\n第九条 本办法自公布之日起施行。", "某某办法", "x.txt",
                LocalDate.of(2021, 3, 1));
        assertThat(onPublication.effectiveDate()).isEqualTo(LocalDate.of(2021, 3, 1));
    }

    @Test
    void flagsAProvisionalRuleAndNamesThePartOfACodeAFileHolds() {
        assertThat(parse("第一条 目的。", "巡视工作协作配合实施办法（试行）", "x.txt", null).provisional()).isTrue();
        assertThat(parse("第一条 目的。", "城市维护建设税暂行条例", "x.txt", null).provisional()).isTrue();
        assertThat(parse("第一条 目的。", "慈善法", "x.txt", null).provisional()).isFalse();
        RuleHistory part = parse("中华人民共和国民法典\n第五编 婚姻家庭\n第一章 一般规定\n第一千零四十条 本编调整因婚姻家庭产生的民事关系。",
                "中华人民共和国民法典", "民法典婚姻家庭编.txt", null);
        assertThat(part.part()).isEqualTo("第五编 婚姻家庭");
        RuleHistory whole = parse("中华人民共和国民法典\n第一编 总则\n第一条 目的。\n第二编 物权\n第二百零五条 物权。",
                "中华人民共和国民法典", "民法典.txt", null);
        assertThat(whole.part()).as("a whole code holds several parts").isNull();
    }

    @Test
    void listsTheRulesItRepeals() {
        RuleHistory history = parse("某某条例\n第一条 目的。\n第九十条 本条例自2021年9月1日起施行，《广州市募捐条例》同时废止。",
                "某某条例", "x.txt", null);
        assertThat(history.repeals()).containsExactly("广州市募捐条例");
    }
}
