package cn.policyportal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import cn.policyportal.FixtureFiles;
import cn.policyportal.Seeds;

class TextExtractorTest {

    private final TextExtractor extractor = new TextExtractor();
    /** An extractor on a machine without Tesseract. */
    private static final TextExtractor WITHOUT_OCR =
            new TextExtractor(cn.policyportal.pages.OcrReader.using("/nonexistent/tesseract", 300));

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void gb18030MadeByIconvDecodesToTheSameTextAsTheUtf8Seed(Seeds seed) throws Exception {
        Path gb = dir.resolve("gb.txt");
        Process iconv = new ProcessBuilder("iconv", "-f", "UTF-8", "-t", "GB18030", seed.path().toString())
                .redirectOutput(gb.toFile()).start();
        assertThat(iconv.waitFor()).isZero();
        byte[] bytes = Files.readAllBytes(gb);
        assertThat(bytes).isNotEqualTo(seed.bytes());
        assertThat(extractor.extract("gb.txt", bytes).text()).isEqualTo(seed.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GBK", "GB18030"})
    void shortChineseTextInAGbEncodingWithoutAnyMark(String charset) throws Exception {
        String text = "巡视整改";
        assertThat(extractor.extract("short.txt", text.getBytes(Charset.forName(charset))).text()).isEqualTo(text);
    }

    @Test
    void mostlyAsciiGbkTextWithAFewChineseCharacters() throws Exception {
        String text = "Report 2021-10-08, version 3.2, prepared for review. Status: 已办结 (done).\n";
        assertThat(extractor.extract("mixed.txt", text.getBytes("GBK")).text()).isEqualTo(text);
    }

    @Test
    void traditionalChineseInBig5() throws Exception {
        String text = "中央巡視組反饋意見的整改落實情況，各單位應當及時辦理問題線索並按要求回饋巡視辦。".repeat(3);
        assertThat(extractor.extract("big5.txt", text.getBytes("Big5")).text()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-8"})
    void textWithAByteOrderMark(String charset) throws Exception {
        String text = Seeds.SUPERVISION_RULES.text();
        byte[] bom = switch (charset) {
            case "UTF-16LE" -> new byte[] {(byte) 0xFF, (byte) 0xFE};
            case "UTF-16BE" -> new byte[] {(byte) 0xFE, (byte) 0xFF};
            default -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        };
        byte[] body = text.getBytes(Charset.forName(charset));
        byte[] bytes = Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);
        assertThat(extractor.extract("bom.txt", bytes).text()).isEqualTo(text);
    }

    @Test
    void htmlDeclaredAsGbk() throws Exception {
        String html = "<html><head><meta charset=\"gbk\"><title>通知</title></head><body><p>巡视工作协作配合</p>"
                + "<script>alert(1)</script><p>问题线索办理结果应于3个月内反馈巡视办。</p></body></html>";
        TextExtractor.Extraction result = extractor.extract("notice.html", html.getBytes("GBK"));
        assertThat(result.mediaType()).isEqualTo("text/html");
        assertThat(result.text()).contains("巡视工作协作配合", "问题线索办理结果应于3个月内反馈巡视办。")
                .doesNotContain("alert(1)");
    }

    @Test
    void utf8TextFileSkipsTypeDetectionButKeepsItsTextWhole() throws Exception {
        TextExtractor.Extraction result = extractor.extract("seed.TXT", Seeds.WORK_PLAN.bytes());
        assertThat(result.mediaType()).isEqualTo("text/plain");
        assertThat(result.text()).isEqualTo(Seeds.WORK_PLAN.text());
    }

    @Test
    void htmlSavedUnderATxtNameIsStillParsedAsHtml() throws Exception {
        String html = "<html><head><title>通知</title></head><body><p>巡视工作协作配合</p>"
                + "<script>alert(1)</script></body></html>";
        TextExtractor.Extraction result = extractor.extract("page.txt", html.getBytes(StandardCharsets.UTF_8));
        assertThat(result.mediaType()).isEqualTo("text/html");
        assertThat(result.text()).contains("巡视工作协作配合").doesNotContain("<p>", "alert(1)");
    }

    @Test
    void docxWrittenWithPoiIncludingATable() throws Exception {
        Path file = FixtureFiles.docx(dir.resolve("plan.docx"),
                List.of("关于印发《重点工作分工方案》的通知", "院属各单位："),
                List.of(List.of("序号", "任务", "牵头单位", "完成时限"),
                        List.of("1", "制定评价办法", "人事局", "2021年年底前")));
        TextExtractor.Extraction result = extractor.extract("plan.docx", Files.readAllBytes(file));
        assertThat(result.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(result.text()).contains("关于印发《重点工作分工方案》的通知", "牵头单位", "制定评价办法", "人事局", "2021年年底前");
    }

    @Test
    void wordDocSavedByLibreOfficeCleansToTheParagraphsOfItsSeed() throws Exception {
        TextExtractor.Extraction result = extractor.extract("rules.doc",
                Files.readAllBytes(FixtureFiles.SUPERVISION_RULES_DOC));
        assertThat(result.mediaType()).isEqualTo("application/msword");
        assertThat(TextCleaner.clean(result.text()).paragraphs())
                .isEqualTo(TextCleaner.clean(Seeds.SUPERVISION_RULES.text()).paragraphs());
    }

    @Test
    void pdfWrittenWithPdfBoxAndAnEmbeddedChineseFont() throws Exception {
        Path file = FixtureFiles.pdf(dir.resolve("rules.pdf"),
                List.of("第十六条 相关纪检等部门收到巡视移交的问题线索后，应当及时办理。"), false, null);
        TextExtractor.Extraction result = extractor.extract("rules.pdf", Files.readAllBytes(file));
        assertThat(result.mediaType()).isEqualTo("application/pdf");
        assertThat(result.text()).contains("相关纪检等部门收到巡视移交的问题线索后，应当及时办理。");
    }

    @Test
    void letterSpacedPdfTextIsJoinedAgainByTheCleaner() throws Exception {
        Path file = FixtureFiles.pdf(dir.resolve("spaced.pdf"), List.of("科技部牵头负责"), true, null);
        String text = extractor.extract("spaced.pdf", Files.readAllBytes(file)).text();
        assertThat(text).contains("科 技 部");
        assertThat(TextCleaner.paragraphs(text)).containsExactly("科技部牵头负责");
    }

    @Test
    void passwordProtectedDocxIsRefusedAsEncrypted() throws Exception {
        Path file = FixtureFiles.encryptedDocx(dir.resolve("secret.docx"), List.of("内部资料"), "secret");
        assertThatThrownBy(() -> extractor.extract("secret.docx", Files.readAllBytes(file)))
                .isInstanceOfSatisfying(IngestException.class,
                        e -> assertThat(e.reason()).isEqualTo(IngestException.Reason.ENCRYPTED))
                .hasMessageContaining("加密");
    }

    @Test
    void encryptedPdfIsRefusedAsEncrypted() throws Exception {
        Path file = FixtureFiles.pdf(dir.resolve("secret.pdf"), List.of("内部资料"), false, "secret");
        assertThatThrownBy(() -> extractor.extract("secret.pdf", Files.readAllBytes(file)))
                .isInstanceOfSatisfying(IngestException.class,
                        e -> assertThat(e.reason()).isEqualTo(IngestException.Reason.ENCRYPTED))
                .hasMessageContaining("加密");
    }

    @Test
    void truncatedPdfIsRefusedAsCorrupt() throws Exception {
        Path file = FixtureFiles.pdf(dir.resolve("whole.pdf"), List.of("巡视整改"), false, null);
        byte[] bytes = Files.readAllBytes(file);
        byte[] truncated = Arrays.copyOf(bytes, bytes.length / 3);
        assertThatThrownBy(() -> extractor.extract("cut.pdf", truncated))
                .isInstanceOfSatisfying(IngestException.class, e -> assertThat(e.reason())
                        .isIn(IngestException.Reason.CORRUPT, IngestException.Reason.NO_TEXT));
    }

    /**
     * LibreOffice's PDF of the 督查 rules with its fonts' ToUnicode maps removed (by PDFBox): the
     * glyphs then map to no characters and extraction yields control codes. Where OCR is not
     * installed, the file is refused as a PDF without readable text, with the command that installs
     * OCR, not indexed as garbage and not called "not a text file".
     */
    @Test
    void aPdfWhoseFontsMapToNoCharactersIsRefusedAsUnreadableText() throws Exception {
        Path source = FixtureFiles.libreOfficePdf(Seeds.SUPERVISION_RULES);
        assertThat(extractor.extract("rules.pdf", Files.readAllBytes(source)).text()).contains("第一条");
        Path stripped = dir.resolve("no-tounicode.pdf");
        try (PDDocument pdf = Loader.loadPDF(source.toFile())) {
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    font.getCOSObject().removeItem(COSName.TO_UNICODE);
                }
            }
            pdf.save(stripped.toFile());
        }
        assertThatThrownBy(() -> WITHOUT_OCR.extract("no-tounicode.pdf", Files.readAllBytes(stripped)))
                .isInstanceOfSatisfying(IngestException.class,
                        e -> assertThat(e.reason()).isEqualTo(IngestException.Reason.NO_TEXT))
                .hasMessage("文件中没有可提取的文字：PDF字体没有文字编码，提取出的是乱码，需要OCR；"
                        + "本机没有安装Tesseract中文识别，安装后重新索引即可：apt-get install tesseract-ocr tesseract-ocr-chi-sim");
    }

    @Test
    void randomBytesNamedPdfAreRefused() {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        assertThatThrownBy(() -> extractor.extract("junk.pdf", junk))
                .isInstanceOfSatisfying(IngestException.class, e -> assertThat(e.reason())
                        .isIn(IngestException.Reason.CORRUPT, IngestException.Reason.UNSUPPORTED,
                                IngestException.Reason.BINARY));
    }

    @Test
    void binaryBytesNamedTxtAreRefusedAsNotText() {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        for (int i = 0; i < junk.length; i += 3) {
            junk[i] = (byte) (i % 16);
        }
        assertThatThrownBy(() -> extractor.extract("junk.txt", junk))
                .isInstanceOfSatisfying(IngestException.class, e -> assertThat(e.reason())
                        .isIn(IngestException.Reason.BINARY, IngestException.Reason.UNSUPPORTED));
    }

    @Test
    void emptyFileIsRefusedAsEmpty() {
        assertThatThrownBy(() -> extractor.extract("empty.txt", new byte[0]))
                .isInstanceOfSatisfying(IngestException.class,
                        e -> assertThat(e.reason()).isEqualTo(IngestException.Reason.EMPTY))
                .hasMessage("文件为空");
    }

    @Test
    void whitespaceOnlyTextIsRefusedAsHavingNoText() throws IOException {
        assertThatThrownBy(() -> extractor.extract("blank.txt", " \n\n\t ".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(IngestException.class,
                        e -> assertThat(e.reason()).isEqualTo(IngestException.Reason.NO_TEXT));
    }
    @Test
    void pdfOfScannedPagesIsReportedWithTheCommandThatInstallsOcrWhereItIsMissing() throws Exception {
        Path file = FixtureFiles.scannedPdf(dir.resolve("scan.pdf"), "第十六条 问题线索");
        assertThatThrownBy(() -> WITHOUT_OCR.extract("scan.pdf", Files.readAllBytes(file)))
                .isInstanceOfSatisfying(IngestException.class,
                        e -> assertThat(e.reason()).isEqualTo(IngestException.Reason.NO_TEXT))
                .hasMessageContaining("没有文字层").hasMessageContaining("apt-get install tesseract-ocr tesseract-ocr-chi-sim");
    }

    @Test
    void anImageIsReportedWithTheCommandThatInstallsOcrWhereItIsMissing() throws Exception {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 40, java.awt.image.BufferedImage.TYPE_BYTE_GRAY),
                "png", png);
        assertThatThrownBy(() -> WITHOUT_OCR.extract("photo.png", png.toByteArray()))
                .isInstanceOfSatisfying(IngestException.class,
                        e -> assertThat(e.reason()).isEqualTo(IngestException.Reason.NO_TEXT))
                .hasMessageContaining("图片").hasMessageContaining("apt-get install tesseract-ocr tesseract-ocr-chi-sim");
    }

    @Test
    void docxThatInflatesFarBeyondTheExtractionLimitIsRefusedAsTooLarge() throws Exception {
        Path file = FixtureFiles.bombDocx(dir.resolve("bomb.docx"), 20_000);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes.length).isLessThan(1_000_000);
        assertThatThrownBy(() -> extractor.extract("bomb.docx", bytes))
                .isInstanceOfSatisfying(IngestException.class,
                        e -> assertThat(e.reason()).isEqualTo(IngestException.Reason.TOO_LARGE));
    }

    @Test
    void deeplyNestedDocxIsRefusedAsCorrupt() throws Exception {
        Path file = FixtureFiles.nestedDocx(dir.resolve("nested.docx"), 20_000);
        assertThatThrownBy(() -> extractor.extract("nested.docx", Files.readAllBytes(file)))
                .isInstanceOfSatisfying(IngestException.class,
                        e -> assertThat(e.reason()).isEqualTo(IngestException.Reason.CORRUPT));
    }
}
