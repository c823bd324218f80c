package cn.policyportal.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.policyportal.FixtureFiles;
import cn.policyportal.Seeds;
import cn.policyportal.ingest.DocumentReader;
import cn.policyportal.ingest.IngestException;
import cn.policyportal.ingest.IngestedDocument;
import cn.policyportal.measures.Departments;
import cn.policyportal.measures.Measure;
import cn.policyportal.measures.MeasureExtractor;

/** OFD files that ofdrw's layout engine wrote from the seeds read as the seeds; broken ones are refused with their reason. */
class OfdFilesTest {

    private static final DocumentReader READER = new DocumentReader(10_000_000);

    @TempDir
    Path dir;

    @Test
    void aNoticeInOfdHasTheArticlesOfTheSeedWordForWord() throws Exception {
        Path ofd = FixtureFiles.ofd(dir.resolve("督查办法.ofd"), Seeds.SUPERVISION_RULES, "党建工作督查实施办法（试行）");

        assertThat(WordProcessorFilesTest.articles(ofd))
                .isEqualTo(WordProcessorFilesTest.articles(Seeds.SUPERVISION_RULES.path()));
        IngestedDocument doc = READER.read(dir, ofd);
        assertThat(doc.mediaType()).isEqualTo("application/ofd");
        assertThat(doc.metadata().noticeTitle()).contains("关于印发《党建工作督查实施办法");
        assertThat(doc.metadata().date()).as("the text's own date wins").isEqualTo(LocalDate.of(2021, 10, 8));
    }

    @Test
    void aPlanInOfdHasTheMeasuresOfTheSeed() throws Exception {
        Path ofd = FixtureFiles.ofd(dir.resolve("分工方案.ofd"), Seeds.WORK_PLAN, "重点工作分工方案");

        assertThat(summaries(READER.read(dir, ofd)))
                .hasSize(46)
                .isEqualTo(summaries(READER.fromBytes(Seeds.WORK_PLAN.fileName(), Seeds.WORK_PLAN.bytes())));
    }

    @Test
    void titleAndDateComeFromDocInfoWhenTheTextStatesNone() throws Exception {
        Path ofd = FixtureFiles.ofd(dir.resolve("scan-0001.ofd"),
                List.of("各单位要严格执行经费预算，按时报送执行情况。", "附件请在系统中下载。"),
                "关于加强科研经费管理的通知", LocalDate.of(2022, 3, 1));

        IngestedDocument doc = READER.read(dir, ofd);
        assertThat(doc.metadata().title()).isEqualTo("关于加强科研经费管理的通知");
        assertThat(doc.metadata().type()).isEqualTo("通知");
        assertThat(doc.metadata().date()).isEqualTo(LocalDate.of(2022, 3, 1));
    }

    @Test
    void anOfdThatIsNotAZipIsRefusedSayingSo() throws Exception {
        Path ofd = Files.writeString(dir.resolve("假的.ofd"), "第一条 这不是OFD文件。", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> READER.read(dir, ofd))
                .isInstanceOfSatisfying(IngestException.class,
                        e -> assertThat(e.reason()).isEqualTo(IngestException.Reason.CORRUPT))
                .hasMessage("文件已损坏，无法解析：不是OFD文件：OFD文件是ZIP包，这个文件不是");
    }

    @Test
    void aZipWithoutOfdXmlIsRefusedSayingSo() throws Exception {
        Path ofd = zip(dir.resolve("别的压缩包.ofd"), "readme.txt", "你好".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> READER.read(dir, ofd))
                .isInstanceOfSatisfying(IngestException.class,
                        e -> assertThat(e.reason()).isEqualTo(IngestException.Reason.CORRUPT))
                .hasMessageContaining("没有OFD.xml");
    }

    @Test
    void aZipBombDisguisedAsOfdIsRefusedAsTooLargeBeforeItIsUnpacked() throws Exception {
        Path ofd = zip(dir.resolve("炸弹.ofd"), "Doc_0/Pages/Page_0/Content.xml", new byte[200 << 20]);
        assertThat(Files.size(ofd)).isLessThan(1 << 20);
        assertThatThrownBy(() -> READER.read(dir, ofd))
                .isInstanceOfSatisfying(IngestException.class,
                        e -> assertThat(e.reason()).isEqualTo(IngestException.Reason.TOO_LARGE))
                .hasMessageContaining("压缩炸弹");
    }

    @Test
    void anOfdWhosePagesHoldNoTextIsRefusedNamingThat() throws Exception {
        Path ofd = FixtureFiles.ofd(dir.resolve("空白.ofd"), List.of(" "), "空白", LocalDate.of(2022, 1, 1));
        assertThatThrownBy(() -> READER.read(dir, ofd))
                .isInstanceOfSatisfying(IngestException.class,
                        e -> assertThat(e.reason()).isEqualTo(IngestException.Reason.NO_TEXT))
                .hasMessageContaining("没有文字对象");
    }

    /**
     * ofdrw-reader's Bouncy Castle 1.70 (jdk15on) is left out of the build: the 1.84 (jdk18on) that
     * Tika brings is the only one, and PDFBox still decrypts an AES-encrypted PDF with it.
     */
    @Test
    void oneBouncyCastleServesOfdAndEncryptedPdf() throws Exception {
        assertThat(BouncyCastleProvider.class.getProtectionDomain().getCodeSource().getLocation().toString())
                .contains("jdk18on");
        assertThat(getClass().getClassLoader().getResource("org/bouncycastle/jce/provider/BouncyCastleProvider.class"))
                .isNotNull();
        Path pdf = FixtureFiles.pdf(dir.resolve("secret.pdf"), List.of("第一条 内部资料"), false, "secret");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile(), "secret")) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("内部资料");
        }
        assertThat(READER.read(dir, FixtureFiles.ofd(dir.resolve("a.ofd"), Seeds.SUPERVISION_RULES, "办法"))
                .paragraphs()).isNotEmpty();
    }

    private static List<String> summaries(IngestedDocument doc) {
        List<Measure> measures = MeasureExtractor.of(doc.id(), Structures.of(doc), doc.paragraphs(), doc.tables(),
                Departments.standard());
        return measures.stream().map(m -> m.category() + "|" + m.task() + "|" + m.leadDepts() + "|" + m.assistDepts()
                + "|" + m.deadline().text() + "|" + m.text()).toList();
    }

    private static Path zip(Path file, String entry, byte[] content) throws Exception {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        }
        return file;
    }
}
