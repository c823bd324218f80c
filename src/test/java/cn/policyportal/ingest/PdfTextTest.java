package cn.policyportal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import cn.policyportal.FixtureFiles;
import cn.policyportal.Seeds;

/** Text of PDFs that LibreOffice printed from the seeds, read line by line in order. */
class PdfTextTest {

    @Test
    void quotesDrawnInAFallbackFontStandWhereTheyWereDrawn() throws Exception {
        String text = PdfText.of(Files.readAllBytes(FixtureFiles.libreOfficePdf(Seeds.INSPECTION_RULES)), 1_000_000).text();

        assertThat(text).contains("第二条 贯彻落实“发现问题、形成震慑，推动改革、促进发展”巡视工作")
                .doesNotContain("“ ”");
    }

    @Test
    void sideBySideColumnsAreReadOneAfterTheOther() throws Exception {
        String text = PdfText.of(Files.readAllBytes(FixtureFiles.SUPERVISION_RULES_THREE_COLUMNS_PDF), 1_000_000).text();

        // the lines of each column, with the marks that say which line continues the one above
        String joined = text.replaceAll("[\n\u2028\u2029]", "");
        assertThat(joined).contains("现将《党建工作督查实施办法（试行）》印发给你们，请认真贯彻落实。",
                "第一条 目的依据为更好推动党中央决策部署以及上级党组织决定的贯彻落实，");
    }

    @Test
    void extractionStopsAtTheCharacterLimit() throws Exception {
        byte[] pdf = Files.readAllBytes(FixtureFiles.libreOfficePdf(Seeds.SUPERVISION_RULES));

        assertThat(PdfText.of(pdf, 100_000).text()).hasSizeGreaterThan(1_000);
        assertThatThrownBy(() -> PdfText.of(pdf, 1_000)).isInstanceOf(PdfText.TooLong.class);
    }
}
