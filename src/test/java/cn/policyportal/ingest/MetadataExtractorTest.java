package cn.policyportal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.policyportal.Seeds;

class MetadataExtractorTest {

    private static DocumentMetadata of(Seeds seed) {
        return MetadataExtractor.extract(TextCleaner.paragraphs(seed.text()), "文件名");
    }

    @Test
    void inspectionRulesNotice() {
        DocumentMetadata m = of(Seeds.INSPECTION_RULES);
        assertThat(m.title()).isEqualTo("中共中国科学院党组巡视工作协作配合实施办法（试行）");
        assertThat(m.noticeTitle()).isEqualTo("中共中国科学院党组关于印发《中共中国科学院党组巡视工作协作配合实施办法（试行）》的通知");
        assertThat(m.docNumber()).isEqualTo("科发党字〔2020〕62号");
        assertThat(m.issuer()).isEqualTo("中共中国科学院党组");
        assertThat(m.date()).isEqualTo(LocalDate.of(2020, 12, 7));
        assertThat(m.type()).isEqualTo("办法");
        assertThat(m.disclosure()).isEqualTo("主动公开");
        assertThat(m.titleFromText()).isTrue();
    }

    @Test
    void supervisionRulesNoticeWithHalfWidthBracketsAndAStampNote() {
        DocumentMetadata m = of(Seeds.SUPERVISION_RULES);
        assertThat(m.title()).isEqualTo("党建工作督查实施办法（试行）");
        assertThat(m.noticeTitle()).isEqualTo("中国科学院党的建设工作领导小组办公室关于印发《党建工作督查实施办法（试行）》的通知");
        assertThat(m.docNumber()).isEqualTo("直党字〔2021〕25号");
        assertThat(m.issuer()).isEqualTo("中国科学院党的建设工作领导小组办公室");
        assertThat(m.date()).isEqualTo(LocalDate.of(2021, 10, 8));
        assertThat(m.type()).isEqualTo("办法");
        assertThat(m.disclosure()).isEqualTo("主动公开");
    }

    @Test
    void workPlanWhoseNoticeTitleIsWrappedOverFourLines() {
        DocumentMetadata m = of(Seeds.WORK_PLAN);
        assertThat(m.title()).isEqualTo("中共中国科学院党组贯彻落实习近平总书记在两院院士大会上重要讲话和大会精神重点工作分工方案");
        assertThat(m.noticeTitle()).startsWith("中共中国科学院党组关于印发《").endsWith("》的通知");
        assertThat(m.issuer()).isEqualTo("中共中国科学院党组");
        assertThat(m.date()).isEqualTo(LocalDate.of(2021, 9, 28));
        assertThat(m.type()).isEqualTo("方案");
        assertThat(m.docNumber()).as("the only 文号 in the plan is a cited one").isNull();
        assertThat(m.disclosure()).isNull();
    }

    @Test
    void newspaperReportsHaveNoTitleInTheTextAndFallBackToTheFileName() {
        DocumentMetadata cas = of(Seeds.CAS_REPORT);
        assertThat(cas.title()).isEqualTo("文件名");
        assertThat(cas.titleFromText()).isFalse();
        assertThat(cas.issuer()).isEqualTo("中共中国科学院党组");
        assertThat(cas.date()).isEqualTo(LocalDate.of(2020, 11, 7));
        assertThat(cas.docNumber()).isNull();
        assertThat(cas.noticeTitle()).isNull();

        DocumentMetadata most = of(Seeds.MOST_REPORT);
        assertThat(most.issuer()).isEqualTo("中共科学技术部党组");
        assertThat(most.date()).isEqualTo(LocalDate.of(2020, 11, 5));
    }

    @Test
    void aStandaloneRegulationIsTitledByItsFirstLine() {
        DocumentMetadata m = MetadataExtractor.extract(
                List.of("中华人民共和国信托法", "2001年4月28日 第九届全国人民代表大会常务委员会第二十一次会议通过",
                        "第一章 总则", "第一条 为了调整信托关系，制定本法。"), "信托法.txt");
        assertThat(m.title()).isEqualTo("中华人民共和国信托法");
        assertThat(m.type()).isEqualTo("法");
        assertThat(m.titleFromText()).isTrue();
        assertThat(m.date()).as("the promulgation date").isEqualTo(LocalDate.of(2001, 4, 28));
        assertThat(m.issuer()).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "2020年12月7日, 2020-12-07",
        "二〇二一年十月八日, 2021-10-08",
        "二〇二〇年十二月二十一日, 2020-12-21",
        "2021年２月３０日, ",
    })
    void parsesStandaloneDates(String text, String iso) {
        Optional<LocalDate> expected = iso == null ? Optional.empty() : Optional.of(LocalDate.parse(iso));
        assertThat(MetadataExtractor.parseDate(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "党建工作督查实施办法（试行）, 办法",
        "关于印发《重点工作分工方案》的通知, 方案",
        "关于开展专项检查的通知, 通知",
        "中共科学技术部党组关于巡视整改进展情况的通报（科技日报版面）, 通报",
        "中国共产党巡视工作条例, 条例",
    })
    void typeComesFromTheTitleEnding(String title, String type) {
        assertThat(MetadataExtractor.typeOf(title)).contains(type);
    }

    @Test
    void aDocNumberIsOnlyTakenFromItsOwnHeaderLine() {
        assertThat(MetadataExtractor.docNumber(List.of("国科发党字[2019]7号"))).contains("国科发党字〔2019〕7号");
        assertThat(MetadataExtractor.docNumber(List.of("按照《方案》（国科改〔2021〕3号），结合实际。"))).isEmpty();
    }
}
