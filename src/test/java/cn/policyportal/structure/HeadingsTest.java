package cn.policyportal.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The headings of official documents as tables: the outline levels of a report read by
 * {@link Headings#outline}, and the headings of a regulation as {@link StructureParser} takes them.
 */
class HeadingsTest {

    /** The article every regulation row starts with, so that the body is read as a regulation. */
    private static final String FIRST_ARTICLE = "第一条 为了规范督查工作，制定本办法。";
    /** A paragraph after the one under test, so that an article's short text can be its title. */
    private static final String LAST_PARAGRAPH = "督查工作由督查办负责组织实施。";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        一、                                 | 一、总体要求          | L1 一 1 总体要求
        十二、                               | 十二、其他事项         | L1 十二 12 其他事项
        space after 、                       | 三、 加强领导          | L1 三 3 加强领导
        （一）                               | （一）加强组织领导      | L2 一 1 加强组织领导
        half-width brackets                 | (二) 强化责任落实       | L2 二 2 强化责任落实
        1.                                  | 1.完善制度建设         | L3 1 1 完善制度建设
        full-width full stop                | 2．健全工作机制        | L3 2 2 健全工作机制
        1、                                  | 3、建立工作台账        | L3 3 3 建立工作台账
        （1）                                | （1）建立问题清单       | L4 1 1 建立问题清单
        half-width brackets with digits     | (12)按时报送          | L4 12 12 按时报送
        一是                                 | 一是加强理论学习。      | L5 一 1 加强理论学习。
        十一是                               | 十一是严肃追责问责      | L5 十一 11 严肃追责问责
        a decimal is no heading             | 1.5亿元专项资金已下达   | none
        a year after 1. is the text         | 1. 2021年底前完成      | L3 1 1 2021年底前完成
        heading with no text                | 一、                  | none
        brackets with no text               | （十）                | none
        一二 is no numeral                   | 一二、三四             | none
        chapter of a regulation             | 第一章 总则            | none
        plain sentence                      | 各单位要高度重视。       | none
        """)
    void outlineReadsTheLevelNumberAndRest(String name, String paragraph, String expected) {
        String actual = Headings.outline(paragraph)
                .map(h -> String.join(" ", h.level().name(), h.number(), String.valueOf(h.value()), h.rest()))
                .orElse("none");
        assertThat(actual).isEqualTo(expected);
    }

    /**
     * One paragraph placed after a first article and before a closing sentence: it opens a unit of
     * its own (written as kind, label and [title]) or stays text of the article before it (body).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        chapter with a title                 | 第一章 总则                           | CHAPTER 第一章 [总则]
        chapter without a space              | 第二章督查内容                         | CHAPTER 第二章 [督查内容]
        chapter title with 、                 | 第二章 督查内容、方式和程序               | CHAPTER 第二章 [督查内容、方式和程序]
        chapter after an ideographic space   | 第三章　整改督办                        | CHAPTER 第三章 [整改督办]
        section alone                        | 第二节                                | SECTION 第二节
        part                                 | 第一编 总则                           | PART 第一编 [总则]
        article with its text                | 第十条 本办法自印发之日起施行。           | ARTICLE 第十条
        article with a short title           | 第十条 目的依据                        | ARTICLE 第十条 [目的依据]
        article in Arabic digits             | 第16条 督查结果应当通报。                | ARTICLE 第十六条
        article in full-width digits         | 第１６条 督查结果应当通报。               | ARTICLE 第十六条
        article 之一                          | 第十条之一 督查结果应当通报。              | ARTICLE 第十条之一
        article 之一 alone                    | 第十条之一                            | ARTICLE 第十条之一
        amendment note                       | 第三十一条的决定》第一次修正               | body
        list of articles                     | 第十条、第十一条规定的情形除外。            | body
        article cited before a comma         | 第十条，第十一条另有规定的除外。            | body
        chapter cited in a sentence          | 第四章第十六条规定的情形，依照本办法处理。     | body
        chapter opening a long sentence      | 第二章所列事项，由督查办会同有关部门办理。     | body
        reference not at the start           | 依照第十条规定处理。                     | body
        ordinal with no level                | 第一次会议审议通过。                     | body
        """)
    void aRegulationParagraphIsAHeadingOrText(String name, String paragraph, String expected) {
        DocumentStructure structure = StructureParser.parse(List.of(FIRST_ARTICLE, paragraph, LAST_PARAGRAPH),
                null, Set.of());

        assertThat(structure.form()).isEqualTo(DocumentStructure.Form.REGULATION);
        List<Unit> opened = structure.flatten().stream().map(DocumentStructure.Located::unit)
                .filter(u -> u.kind() != UnitKind.CLAUSE && !"第一条".equals(u.label()))
                .toList();
        String actual = opened.isEmpty() ? "body"
                : opened.get(0).kind() + " " + opened.get(0).label()
                        + (opened.get(0).title() == null ? "" : " [" + opened.get(0).title() + "]");
        assertThat(actual).isEqualTo(expected);
        if (opened.isEmpty()) {
            assertThat(structure.article(1, 0).orElseThrow().unit().paragraphs())
                    .containsExactly("为了规范督查工作，制定本办法。", paragraph, LAST_PARAGRAPH);
        } else {
            assertThat(opened).hasSize(1);
        }
    }
}
