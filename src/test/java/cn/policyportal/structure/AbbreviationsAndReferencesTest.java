package cn.policyportal.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.policyportal.Seeds;
import cn.policyportal.ingest.TextCleaner;
import cn.policyportal.structure.References.Reference;

class AbbreviationsAndReferencesTest {

    @Test
    void theInspectionRulesDefineTwoAbbreviations() {
        List<Abbreviations.Abbreviation> found = Abbreviations.of(TextCleaner.paragraphs(Seeds.INSPECTION_RULES.text()));
        assertThat(found).containsExactly(
                new Abbreviations.Abbreviation("领导小组", "院党组巡视工作领导小组"),
                new Abbreviations.Abbreviation("巡视办", "院党组巡视工作领导小组办公室"));
    }

    @Test
    void abbreviationsOfTheOtherSeeds() {
        assertThat(Abbreviations.of(TextCleaner.paragraphs(Seeds.CAS_REPORT.text())))
                .contains(new Abbreviations.Abbreviation("驻院纪检监察组", "中央纪委国家监委驻中科院纪检监察组"));
        assertThat(Abbreviations.of(TextCleaner.paragraphs(Seeds.WORK_PLAN.text())))
                .contains(new Abbreviations.Abbreviation("试点方案", "稳定支持基础研究领域青年团队试点方案"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "委托人、受托人、受益人（以下统称信托当事人）在信托活动中 | 信托当事人 | 委托人、受托人、受益人",
        "第三条 院党组巡视工作领导小组（以下简称“领导小组”）对巡视工作 | 领导小组 | 院党组巡视工作领导小组",
        "国务院科学技术行政部门（以下简称科技部）负责 | 科技部 | 国务院科学技术行政部门",
        "本院设立课题评审专家委员会（以下简称“评审会”），负责评审 | 评审会 | 课题评审专家委员会",
    })
    void fullFormIsThePhraseBeforeTheNote(String text, String shortForm, String fullForm) {
        assertThat(Abbreviations.of(List.of(text))).containsExactly(new Abbreviations.Abbreviation(shortForm, fullForm));
    }

    @Test
    void referencesToDocumentsArticlesAndThePreviousClause() {
        List<Reference> refs = References.in(
                "根据《中国共产党巡视工作条例》第十条和本办法第十条，依照刑法第三百零七条之一的规定，适用前款规定。", "某办法");
        assertThat(refs).containsExactly(
                new Reference(Reference.Kind.DOCUMENT, "《中国共产党巡视工作条例》", "中国共产党巡视工作条例", null, 0),
                new Reference(Reference.Kind.DOCUMENT, "《中国共产党巡视工作条例》第十条", "中国共产党巡视工作条例", 10, 0),
                new Reference(Reference.Kind.ARTICLE, "第十条", null, 10, 0),
                new Reference(Reference.Kind.DOCUMENT, "刑法第三百零七条之一", "刑法", 307, 1),
                new Reference(Reference.Kind.PREVIOUS_CLAUSE, "前款", null, null, 0));
    }

    @Test
    void aDocumentDoesNotCiteItself() {
        assertThat(References.in("《党建工作督查实施办法（试行）》已经审议通过。", "党建工作督查实施办法（试行）")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "中华人民共和国专利法, 专利法, 4",
        "党建工作督查实施办法（试行）, 《党建工作督查实施办法》, 4",
        "中共中国科学院党组巡视工作协作配合实施办法（试行）, 巡视工作协作配合实施办法, 3",
        "党建工作督查实施办法（试行）, 督查办法, 1",
        "党建工作督查实施办法（试行）, 信托法, 0",
    })
    void titlesMatchTheWayPeopleSayThem(String title, String query, int score) {
        assertThat(TitleMatch.score(query, title)).isEqualTo(score);
    }

    @ParameterizedTest
    @CsvSource({
        "党建工作督查实施办法, 督查办法, 1, 1",
        "党建工作督查实施办法, 督查办法, 2, 0",
        "党建工作督查实施办法, 督查实施, 2, 2",
        "党建工作督查实施办法, 督查实施, 3, 0",
        "党建工作督查实施办法, 实施办法, 3, 3",
        "党建工作督查实施办法, 党建工作督查实施办法, 4, 4",
    })
    void aScoreBelowTheFloorCountsAsNoMatch(String title, String query, int floor, int score) {
        assertThat(TitleMatch.scoreNormalised(query, title, floor)).isEqualTo(score);
    }
}
