package cn.policyportal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.policyportal.FixtureFiles;
import cn.policyportal.Seeds;
import cn.policyportal.text.TextQuality;

/** The text-quality report of real files: what extraction and cleaning counted, and when it warns. */
class TextQualityReportTest {

    private static final DocumentReader READER = new DocumentReader(10_000_000);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void aSeedIsReportedWithoutAWarning(Seeds seed) throws Exception {
        TextQuality q = READER.read(seed.path().getParent(), seed.path()).quality();
        assertThat(q.warning()).isNull();
        assertThat(q.suspicious()).isZero();
        assertThat(q.characters()).isGreaterThan(2000);
        assertThat(q.chineseShare()).isBetween(0.8, 1.0);
        assertThat(q.pages()).isNull();
    }

    @Test
    void theLibreOfficePdfOfASeedCountsItsPagesAndJoinedLinesAndHasNoWarning() throws Exception {
        TextQuality pdf = READER.read(FixtureFiles.LIBREOFFICE, FixtureFiles.libreOfficePdf(Seeds.SUPERVISION_RULES)).quality();
        TextQuality txt = READER.read(Seeds.SUPERVISION_RULES.path().getParent(), Seeds.SUPERVISION_RULES.path()).quality();
        assertThat(pdf.warning()).isNull();
        assertThat(pdf.pages()).isEqualTo(3);
        assertThat(pdf.pagesWithoutText()).isZero();
        assertThat(pdf.characters()).isEqualTo(txt.characters());
        assertThat(pdf.joinedLines()).isGreaterThan(txt.joinedLines());
        assertThat(pdf.ocrPages()).isZero();
        assertThat(pdf.ocrConfidence()).isNull();
    }

    /**
     * LibreOffice's PDF of the 督查 rules with the ToUnicode map of one font removed, the one it draws
     * digits and Latin letters in: the Chinese text is fine, but every digit is a control code. The
     * file is indexed (not refused, not sent to OCR) and its report warns, saying what to do.
     */
    @Test
    void aPdfWithSomeFontsLackingToUnicodeIsReadWithAGarbledWarning() throws Exception {
        Path pdf = FixtureFiles.withoutToUnicode(FixtureFiles.libreOfficePdf(Seeds.SUPERVISION_RULES),
                dir.resolve("部分字体无编码.pdf"), "LiberationMono");

        IngestedDocument doc = READER.read(dir, pdf);

        assertThat(doc.ocr()).isNull();
        assertThat(String.join("", doc.paragraphs())).contains("党建工作督查");
        TextQuality q = doc.quality();
        assertThat(q.suspicious()).isGreaterThanOrEqualTo(20);
        assertThat(q.warning()).startsWith("文字疑似乱码：").contains("ToUnicode").contains("请换用原始的Word/WPS文件");
    }

    @Test
    void aLetterSpacedPdfCountsTheLinesItsSpacesWereRemovedFrom() throws Exception {
        Path pdf = FixtureFiles.pdf(dir.resolve("字间距.pdf"), List.of("第一条 为了加强党建工作督查", "第二条 督查工作坚持实事求是"),
                true, null);
        TextQuality q = READER.read(dir, pdf).quality();
        assertThat(q.mendedLines()).isEqualTo(2);
    }

    @Test
    void aPagedFileWithFarTooLittleTextForItsPagesIsWarnedAbout() {
        TextQuality q = TextQuality.of("第一条 本办法自印发之日起施行。", 0, 0, 12, 0, 0, null);
        assertThat(q.warning()).startsWith("文字比页数少得多：12页只提取出").contains("OCR识别");
    }

    @Test
    void aFileWithManyPagesWithoutTextIsWarnedAbout() {
        TextQuality q = TextQuality.of("汉".repeat(4000), 0, 0, 8, 3, 0, null);
        assertThat(q.warning()).isEqualTo("8页中有3页没有文字，可能是扫描页，这些页的内容检索不到；"
                + "请换用文字版文件，或把整份扫描件（不含文字层）上传由OCR识别。");
    }

    @Test
    void suspiciousCharactersAreReplacementPrivateUseAndControlCodes() {
        TextQuality q = TextQuality.of("正文\uFFFD\uE000\u0001\u0002\u0003\n\t", 0, 0, null, 0, 0, null);
        assertThat(q.suspicious()).isEqualTo(5);
        assertThat(q.characters()).isEqualTo(7);
        assertThat(q.chineseShare()).isEqualTo(0.29);
        assertThat(q.warning()).startsWith("文字疑似乱码：5个可疑字符");
    }
}
