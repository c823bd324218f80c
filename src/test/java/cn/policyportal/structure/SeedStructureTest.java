package cn.policyportal.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import cn.policyportal.Seeds;
import cn.policyportal.ingest.IngestedDocument;
import cn.policyportal.ingest.DocumentReader;

/** The structure of the five bundled documents, as the acceptance of the structure issue states it. */
class SeedStructureTest {

    static IngestedDocument read(Seeds seed) throws Exception {
        return new DocumentReader(10_000_000).fromBytes(seed.fileName(), seed.bytes());
    }

    static DocumentStructure structure(Seeds seed) throws Exception {
        IngestedDocument doc = read(seed);
        String enclosed = doc.metadata().noticeTitle() == null ? null : doc.metadata().title();
        return StructureParser.parse(doc.paragraphs(), enclosed, doc.pageJoins());
    }

    @Test
    void inspectionRulesHaveSixChaptersAndThirtyOneArticles() throws Exception {
        DocumentStructure s = structure(Seeds.INSPECTION_RULES);
        assertThat(s.form()).isEqualTo(DocumentStructure.Form.REGULATION);
        assertThat(s.find(u -> u.kind() == UnitKind.CHAPTER)).hasSize(6);
        assertThat(s.articles()).hasSize(31);
        assertThat(s.articles()).extracting(a -> a.unit().number())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 31).boxed().toList());
        DocumentStructure.Located a16 = s.article(16, 0).orElseThrow();
        assertThat(a16.unit().path()).isEqualTo("ch4/a16");
        assertThat(a16.unit().label()).isEqualTo("第十六条");
        assertThat(a16.parentHeadings()).containsExactly("第四章 整改督办");
        assertThat(a16.unit().text()).isEqualTo(
                "相关纪检等部门收到巡视移交的问题线索、转送的信访件后，应当及时办理。问题线索办理结果应于3个月内反馈巡视办。");
    }

    @Test
    void anArticleThatAPageBreakSplitStaysWhole() throws Exception {
        DocumentStructure s = structure(Seeds.INSPECTION_RULES);
        assertThat(s.article(3, 0).orElseThrow().unit().text()).endsWith("切实履行协作配合责任。");
        assertThat(s.article(20, 0).orElseThrow().unit().text()).contains("被巡视单位如未能通过审核，须按要求继续整改");
    }

    @Test
    void theNoticeAndColophonAreKeptApartFromTheRegulation() throws Exception {
        DocumentStructure s = structure(Seeds.INSPECTION_RULES);
        assertThat(s.units().get(0).kind()).isEqualTo(UnitKind.NOTICE);
        assertThat(s.units().get(0).text()).contains("现印发给你们", "科发党字〔2020〕62号");
        assertThat(s.units().get(s.units().size() - 1).kind()).isEqualTo(UnitKind.COLOPHON);
        assertThat(s.article(31, 0).orElseThrow().unit().text()).isEqualTo("本办法自印发之日起施行。");
    }

    @Test
    void supervisionRulesHaveTitledArticlesOneToNine() throws Exception {
        DocumentStructure s = structure(Seeds.SUPERVISION_RULES);
        assertThat(s.find(u -> u.kind() == UnitKind.CHAPTER)).hasSize(6);
        assertThat(s.articles()).hasSize(18);
        assertThat(s.articles().subList(0, 9)).extracting(a -> a.unit().title()).containsExactly(
                "目的依据", "总体要求", "工作原则", "组织机构", "督查对象", "督查内容", "督查方式", "日常督查程序", "年度督查程序");
        assertThat(s.articles().subList(9, 18)).allSatisfy(a -> assertThat(a.unit().title()).isNull());
        assertThat(s.article(1, 0).orElseThrow().unit().text()).startsWith("为更好推动党中央决策部署");
    }

    @Test
    void articleItemsAndClausesAreUnitsOfTheirArticle() throws Exception {
        DocumentStructure s = structure(Seeds.SUPERVISION_RULES);
        Unit a8 = s.article(8, 0).orElseThrow().unit();
        assertThat(a8.children()).hasSize(1);
        assertThat(a8.children().get(0).children()).extracting(Unit::label)
                .containsExactly("（一）", "（二）", "（三）", "（四）", "（五）");
        Unit a6 = s.article(6, 0).orElseThrow().unit();
        assertThat(a6.children()).extracting(Unit::kind).containsOnly(UnitKind.CLAUSE).hasSize(3);
        assertThat(s.unit("ch3/a8/k1/i2")).isPresent();
    }

    @Test
    void theCasReportOutlineStartsWithItsSectionsTwoAndThree() throws Exception {
        DocumentStructure s = structure(Seeds.CAS_REPORT);
        assertThat(s.form()).isEqualTo(DocumentStructure.Form.REPORT);
        List<Unit> sections = s.units().stream().filter(u -> u.kind() == UnitKind.OUTLINE).toList();
        assertThat(sections).extracting(Unit::label).containsExactly("二、", "三、");
        assertThat(sections.get(0).title()).isEqualTo("坚持问题导向，落实整改举措，推动巡视整改工作取得实效");
        assertThat(sections.get(0).children()).extracting(Unit::label).containsExactly("（一）", "（二）", "（三）", "（四）");
        assertThat(sections.get(0).children().get(0).children()).extracting(Unit::label)
                .containsExactly("1.", "2.", "3.", "4.");
        assertThat(s.unit("s2/p1/n1/t1").orElseThrow().unit().label()).isEqualTo("一是");
        assertThat(s.units().get(0).kind()).isEqualTo(UnitKind.PREAMBLE);
    }

    @Test
    void theMinistryPageSplitsIntoTwoPiecesWithAHeadlineBetween() throws Exception {
        DocumentStructure s = structure(Seeds.MOST_REPORT);
        assertThat(s.units()).extracting(Unit::kind)
                .containsExactly(UnitKind.PIECE, UnitKind.HEADLINE, UnitKind.PIECE);
        assertThat(s.units().get(1).title()).isEqualTo("以应用需求带动基础研究打造生命科学国之重器");
        Unit news = s.units().get(0);
        assertThat(news.children()).allSatisfy(u -> assertThat(u.kind()).isEqualTo(UnitKind.PARAGRAPH));
        assertThat(news.children().get(0).text()).startsWith("疫情发生以来");
        Unit report = s.units().get(2);
        assertThat(report.children().stream().filter(u -> u.kind() == UnitKind.OUTLINE))
                .extracting(Unit::label).containsExactly("二、", "三、");
        Unit lead = report.children().get(0);
        assertThat(lead.kind()).isEqualTo(UnitKind.PREAMBLE);
        assertThat(lead.children()).extracting(Unit::label).containsExactly("（三）", "（四）", "（五）");
    }

    @Test
    void theWorkPlanHasFourteenCategoriesAndFortyTasks() throws Exception {
        DocumentStructure s = structure(Seeds.WORK_PLAN);
        assertThat(s.form()).isEqualTo(DocumentStructure.Form.PLAN);
        assertThat(s.units().get(0).kind()).isEqualTo(UnitKind.NOTICE);
        assertThat(s.find(u -> u.kind() == UnitKind.CATEGORY)).hasSize(14);
        assertThat(s.find(u -> u.kind() == UnitKind.TASK)).hasSize(40);
        Unit first = s.find(u -> u.kind() == UnitKind.TASK).get(0).unit();
        assertThat(first.title()).isEqualTo("以党组文件形式印发通知，对全院传达学习和贯彻落实大会精神提出明确要求");
        assertThat(first.paragraphs()).first().isEqualTo("牵头院领导：侯建国");
        Unit proposals = s.find(u -> u.kind() == UnitKind.TASK
                && u.title().equals("通过深入调研，积极向国家有关部门提出科技管理改革的意见建议")).get(0).unit();
        assertThat(proposals.children()).hasSize(7)
                .allSatisfy(item -> assertThat(item.paragraphs()).anyMatch(p -> p.startsWith("牵头部门：")));
    }

    @Test
    void textWithoutRecognisableStructureStaysAsParagraphs() {
        List<String> paragraphs = List.of("今天天气很好。", "我们去公园散步，看到很多人。", "晚上回家吃饭。");
        DocumentStructure s = StructureParser.parse(paragraphs, null, java.util.Set.of());
        assertThat(s.form()).isEqualTo(DocumentStructure.Form.PLAIN);
        assertThat(s.units()).extracting(Unit::text).containsExactlyElementsOf(paragraphs);
    }

    @Test
    void everyParagraphOfEverySeedIsInSomeUnit() throws Exception {
        for (Seeds seed : Seeds.values()) {
            IngestedDocument doc = read(seed);
            DocumentStructure s = structure(seed);
            String all = String.join("\n", s.flatten().stream()
                    .flatMap(l -> java.util.stream.Stream.concat(
                            java.util.stream.Stream.of(l.unit().heading()), l.unit().paragraphs().stream()))
                    .toList());
            String units = Seeds.hanCharacters(all);
            String title = Seeds.hanCharacters(doc.metadata().title());
            for (String p : doc.paragraphs()) {
                String han = Seeds.hanCharacters(p);
                assertThat(units.contains(han) || title.contains(han)).as(seed + ": " + p).isTrue();
            }
        }
    }
}
