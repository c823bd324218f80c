package cn.policyportal.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.junit.jupiter.api.Test;

import cn.policyportal.snapshot.InvalidQueryException;

/** The words of a 进展 search: which reports hold them, and how the page is shown them marked. */
class ReportWordsTest {

    private static Report report(String progress, String reason, String file) {
        List<Evidence> evidence = file == null ? List.of()
                : List.of(new Evidence(1, 1, file, "application/pdf", "0".repeat(64), 10, Instant.EPOCH, "renshi"));
        return new Report(1, 1, "m", "on_track", "按计划推进", progress, null, "returned", "已退回", reason, "renshi",
                Instant.EPOCH, evidence);
    }

    @ParameterizedTest(name = "“{0}” found: {1}")
    @CsvSource(delimiter = '|', value = {
            "印发            | true",
            "人才　印发      | true",
            "人才 征求       | false",
            "滞后原因        | true",
            "通知.PDF        | true",
            "印发 通知.pdf 人才 | true",
            "'   '           | true"})
    void aReportHoldsEveryWordInItsProgressReasonOrFileNames(String query, boolean found) {
        assertThat(ReportWords.of(query).foundIn(report("人才评价办法已印发。", "请说明滞后原因", "通知.pdf"))).isEqualTo(found);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', value = {
            "印发         | 已印发<执行>   | 已<mark>印发</mark>&lt;执行&gt;",
            "评价 评价办法 | 人才评价办法   | 人才<mark>评价办法</mark>",
            "pdf          | A.PDF & b.pdf | A.<mark>PDF</mark> &amp; b.<mark>pdf</mark>",
            "无           | \"引号\"        | &quot;引号&quot;",
            "进展         | İİİ进展        | İİİ<mark>进展</mark>"})
    void markedTextIsEscapedAndOverlappingWordsShareOneMark(String query, String text, String html) {
        assertThat(ReportWords.of(query).mark(text)).isEqualTo(html);
    }

    @Test
    void aLongProgressIsCutAroundItsFirstMatch() {
        String progress = "甲".repeat(300) + "印发" + "乙".repeat(300);
        String snippet = ReportWords.of("印发").snippet(progress, 100);
        assertThat(snippet).startsWith("…").endsWith("…").contains("<mark>印发</mark>");
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).hasSize(102);
    }

    @Test
    void anOverlongQueryIsRefusedInWords() {
        assertThatThrownBy(() -> ReportWords.of("词".repeat(501))).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("检索词过长");
    }
}
